# An exception object is freed as soon as nothing refers to it: after its except block ends,
# and when a function that raised it is finished. __del__ shows the moment.
class Noisy(Exception):
    def __init__(self, name):
        super().__init__(name)
        self.name = name

    def __del__(self):
        print("freed", self.name)


def raiser(name):
    raise Noisy(name)


def catch(name):
    try:
        raiser(name)
    except Noisy as e:
        print("caught", e.name)
    print("after except", name)


catch("first")
print("between")
for i in range(2):
    try:
        raise Noisy(f"loop{i}")
    except Noisy:
        print("handled", i)
    print("iteration", i, "ends")


def keyword_error(**kwargs):
    for key in kwargs:
        raise Noisy(key)


try:
    keyword_error(alpha=1)
except Noisy as e:
    print("got", e.name)
print("end of module")
