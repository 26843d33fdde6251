# reprlib keeps reprs short: long strings and numbers keep their two ends, containers show their
# first items, nesting stops at a depth. A Repr with its own limits; recursive_repr for a
# structure that contains itself. Also where a decorated function's code says it starts.
import reprlib


print(reprlib.repr("a" * 10))
print(reprlib.repr("abcdefghijklmnopqrstuvwxyz" * 3))
print(reprlib.repr(2 ** 200))
print(reprlib.repr(list(range(100))))
print(reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr(()))
print(reprlib.repr(set(range(20))), reprlib.repr(set()), reprlib.repr(frozenset({3, 1, 2})))
print(reprlib.repr({i: str(i) * 3 for i in range(10)}))
print(reprlib.repr([[[[[[[["deep"]]]]]]]]))
print(reprlib.repr(3.141592653589793), reprlib.repr(None), reprlib.repr(True))


class Wordy:
    def __repr__(self):
        return "Wordy(" + ", ".join(str(i) for i in range(30)) + ")"


print(reprlib.repr(Wordy()))
print(reprlib.repr([Wordy(), "x"]))

short = reprlib.Repr(maxlist=2, maxstring=10, maxother=12)
print(short.repr(["abcdefghijklmnop", 12, Wordy(), 4]))
print(short.maxlevel, short.fillvalue)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.name}, {self.children})"


root = Node("root")
root.children.append(Node("leaf"))
root.children.append(root)
print(root)
print(Node.__repr__.__name__, Node.__repr__.__qualname__)


def decorate(func):
    return func


@decorate
@decorate
def twice():
    pass


def undecorated():
    pass


@decorate
class Boxed:
    pass


print(twice.__code__.co_firstlineno, undecorated.__code__.co_firstlineno)
