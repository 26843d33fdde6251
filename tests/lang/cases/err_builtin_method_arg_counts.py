# A builtin method called with the wrong number of arguments is named by its defining type
# ("list.append() takes exactly one argument"), also on a subclass or through bool/int.
class Names(list):
    pass


def attempt(f):
    try:
        f()
    except TypeError as e:
        print(e)


attempt(lambda: [].append())
attempt(lambda: [].append(x=1))
attempt(lambda: Names().append())
attempt(lambda: [].clear(1))
attempt(lambda: {}.keys(1))
attempt(lambda: "abc".upper(1))
attempt(lambda: ",".join())
attempt(lambda: True.bit_length(1))
attempt(lambda: (1, 2).count())
attempt(lambda: set().add())
attempt(lambda: 1.5.is_integer(1))
