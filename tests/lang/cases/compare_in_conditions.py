# Comparisons used as the test of if / while / comprehension filters: rich comparison results
# that are not bools, __bool__ that raises, mixed types, and errors raised by the comparison.
class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other)
        return Verdict(self.v < other)

    def __eq__(self, other):
        print("eq", self.v, other)
        return "yes" if self.v == other else ""

    __hash__ = object.__hash__


class Verdict:
    def __init__(self, ok):
        self.ok = ok

    def __bool__(self):
        print("bool", self.ok)
        return self.ok


class Grumpy:
    def __bool__(self):
        raise ValueError("no truth here")

    def __gt__(self, other):
        return self


if Loud(1) < 2:
    print("one is less")
if Loud(5) < 2:
    print("not printed")
else:
    print("five is not less")
if Loud(3) == 3:
    print("eq gave a non-empty string")
if not Loud(3) == 4:
    print("eq gave an empty string")

n = 0
while Loud(n) < 3:
    n += 1
print("n =", n)

print([x for x in range(6) if x % 2 == 0])
print([x for x in range(6) if Loud(x) < 2])
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print(sum(x for x in range(10) if x >= 7))

for a, b in [(1, 2.5), (2.5, 2), (True, 0), (10**30, 10**30 + 1), ("a", "b"), ((1, 2), (1, 3))]:
    if a < b:
        print(repr(a), "<", repr(b))
    else:
        print(repr(a), ">=", repr(b))

try:
    if Grumpy() > 1:
        print("not printed")
except ValueError as e:
    print("ValueError:", e)

try:
    if 1 < "two":
        print("not printed")
except TypeError as e:
    print("TypeError:", e)

i = 0
while i != 3:
    i += 1
print("i =", i)


def check(x):
    if x <= 0:
        return "non-positive"
    elif x < 10:
        return "small"
    return "large"


print([check(v) for v in (-1, 0, 5, 10, 99)])
if None == None:
    print("None equals None")
if [1, 2] < [1, 2, 0]:
    print("shorter list is less")
print("done")
if {1} < 3:
    print("not reached")
