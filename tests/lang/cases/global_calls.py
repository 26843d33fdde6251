# Calls of global names: rebinding a global between calls, shadowing a builtin and removing the
# shadow again, globals that are not callable, and recursion through a rebound name.
def greet(name):
    return "hello " + name


def use():
    return greet("ada")


print(use())


def greet(name):  # noqa: F811 (rebinding on purpose)
    return "hi " + name


print(use())


def count(xs):
    return len(xs)


print(count([1, 2, 3]))
len = lambda xs: 42  # shadows the builtin
print(count([1, 2, 3]))
del len
print(count([1, 2, 3]))


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(10))
original = fact


def fact(n):  # noqa: F811
    return -1


print(original(5))

value = 7


def call_value():
    return value()


try:
    call_value()
except TypeError as e:
    print("TypeError:", e)


def missing():
    return not_defined_anywhere(1)


try:
    missing()
except NameError as e:
    print("NameError:", e)

print(max(3, 9, 4), min([5, 2, 8]), sorted({3, 1, 2}), abs(-4), isinstance(3, int))
print(call_value())
