# collections.deque end to end: both ends, maxlen, rotation, search, indexing, comparisons,
# arithmetic, iteration (and mutation during it), subclassing and every error message.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), bool(d), d[0], d[-1], 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft("ab")
print(d, d.count(5), d.index(5), d.index(2, 1, 5))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.reverse()
print(d)
d.remove("a")
d.insert(1, "x")
d[0] = "first"
del d[-1]
print(d, d.maxlen)
d.clear()
print(d, bool(d), len(d))

r = deque(range(10), maxlen=3)
print(r, r.maxlen)
r.append(10)
r.appendleft(-1)
print(r)
r.extend(range(20, 25))
print(r)
r.extendleft([7, 8])
print(r)
try:
    r.insert(0, 99)
except IndexError as e:
    print("IndexError:", e)
z = deque(maxlen=0)
z.append(1)
z.extend([1, 2])
print(z)

a, b = deque([1, 2]), deque([1, 3])
print(a == b, a != b, a < b, a <= b, a > b, a >= b, a == deque([1, 2]), a == [1, 2])
print(a + b, a * 2, 2 * a, a * 0)
c = a.copy()
c += [9]
c *= 2
print(c, a, type(c).__name__)
print(list(reversed(deque("abc"))), sorted(deque([3, 1, 2])), sum(deque([1, 2, 3])))
rec = deque([1])
rec.append(rec)
print(rec)

d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)

for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1])["0"], lambda: deque([1]).remove(2), lambda: deque([1]).index(7),
            lambda: deque(maxlen=-1), lambda: deque(maxlen="3"), lambda: deque([1]) < [1],
            lambda: deque([1]) + [2], lambda: hash(deque())):
    try:
        bad()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


class History(deque):
    def __init__(self, items, limit):
        super().__init__(items, maxlen=limit)
        self.name = "history"

    def latest(self):
        return self[-1]


h = History([1, 2, 3, 4], 3)
h.append(5)
print(h, h.latest(), h.name, isinstance(h, deque), len(h))
d = deque([1, 2])
d.__init__([7])
print(d)
