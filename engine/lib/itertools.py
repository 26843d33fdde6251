# itertools: iterator building blocks, written as generators (only behaviour matches CPython, not type names or reprs).
#
# Functions that must validate their arguments or consume their inputs immediately (as
# CPython's do at call time) check first, then return an inner generator.
#
# Index: infinite | terminating | groupby | tee | combinatoric

import sys

# Marks "no value" where None could be a real element.
_EMPTY = object()

__all__ = ["count", "cycle", "repeat", "accumulate", "batched", "chain", "compress",
           "dropwhile", "filterfalse", "groupby", "islice", "pairwise", "starmap", "takewhile",
           "tee", "zip_longest", "product", "permutations", "combinations",
           "combinations_with_replacement"]


# ---- infinite ------------------------------------------------------------------------------

def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def _repeat_forever(obj):
    while True:
        yield obj


def _repeat_times(obj, times):
    for _ in range(times):
        yield obj


def repeat(object, times=None):
    if times is None:
        return _repeat_forever(object)
    return _repeat_times(object, times)


# ---- terminating ---------------------------------------------------------------------------

def _accumulate(it, func, initial):
    total = initial
    if total is None:
        total = next(it, _EMPTY)
        if total is _EMPTY:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial)


def _batched(it, n):
    while True:
        batch = []
        for element in it:
            batch.append(element)
            if len(batch) == n:
                break
        if not batch:
            return
        yield tuple(batch)
        if len(batch) < n:
            return


def batched(iterable, n):
    if n < 1:
        raise ValueError("n must be at least one")
    return _batched(iter(iterable), n)


def _chain(iterables):
    for it in iterables:
        for element in it:
            yield element


# chain is a class so that chain.from_iterable exists, as in CPython.
class chain:
    def __init__(self, *iterables):
        self._gen = _chain(iterables)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    @classmethod
    def from_iterable(cls, iterables):
        result = cls()
        result._gen = _chain(iterables)
        return result


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def compress(data, selectors):
    return _compress(iter(data), iter(selectors))


def _dropwhile(predicate, it):
    for element in it:
        if not predicate(element):
            yield element
            break
    for element in it:
        yield element


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for element in it:
        if not predicate(element):
            return
        yield element


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        predicate = bool
    for element in it:
        if not predicate(element):
            yield element


def filterfalse(predicate, iterable):
    return _filterfalse(predicate, iter(iterable))


def _islice_arg(value, message):
    if value is None:
        return None
    if not isinstance(value, int) or value < 0 or value > sys.maxsize:
        raise ValueError(message)
    return int(value)


# Reads the source exactly as far as CPython's islice does: skipped elements are read just
# before the next wanted one, and reading stops once the count reaches 'stop'.
def _islice(it, start, stop, step):
    count = 0
    wanted = start
    while True:
        while count < wanted:
            if next(it, _EMPTY) is _EMPTY:
                return
            count += 1
        if stop is not None and count >= stop:
            return
        element = next(it, _EMPTY)
        if element is _EMPTY:
            return
        count += 1
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop
        yield element


# islice(iterable, stop) or islice(iterable, start, stop[, step]).
def islice(iterable, *args):
    nargs = len(args)
    if nargs == 1:
        start, stop, step = None, args[0], None
    elif nargs == 2:
        start, stop, step = args[0], args[1], None
    elif nargs == 3:
        start, stop, step = args
    elif nargs == 0:
        raise TypeError("islice expected at least 2 arguments, got 1")
    else:
        raise TypeError(f"islice expected at most 4 arguments, got {nargs + 1}")
    stop = _islice_arg(stop, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    start = _islice_arg(start, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if step is not None and (not isinstance(step, int) or step <= 0):
        raise ValueError("Step for islice() must be a positive integer or None.")
    if start is None:
        start = 0
    if step is None:
        step = 1
    return _islice(iter(iterable), start, stop, step)


def _pairwise(it):
    a = next(it, _EMPTY)
    if a is _EMPTY:
        return
    for b in it:
        yield (a, b)
        a = b


def pairwise(iterable):
    return _pairwise(iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    done = [False] * len(iterators)
    while True:
        values = []
        for i in range(len(iterators)):
            if done[i]:
                values.append(fillvalue)
                continue
            got = False
            for value in iterators[i]:
                values.append(value)
                got = True
                break
            if not got:
                done[i] = True
                active -= 1
                if not active:
                    return
                values.append(fillvalue)
        yield tuple(values)


def zip_longest(*iterables, fillvalue=None):
    return _zip_longest([iter(it) for it in iterables], fillvalue)


# ---- groupby -------------------------------------------------------------------------------

# Groups consecutive elements with equal keys. Advancing the outer iterator abandons the
# current group: its iterator then yields nothing more. A value is read from the source
# only when someone asks for the next element, exactly as CPython reads it.
class groupby:
    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._target = _EMPTY
        self._current_key = _EMPTY
        self._current_value = _EMPTY
        self._group_id = None

    def __iter__(self):
        return self

    # Reads the next source element (StopIteration propagates to the caller).
    def _step(self):
        value = next(self._it)
        self._current_key = value if self._keyfunc is None else self._keyfunc(value)
        self._current_value = value

    def _same(self, target):
        key = self._current_key
        return target is key or target == key

    def __next__(self):
        self._group_id = None
        while True:
            if self._current_key is _EMPTY:
                pass
            elif self._target is _EMPTY:
                break
            elif not self._same(self._target):
                break
            self._step()
        self._target = self._current_key
        self._group_id = object()
        return (self._current_key, self._group(self._target, self._group_id))

    def _group(self, target, group_id):
        while self._group_id is group_id:
            if self._current_value is _EMPTY:
                try:
                    self._step()
                except StopIteration:
                    return
            if not self._same(target):
                return
            value = self._current_value
            self._current_value = _EMPTY
            yield value


# ---- tee -----------------------------------------------------------------------------------

# The values read from the source but not yet seen by every copy live in one shared
# linked list of [value, next] cells; each copy holds its own position in it.
class _TeeSource:
    def __init__(self, it):
        self.it = it
        self.exhausted = False


def _tee_copy(source, cell):
    while True:
        if cell[1] is None:
            if source.exhausted:
                return
            got = False
            for value in source.it:
                cell[0] = value
                cell[1] = [None, None]
                got = True
                break
            if not got:
                source.exhausted = True
                return
        value = cell[0]
        cell = cell[1]
        yield value


def tee(iterable, n=2):
    if n < 0:
        raise ValueError("n must be >= 0")
    source = _TeeSource(iter(iterable))
    start = [None, None]
    return tuple(_tee_copy(source, start) for _ in range(n))


# ---- combinatoric --------------------------------------------------------------------------

def _product(pools):
    for pool in pools:
        if not pool:
            return
    n = len(pools)
    indices = [0] * n
    while True:
        yield tuple(pools[i][indices[i]] for i in range(n))
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(it) for it in iterables] * repeat
    return _product(pools)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    if r == 0:
        yield ()
        return
    used = [False] * n
    chosen = []
    next_try = [0]
    while next_try:
        depth = len(next_try) - 1
        if len(chosen) > depth:
            used[chosen.pop()] = False
        c = next_try[depth]
        while c < n and used[c]:
            c += 1
        if c >= n:
            next_try.pop()
            continue
        used[c] = True
        chosen.append(c)
        next_try[depth] = c + 1
        if len(chosen) == r:
            yield tuple(pool[i] for i in chosen)
        else:
            next_try.append(0)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    elif r < 0:
        raise ValueError("r must be non-negative")
    return _permutations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    while True:
        yield tuple(pool[i] for i in indices)
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1


def combinations(iterable, r):
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(tuple(iterable), r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    while True:
        yield tuple(pool[i] for i in indices)
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v


def combinations_with_replacement(iterable, r):
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations_with_replacement(tuple(iterable), r)
