# A subclass of int or str without its own __new__ is called with the base's arguments
# (object.__init__ accepts them because the base has a __new__ of its own).
class Celsius(int):
    pass


class Tag(str):
    pass


class Plain:
    pass


print(Celsius(21) + 1, type(Celsius(21)).__name__, Tag('x') + 'y', type(Tag('x')).__name__)
try:
    Plain(1)
except TypeError as exc:
    print(exc)
