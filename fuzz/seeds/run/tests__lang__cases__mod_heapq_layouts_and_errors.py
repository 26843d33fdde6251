# heapq keeps CPython's exact list layouts (push, pop, heapify, replace, pushpop), including
# ties between equal keys, and raises CPython's errors.
import heapq
import random

random.seed(7)
heap = []
for x in [random.randint(0, 20) for _ in range(25)]:
    heapq.heappush(heap, x)
print(heap)
print([heapq.heappop(heap) for _ in range(5)], heap)
data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0, 5, 5]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 11), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
pairs = [(p, name) for p, name in zip([3, 1, 3, 1, 2, 3], "abcdef")]
heapq.heapify(pairs)
print(pairs, [heapq.heappop(pairs) for _ in range(len(pairs))])
print(heapq.nsmallest(3, [5, 2, 8, 1]), heapq.nlargest(2, "hello"), list(heapq.merge([1, 4], [2, 3])))


class Task:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return f"{self.name}:{self.prio}"


tasks = []
for i, p in enumerate([2, 2, 1, 3, 1, 2]):
    heapq.heappush(tasks, Task(p, f"t{i}"))
print(tasks, [heapq.heappop(tasks) for _ in range(3)])

for bad in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1),
            lambda: heapq.heapify("abc"), lambda: heapq.heappush([1, "a"], 2), lambda: heapq.heappush([]),
            lambda: heapq.heappop()):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)


class Grows:
    def __init__(self, h):
        self.h = h

    def __lt__(self, other):
        self.h.append(0)
        return False


h = []
h.append(Grows(h))
try:
    heapq.heappush(h, Grows(h))
except RuntimeError as e:
    print("RuntimeError:", e)
