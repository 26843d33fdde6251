# Attribute stores in a loop while the class grows a __setattr__, a setter-less property and
# __slots__-style restrictions in a subclass: each store must take the path CPython takes.
class Box:
    def __init__(self):
        self.value = 0


def fill(b, n):
    for i in range(n):
        b.value = i
    return b.value


b = Box()
print(fill(b, 3), b.__dict__)

log = []


def logging_setattr(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value * 10)


Box.__setattr__ = logging_setattr
print(fill(b, 3), log)
del Box.__setattr__
print(fill(b, 2), b.__dict__)

Box.value = property(lambda self: "read-only")
try:
    fill(b, 1)
except AttributeError as e:
    print("AttributeError:", e)
print(b.value, b.__dict__)
del Box.value
print(b.value)


class Slim:
    __slots__ = ("value",)


s = Slim()
print(fill(s, 4))
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError:", e)
