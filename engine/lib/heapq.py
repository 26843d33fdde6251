# heapq: binary min-heap operations on plain lists, keeping exactly the list layouts CPython's heapq produces.
# The layout matters: asyncio's timer heap is a heapq list and the visualiser shows it as stored.
#
# Invariant: heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2]. Only '<' is used to compare items.

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "heappushpop",
           "nlargest", "nsmallest", "merge"]


# Moves the item at 'pos' up towards 'start' until its parent is not greater.
def _bubble_up(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


# Restores the invariant below 'pos' the way CPython does: first walk the hole all the way
# down to a leaf, always following the smaller child (the right one on ties), then bubble
# the displaced item back up. This makes fewer comparisons than a classic sift-down and,
# importantly for us, yields CPython's exact layouts.
def _sink(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, start, pos)


def heappush(heap, item):
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap):
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


# Pops the smallest item, then pushes 'item' (the heap must not be empty).
def heapreplace(heap, item):
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


# Pushes 'item', then pops the smallest; faster than the two calls.
def heappushpop(heap, item):
    if heap and heap[0] < item:
        smallest = heap[0]
        heap[0] = item
        _sink(heap, 0)
        return smallest
    return item


def heapify(x):
    i = len(x) // 2 - 1
    while i >= 0:
        _sink(x, i)
        i -= 1


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
