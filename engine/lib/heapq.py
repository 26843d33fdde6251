# heapq: binary min-heap operations on plain lists, keeping exactly the list layouts CPython's heapq produces.
# The layout matters: asyncio's timer heap is a heapq list and the visualiser shows it as stored.
#
# Invariant: heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2]. Only '<' is used to compare items.

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "heappushpop",
           "nlargest", "nsmallest", "merge"]


# The five list operations are native (engine/lang/builtins/module_heapq.cpp), as in CPython.
from _heapq import heappush, heappop, heapify, heapreplace, heappushpop


# Same result as sorted(iterable, key=key)[:n] (stable: ties keep input order).
def nsmallest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


# Same result as sorted(iterable, key=key, reverse=True)[:n].
def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]


# A heap entry for merge(): ordered by key, then by the input's position so that equal
# items come out in the order of the iterables they came from.
class _MergeEntry:
    def __init__(self, key, order, value, it):
        self.key = key
        self.order = order
        self.value = value
        self.it = it

    def __lt__(self, other):
        if self.reverse:
            if other.key < self.key:
                return True
            if self.key < other.key:
                return False
        else:
            if self.key < other.key:
                return True
            if other.key < self.key:
                return False
        return self.order < other.order


# Lazily merges already-sorted inputs into one sorted stream.
def merge(*iterables, key=None, reverse=False):
    heap = []
    order = 0
    for iterable in iterables:
        it = iter(iterable)
        for value in it:
            entry = _MergeEntry(value if key is None else key(value), order, value, it)
            entry.reverse = reverse
            heap.append(entry)
            break
        order += 1
    heapify(heap)
    while heap:
        entry = heap[0]
        yield entry.value
        advanced = False
        for value in entry.it:
            entry.value = value
            entry.key = value if key is None else key(value)
            heapreplace(heap, entry)
            advanced = True
            break
        if not advanced:
            heappop(heap)
