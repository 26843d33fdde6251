# Calls of the same functions in every shape (exact positional, defaults, keywords, *args,
# bound methods, methods stored in variables, closures) and their argument errors.
def add(a, b):
    return a + b


def with_default(a, b=10):
    return a + b


def outer(n):
    def inner(k):
        return n + k
    return inner


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by):
        self.n += by
        return self.n


c = Counter()
bump = c.bump
inner = outer(100)
total = 0
for i in range(5):
    total += add(i, i) + with_default(i) + with_default(i, b=i) + bump(i) + c.bump(1) + inner(i)
    total += add(*(i, 1)) + Counter.bump(c, 0)
print(total, c.n)
for bad in (lambda: add(1), lambda: add(1, 2, 3), lambda: bump(), lambda: Counter.bump(c), lambda: inner(1, 2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


def deep(n):
    return n if n == 0 else deep(n - 1)


try:
    deep(100000)
except RecursionError as e:
    print("RecursionError:", e)
print(deep(500))
