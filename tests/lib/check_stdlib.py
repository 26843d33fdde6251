# Checks loopscope's Python stdlib modules (engine/lib) against CPython 3.12's own modules, check by check.
#
# On CPython (importlib available, no --plain): loads engine/lib/NAME.py as fresh modules,
# runs every check with our modules and with CPython's, prints PASS/FAIL per check and
# exits 1 on any failure:      PYENV_VERSION=3.12.1 python3 tests/lib/check_stdlib.py
# Plain mode (--plain, or when importlib is missing, i.e. on loopscope): runs every check
# with whatever `import NAME` gives and prints "name: result" lines, so
#     python3.12 tests/lib/check_stdlib.py --plain  and  loopscope run tests/lib/check_stdlib.py
# must print the same (tests/lib/check_stdlib.expected is the CPython recording).
# The checks themselves stay inside the Python subset loopscope supports.

import sys

LIB_NAMES = ["_argbind", "heapq", "bisect", "operator", "string", "functools", "itertools",
             "collections", "typing", "contextlib", "dataclasses", "random", "statistics"]
CHECKED = ["heapq", "bisect", "operator", "string", "functools", "itertools", "collections",
           "typing", "contextlib", "dataclasses", "random", "statistics"]


class Mods:
    pass


def real_modules():
    m = Mods()
    import heapq, bisect, operator, string, functools, itertools, collections, typing
    import contextlib, dataclasses, random, statistics
    m.heapq = heapq
    m.bisect = bisect
    m.operator = operator
    m.string = string
    m.functools = functools
    m.itertools = itertools
    m.collections = collections
    m.typing = typing
    m.contextlib = contextlib
    m.dataclasses = dataclasses
    m.random = random
    m.statistics = statistics
    return m


# Loads engine/lib modules under their own names into fresh module objects. While they
# load, sys.modules points at ours so that they import each other, then it is restored.
def our_modules():
    import importlib.util
    import os
    libdir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "engine", "lib")
    saved = {}
    loaded = {}
    try:
        for name in LIB_NAMES:
            path = os.path.join(libdir, name + ".py")
            search = None
            if not os.path.exists(path):
                path = os.path.join(libdir, name, "__init__.py")
                search = [os.path.join(libdir, name)]
            spec = importlib.util.spec_from_file_location(name, path, submodule_search_locations=search)
            mod = importlib.util.module_from_spec(spec)
            saved[name] = sys.modules.get(name)
            sys.modules[name] = mod
            spec.loader.exec_module(mod)
            loaded[name] = mod
    finally:
        for name in saved:
            if saved[name] is None:
                del sys.modules[name]
            else:
                sys.modules[name] = saved[name]
    m = Mods()
    for name in CHECKED:
        setattr(m, name, loaded[name])
    return m


CHECKS = []


def check(fn):
    CHECKS.append(fn)
    return fn


def outcome(fn, m):
    try:
        return repr(fn(m))
    except Exception as e:
        return f"raise {type(e).__name__}: {e}"


# A small deterministic pseudo-random stream for generating inputs (independent of random).
def lcg_numbers(seed, count, modulo):
    out = []
    x = seed
    for _ in range(count):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % modulo)
    return out


def errors_of(calls):
    out = []
    for call in calls:
        try:
            out.append(repr(call()))
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    return out


# ---- heapq ---------------------------------------------------------------------------------

@check
def heapq_push_pop_layouts(m):
    h = []
    trace = []
    nums = lcg_numbers(7, 300, 50)
    for i, n in enumerate(nums):
        if n % 3 == 0 and h:
            trace.append(m.heapq.heappop(h))
        else:
            m.heapq.heappush(h, n)
        trace.append(list(h))
    return trace


@check
def heapq_heapify_layouts(m):
    out = []
    for seed in range(1, 30):
        data = lcg_numbers(seed, seed * 3, 20)
        m.heapq.heapify(data)
        out.append(data)
    return out


@check
def heapq_replace_pushpop(m):
    h = lcg_numbers(3, 40, 100)
    m.heapq.heapify(h)
    out = []
    for n in lcg_numbers(11, 60, 120):
        if n % 2:
            out.append(m.heapq.heapreplace(h, n))
        else:
            out.append(m.heapq.heappushpop(h, n))
        out.append(list(h))
    out.append(errors_of([lambda: m.heapq.heappop([]), lambda: m.heapq.heapreplace([], 1),
                          lambda: m.heapq.heappushpop([], 5)]))
    return out


@check
def heapq_tuples_like_timers(m):
    h = []
    for i, when in enumerate(lcg_numbers(5, 80, 10)):
        m.heapq.heappush(h, (when, i))
    order = []
    while h:
        order.append(m.heapq.heappop(h))
        order.append(len(h))
    return order


@check
def heapq_nlargest_nsmallest(m):
    data = lcg_numbers(9, 50, 15)
    words = ["pear", "fig", "apple", "kiwi", "banana", "plum", "date"]
    return [m.heapq.nlargest(5, data), m.heapq.nsmallest(5, data), m.heapq.nlargest(0, data),
            m.heapq.nsmallest(100, data), m.heapq.nlargest(3, words, key=len),
            m.heapq.nsmallest(3, words, key=len), m.heapq.nlargest(1, []), m.heapq.nsmallest(2, iter(data))]


@check
def heapq_merge(m):
    a = sorted(lcg_numbers(1, 10, 20))
    b = sorted(lcg_numbers(2, 7, 20))
    c = sorted(lcg_numbers(3, 0, 20))
    pairs1 = [(1, "a"), (3, "a"), (5, "a")]
    pairs2 = [(1, "b"), (3, "b"), (4, "b")]
    return [list(m.heapq.merge(a, b, c)), list(m.heapq.merge()),
            list(m.heapq.merge(pairs1, pairs2, key=lambda p: p[0])),
            list(m.heapq.merge(sorted(a, reverse=True), sorted(b, reverse=True), reverse=True))]


# ---- bisect --------------------------------------------------------------------------------

@check
def bisect_all(m):
    a = [1, 2, 2, 2, 5, 7, 7, 9]
    out = []
    for x in range(0, 11):
        out.append((m.bisect.bisect_left(a, x), m.bisect.bisect_right(a, x), m.bisect.bisect(a, x, 2, 6)))
    b = []
    for x in lcg_numbers(4, 20, 10):
        m.bisect.insort(b, x)
        m.bisect.insort_left(b, x)
    out.append(b)
    out.append(m.bisect.bisect_left([("a", 1), ("b", 2)], 2, key=lambda p: p[1]))
    return out


# ---- operator ------------------------------------------------------------------------------

@check
def operator_functions(m):
    op = m.operator
    rows = [{"name": "x", "n": 3}, {"name": "y", "n": 1}]
    class P:
        pass
    p = P()
    p.inner = P()
    p.inner.v = 42
    p.w = 7
    return [op.add(2, 3), op.mul("ab", 2), op.sub(5, 7), op.truediv(7, 2), op.floordiv(7, 2),
            op.mod(7, 3), op.neg(4), op.not_(0), op.truth([]), op.eq(1, 1.0), op.lt(1, 2),
            op.getitem([1, 2, 3], 1), op.itemgetter(1)([5, 6]), op.itemgetter(0, 2)("abc"),
            sorted(rows, key=op.itemgetter("n")), op.attrgetter("inner.v")(p),
            op.attrgetter("w", "inner.v")(p), op.methodcaller("split", ",")("a,b"),
            op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"),
            op.iadd([1], [2]), op.pow(2, 10), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3),
            op.is_(None, None), op.concat([1], [2]), repr(op.itemgetter(1, "a")),
            repr(op.attrgetter("x")), repr(op.methodcaller("f", 1, k=2))]


@check
def string_constants(m):
    s = m.string
    return [s.ascii_letters, s.ascii_lowercase, s.ascii_uppercase, s.digits, s.hexdigits,
            s.octdigits, s.punctuation, s.whitespace, s.printable,
            s.capwords("hello   big world"), s.capwords("a-b-c", "-")]


# ---- functools -----------------------------------------------------------------------------

@check
def functools_reduce(m):
    f = m.functools
    return errors_of([lambda: f.reduce(lambda a, b: a + b, [1, 2, 3, 4]),
                      lambda: f.reduce(lambda a, b: a * b, [], 1),
                      lambda: f.reduce(lambda a, b: a + b, []),
                      lambda: f.reduce(lambda a, b: a + b, [5]),
                      lambda: f.reduce(lambda a, b: a - b, iter(range(10)), 100)])


@check
def functools_partial(m):
    f = m.functools
    def g(a, b, c=0, *, d=1):
        return (a, b, c, d)
    p = f.partial(g, 1, c=5)
    q = f.partial(p, 2, d=9)
    return [p(2), p(2, c=3), q(), q(d=0), q.func is g, q.args, q.keywords, p.args, p.keywords,
            f.partial(max, 3)(1, 2), f.partial(int, base=2)("101"),
            errors_of([lambda: f.partial(5)])]


@check
def functools_wraps(m):
    f = m.functools
    def deco(func):
        @f.wraps(func)
        def wrapper(*args, **kwargs):
            return func(*args, **kwargs) + 1
        return wrapper
    @deco
    def plus(x, y):
        "Adds."
        return x + y
    plus2 = deco(plus)
    return [plus(1, 2), plus.__name__, plus.__doc__, plus.__qualname__.split(".")[-1],
            plus.__wrapped__(1, 2), plus2(1, 2), plus2.__wrapped__ is plus, plus.__module__]


@check
def functools_lru_cache(m):
    f = m.functools
    calls = []
    @f.lru_cache(maxsize=3)
    def sq(x):
        calls.append(x)
        return x * x
    out = [sq(x) for x in [1, 2, 3, 1, 4, 2, 5, 1, 1, 3]]
    out.append(calls)
    out.append(repr(sq.cache_info()))
    info = sq.cache_info()
    out.append((info.hits, info.misses, info.maxsize, info.currsize))
    sq.cache_clear()
    out.append(repr(sq.cache_info()))

    @f.lru_cache
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    out.append(fib(60))
    out.append(repr(fib.cache_info()))

    @f.cache
    def fact(n):
        return 1 if n == 0 else n * fact(n - 1)
    out.append(fact(20))
    out.append(repr(fact.cache_info()))

    @f.lru_cache(maxsize=0)
    def ident(x):
        return x
    ident(1)
    ident(1)
    out.append(repr(ident.cache_info()))

    @f.lru_cache(None)
    def kw(a, b=2):
        calls.append((a, b))
        return a + b
    out.append([kw(1), kw(1), kw(1, b=3), kw(1, b=3), kw(a=1)])
    out.append(repr(kw.cache_info()))
    out.append(kw.__name__)
    out.append(kw.cache_parameters())
    out.append(errors_of([lambda: f.lru_cache("x")]))
    return out


@check
def functools_cached_property(m):
    f = m.functools
    log = []
    class C:
        def __init__(self, n):
            self.n = n

        @f.cached_property
        def big(self):
            log.append(self.n)
            return self.n * 100
    c = C(2)
    out = [c.big, c.big, list(log)]
    c.big = 5
    out.append(c.big)
    del c.big
    out.append(c.big)
    out.append(list(log))
    return out


@check
def functools_total_ordering(m):
    f = m.functools
    @f.total_ordering
    class V:
        def __init__(self, v):
            self.v = v

        def __eq__(self, other):
            return self.v == other.v

        def __lt__(self, other):
            return self.v < other.v

    @f.total_ordering
    class W:
        def __init__(self, v):
            self.v = v

        def __eq__(self, other):
            return self.v == other.v

        def __ge__(self, other):
            return self.v >= other.v
    out = []
    for a in range(3):
        for b in range(3):
            out.append((V(a) < V(b), V(a) <= V(b), V(a) > V(b), V(a) >= V(b),
                        W(a) < W(b), W(a) <= W(b), W(a) > W(b), W(a) >= W(b)))
    out.append([x.v for x in sorted([V(3), V(1), V(2)])])
    def no_order():
        @f.total_ordering
        class X:
            pass
    out.append(errors_of([no_order]))
    return out


@check
def functools_cmp_to_key(m):
    f = m.functools
    def cmp(a, b):
        return (a % 3 - b % 3) or (b - a)
    return [sorted(range(12), key=f.cmp_to_key(cmp)),
            sorted(["bb", "a", "ccc"], key=f.cmp_to_key(lambda a, b: len(b) - len(a)))]


@check
def functools_singledispatch(m):
    f = m.functools
    @f.singledispatch
    def show(x):
        return "object"

    @show.register(int)
    def _(x):
        return "int"

    @show.register
    def _(x: str):
        return "str"
    return [show(1), show("a"), show(1.5), show(True), show([])]


# ---- itertools -----------------------------------------------------------------------------

@check
def itertools_infinite(m):
    it = m.itertools
    return [list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 3), 4)),
            list(it.islice(it.count(0.5, 0.25), 4)), list(it.islice(it.cycle("abc"), 8)),
            list(it.cycle([])), list(it.repeat("x", 3)), list(it.repeat(1, 0)),
            list(it.repeat(1, -2)), list(it.islice(it.repeat(7), 3))]


@check
def itertools_accumulate(m):
    it = m.itertools
    import operator
    return [list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], initial=100)),
            list(it.accumulate([])), list(it.accumulate([], initial=5)),
            list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3, 4], operator.mul)),
            list(it.accumulate("abc"))]


@check
def itertools_chain_and_filters(m):
    it = m.itertools
    return [list(it.chain("ab", [1, 2], ())), list(it.chain()),
            list(it.chain.from_iterable(["ab", "cd", ""])),
            list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])),
            list(it.compress("ABC", [1, 1, 1, 1, 1])),
            list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])),
            list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])),
            list(it.filterfalse(lambda x: x % 2, range(10))),
            list(it.filterfalse(None, [0, 1, "", "a", None])),
            list(it.starmap(pow, [(2, 5), (3, 2)])),
            list(it.pairwise("abcde")), list(it.pairwise("a")), list(it.pairwise([]))]


@check
def itertools_islice(m):
    it = m.itertools
    out = [list(it.islice("ABCDEFG", 2)), list(it.islice("ABCDEFG", 2, 4)),
           list(it.islice("ABCDEFG", 2, None)), list(it.islice("ABCDEFG", 0, None, 2)),
           list(it.islice("ABCDEFG", None)), list(it.islice("ABCDEFG", 1, 100, 3)),
           list(it.islice("AB", 5, 2))]
    src = iter(range(20))
    out.append(list(it.islice(src, 0, 8, 3)))
    out.append(next(src))
    src = iter(range(10))
    out.append(list(it.islice(src, 5, 3)))
    out.append(next(src))
    src = iter(range(10))
    out.append(list(it.islice(src, 3)))
    out.append(next(src))
    out.append(errors_of([lambda: it.islice([], -1), lambda: it.islice([], 1, -1),
                          lambda: it.islice([], -1, 5), lambda: it.islice([], 1, 2, 0),
                          lambda: it.islice([], "a"), lambda: it.islice([], 0, 5, -1),
                          lambda: it.islice([], 1.5)]))
    return out


@check
def itertools_groupby(m):
    it = m.itertools
    out = [[(k, list(g)) for k, g in it.groupby("AAAABBBCCDAABBB")],
           [k for k, g in it.groupby("AAAABBBCCD")],
           [(k, list(g)) for k, g in it.groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)],
           list(it.groupby([]))]
    groups = list(it.groupby("aabbc"))
    out.append([(k, list(g)) for k, g in groups])
    outer = it.groupby("aaabbb")
    k1, g1 = next(outer)
    first = next(g1)
    k2, g2 = next(outer)
    out.append((k1, first, list(g1), k2, list(g2)))
    return out


@check
def itertools_tee_zip_batched(m):
    it = m.itertools
    a, b = it.tee(iter([1, 2, 3, 4]))
    first = [next(a), next(a)]
    out = [first, list(b), list(a)]
    x, y, z = it.tee("abc", 3)
    out.append((list(x), list(y), list(z)))
    out.append(len(it.tee([], 0)))
    out.append(list(it.zip_longest("ABCD", "xy", fillvalue="-")))
    out.append(list(it.zip_longest("AB", [1, 2, 3], [True])))
    out.append(list(it.zip_longest()))
    out.append(list(it.batched("ABCDEFG", 3)))
    out.append(list(it.batched([], 2)))
    out.append(list(it.batched(range(6), 2)))
    out.append(errors_of([lambda: it.batched("a", 0)]))
    return out


@check
def itertools_combinatoric(m):
    it = m.itertools
    out = [list(it.product("AB", "xy")), list(it.product(range(2), repeat=3)),
           list(it.product()), list(it.product("ab", [])), list(it.product("ab", repeat=0))]
    for r in [None, 0, 1, 2, 3, 4, 5]:
        out.append(list(it.permutations("abcd", r)))
    for r in [0, 1, 2, 3, 4, 5]:
        out.append(list(it.combinations("abcd", r)))
        out.append(list(it.combinations_with_replacement("abc", r)))
    out.append(list(it.combinations_with_replacement("", 0)))
    out.append(list(it.combinations_with_replacement("", 2)))
    out.append(list(it.permutations([])))
    out.append(errors_of([lambda: it.permutations("a", -1), lambda: it.combinations("a", -1),
                          lambda: it.combinations_with_replacement("a", -2),
                          lambda: it.product("a", repeat=-1)]))
    return out


# ---- collections ---------------------------------------------------------------------------

@check
def deque_basics(m):
    C = m.collections
    d = C.deque([1, 2, 3])
    out = [repr(d), len(d), bool(d), bool(C.deque())]
    d.append(4)
    d.appendleft(0)
    out.append(repr(d))
    out.append((d.pop(), d.popleft(), repr(d)))
    d.extend("ab")
    d.extendleft("xy")
    out.append(repr(d))
    d.rotate(2)
    out.append(repr(d))
    d.rotate(-3)
    out.append(repr(d))
    out.append((d[0], d[-1], d[3], 2 in d, "q" in d, d.count(2), d.index(3)))
    d[1] = "set"
    del d[0]
    d.insert(2, "ins")
    d.remove("ins")
    out.append(repr(d))
    d.reverse()
    out.append((repr(d), list(d), list(reversed(d))))
    out.append(repr(C.deque()))
    out.append(d == C.deque(list(d)))
    out.append(d == list(d))
    out.append(C.deque([1, 2]) < C.deque([1, 3]))
    out.append(repr(C.deque([1]) + C.deque([2])))
    out.append(repr(C.deque([1, 2]) * 2))
    d.clear()
    out.append((repr(d), len(d)))
    out.append(errors_of([lambda: C.deque().pop(), lambda: C.deque().popleft(),
                          lambda: C.deque([1])[5], lambda: C.deque([1]).index(7),
                          lambda: C.deque([1]).remove(7), lambda: C.deque([1], maxlen=-1)]))
    return out


@check
def deque_maxlen(m):
    C = m.collections
    d = C.deque(range(10), maxlen=3)
    out = [repr(d), d.maxlen, C.deque().maxlen]
    d.append(10)
    out.append(repr(d))
    d.appendleft(-1)
    out.append(repr(d))
    d.extend([20, 21])
    out.append(repr(d))
    d.extendleft([30, 31])
    out.append(repr(d))
    z = C.deque([1, 2], maxlen=0)
    z.append(5)
    out.append(repr(z))
    out.append(repr(C.deque("ab", 5)))
    out.append(errors_of([lambda: C.deque([1, 2], maxlen=2).insert(0, 9)]))
    return out


@check
def deque_as_queue(m):
    C = m.collections
    d = C.deque()
    out = []
    for i, n in enumerate(lcg_numbers(13, 400, 7)):
        if n < 3:
            d.append(i)
        elif n < 5:
            d.appendleft(i)
        elif n == 5 and d:
            out.append(d.popleft())
        elif d:
            out.append(d.pop())
    out.append(list(d))
    out.append(len(d))
    return out


@check
def deque_mutation_during_iteration(m):
    C = m.collections
    d = C.deque([1, 2, 3])
    def go():
        for x in d:
            d.append(x)
    return errors_of([go])


@check
def defaultdict_behaviour(m):
    C = m.collections
    d = C.defaultdict(list)
    for k, v in [("a", 1), ("b", 2), ("a", 3)]:
        d[k].append(v)
    counts = C.defaultdict(int)
    for ch in "hello":
        counts[ch] += 1
    n = C.defaultdict(None, {"x": 1})
    out = [repr(d), dict(d), repr(counts), "z" in d, d.get("z"), repr(n), d.default_factory,
           isinstance(d, dict), repr(C.defaultdict(lambda: 0, a=1)).startswith("defaultdict(<function"),
           errors_of([lambda: n["missing"], lambda: C.defaultdict(5)])]
    c = d.copy()
    c["q"].append(1)
    out.append((repr(c), "q" in d))
    return out


@check
def counter_behaviour(m):
    C = m.collections
    c = C.Counter("abracadabra")
    out = [repr(c), c["a"], c["z"], c.most_common(2), c.most_common(), sorted(c.elements()),
           list(c.elements()), c.total(), repr(C.Counter()), repr(C.Counter(a=2, b=-1))]
    d = C.Counter({"a": 1, "b": 5})
    out.append(repr(c + d))
    out.append(repr(c - d))
    out.append(repr(c | d))
    out.append(repr(c & d))
    out.append(repr(-C.Counter(a=-2, b=3)))
    out.append(repr(+C.Counter(a=-2, b=3)))
    c.update("zzz")
    c.update({"a": 10})
    c.subtract(b=100)
    out.append(repr(c))
    e = C.Counter(a=1)
    e += C.Counter(a=2, b=-1)
    out.append(repr(e))
    out.append(C.Counter(a=1, b=0) == C.Counter(a=1))
    out.append(C.Counter(a=1) <= C.Counter(a=2))
    del e["nothere"]
    out.append(repr(C.Counter(["x", "y", "x"])))
    out.append(errors_of([lambda: C.Counter.fromkeys("ab")]))
    words = "the cat and the dog and the bird".split()
    out.append(C.Counter(words).most_common(3))
    return out


@check
def ordereddict_behaviour(m):
    C = m.collections
    o = C.OrderedDict(a=1, b=2, c=3)
    out = [repr(o), repr(C.OrderedDict())]
    o.move_to_end("a")
    out.append(list(o))
    o.move_to_end("c", last=False)
    out.append(list(o.items()))
    out.append(o.popitem())
    out.append(o.popitem(last=False))
    out.append(repr(o))
    out.append(C.OrderedDict(a=1, b=2) == C.OrderedDict(b=2, a=1))
    out.append(C.OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
    out.append(list(reversed(C.OrderedDict(x=1, y=2))))
    out.append(errors_of([lambda: C.OrderedDict().popitem(), lambda: C.OrderedDict().move_to_end("k")]))
    return out


@check
def namedtuple_behaviour(m):
    C = m.collections
    Point = C.namedtuple("Point", "x y")
    p = Point(1, y=2)
    out = [repr(p), p.x, p.y, p[0], tuple(p), p == (1, 2), Point._fields, p._asdict(),
           repr(p._replace(x=5)), repr(Point._make([3, 4])), isinstance(p, tuple),
           hash(p) == hash((1, 2)), Point.__name__, len(p)]
    x, y = p
    out.append(x + y)
    P3 = C.namedtuple("P3", ["a", "b", "c"], defaults=[0, 9])
    out.append(repr(P3(1)))
    out.append(P3._field_defaults)
    out.append(repr(C.namedtuple("Row", "a, b,c")(1, 2, 3)))
    out.append(errors_of([lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3),
                          lambda: Point(1, x=2), lambda: Point(),
                          lambda: C.namedtuple("P", "x _y"), lambda: C.namedtuple("P", "x x"),
                          lambda: C.namedtuple("P", "x 1y"), lambda: C.namedtuple("P", "x class"),
                          lambda: p._replace(z=3), lambda: P3(), lambda: Point._make([1])]))
    out.append(repr(C.namedtuple("R", "a def a", rename=True)(1, 2, 3)))
    out.append(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
    return out


@check
def chainmap_behaviour(m):
    C = m.collections
    base = {"a": 1, "b": 2}
    top = {"b": 20, "c": 30}
    cm = C.ChainMap(top, base)
    out = [cm["a"], cm["b"], cm["c"], len(cm), sorted(cm), "a" in cm, cm.get("z", 0)]
    cm["d"] = 4
    out.append(top)
    child = cm.new_child()
    child["a"] = 100
    out.append((child["a"], cm["a"]))
    out.append(repr(C.ChainMap({"x": 1}, {"y": 2})))
    out.append(errors_of([lambda: cm["zz"]]))
    return out


# ---- typing --------------------------------------------------------------------------------

@check
def typing_annotations(m):
    T = m.typing
    V = T.TypeVar("V")
    def f(a: T.Optional[int], b: T.Dict[str, T.List[int]], c: T.Callable[[int], str],
          d: T.Tuple[int, ...], e: T.Union[int, str], g: T.Any = None) -> T.Awaitable[None]:
        return a
    class Box(T.Generic[V]):
        def __init__(self, item: V):
            self.item = item
    class Proto(T.Protocol):
        def run(self) -> None:
            ...
    return [f(1, {}, str, (), 2), Box(3).item, T.TYPE_CHECKING, T.cast(int, "x"),
            repr(T.Optional[int]), repr(T.Union[int, str]), repr(T.List[int]),
            repr(T.Dict[str, int]), repr(V), repr(T.Any), T.get_args(T.Dict[str, int]),
            T.get_origin(T.List[int]) is list, T.Union[int] is int,
            repr(T.Coroutine[None, None, int]), repr(T.AsyncIterator[int]),
            repr(T.Literal["a", "b"]), repr(T.ClassVar[int]), repr(T.Final[int]),
            T.Optional[int] == T.Union[int, None]]


@check
def typing_namedtuple_class(m):
    T = m.typing

    class Reading(T.NamedTuple):
        sensor: str
        value: float = 0.0
        count: int = 1

    r = Reading("kitchen", 21.5)
    out = [repr(r), r.sensor, r.value, r.count, repr(Reading("hall")), tuple(r), r == ("kitchen", 21.5, 1),
           r._asdict(), repr(r._replace(value=3)), Reading._fields, isinstance(r, tuple),
           repr(Reading._make(["x", 2, 3])), repr(Reading(value=1, sensor="s"))]
    out.append(errors_of([lambda: Reading(), lambda: Reading("a", 1, 2, 3), lambda: Reading("a", z=1)]))
    return out


# ---- contextlib ----------------------------------------------------------------------------

@check
def contextmanager_flow(m):
    CL = m.contextlib
    log = []

    @CL.contextmanager
    def tag(name):
        log.append("<" + name + ">")
        try:
            yield name.upper()
        except KeyError as e:
            log.append("caught " + repr(e))
        finally:
            log.append("</" + name + ">")

    with tag("a") as v:
        log.append(v)
    with tag("b"):
        raise KeyError("k")
    try:
        with tag("c"):
            raise ValueError("v")
    except ValueError as e:
        log.append("outer " + repr(e))

    @CL.contextmanager
    def no_yield():
        if False:
            yield

    @CL.contextmanager
    def two_yields():
        yield 1
        yield 2

    @CL.contextmanager
    def yields_after_throw():
        try:
            yield
        except Exception:
            yield

    def use(cm, body_error=None):
        with cm:
            if body_error is not None:
                raise body_error
    log.append(errors_of([lambda: use(no_yield()), lambda: use(two_yields()),
                          lambda: use(yields_after_throw(), KeyError("x"))]))

    @CL.contextmanager
    def reraise_other():
        try:
            yield
        except ValueError:
            raise TypeError("converted")
    log.append(errors_of([lambda: use(reraise_other(), ValueError("x"))]))

    @CL.contextmanager
    def plain():
        yield

    def stop_iter():
        with plain():
            raise StopIteration("body")
    log.append(errors_of([stop_iter]))

    @tag("deco")
    def decorated(x):
        log.append("in " + str(x))
        return x * 2
    log.append(decorated(21))
    log.append(decorated(1))
    return log


@check
def contextlib_small_managers(m):
    CL = m.contextlib
    out = []
    with CL.suppress(KeyError, IndexError):
        [][1]
    out.append("after suppress")
    out.append(errors_of([lambda: _raise_inside(CL.suppress(KeyError), ValueError("no"))]))
    with CL.nullcontext(5) as v:
        out.append(v)
    with CL.nullcontext() as v:
        out.append(v)

    class Res:
        def close(self):
            out.append("closed")
    with CL.closing(Res()) as r:
        out.append(type(r).__name__)

    def group():
        with CL.suppress(KeyError):
            raise ExceptionGroup("eg", [KeyError(1), ValueError(2)])
    out.append(errors_of([group]))

    def group_all():
        with CL.suppress(KeyError):
            raise ExceptionGroup("eg", [KeyError(1), KeyError(2)])
        return "all suppressed"
    out.append(errors_of([group_all]))
    return out


def _raise_inside(cm, exc):
    with cm:
        raise exc


@check
def exitstack_behaviour(m):
    CL = m.contextlib
    log = []

    class R:
        def __init__(self, name, swallow=False):
            self.name = name
            self.swallow = swallow

        def __enter__(self):
            log.append("enter " + self.name)
            return self.name

        def __exit__(self, t, v, tb):
            log.append("exit " + self.name + " " + (t.__name__ if t else "None"))
            return self.swallow

    with CL.ExitStack() as stack:
        names = [stack.enter_context(R(n)) for n in "abc"]
        stack.callback(log.append, "callback")
        log.append(names)

    with CL.ExitStack() as stack:
        stack.enter_context(R("swallower", True))
        stack.enter_context(R("x"))
        raise KeyError("k")
    log.append("after swallow")

    def raising_exit():
        with CL.ExitStack() as stack:
            def bad(*exc):
                raise ValueError("from exit")
            stack.push(bad)
            stack.enter_context(R("y"))
            raise KeyError("body")
    try:
        raising_exit()
    except ValueError as e:
        log.append(("caught", repr(e), repr(e.__context__)))

    stack = CL.ExitStack()
    stack.enter_context(R("p"))
    moved = stack.pop_all()
    stack.close()
    log.append("closing moved")
    moved.close()
    log.append(errors_of([lambda: CL.ExitStack().enter_context(object())]))
    return log


@check
def async_context_managers(m):
    CL = m.contextlib
    log = []

    @CL.asynccontextmanager
    async def res(name):
        log.append("open " + name)
        try:
            yield name
        except KeyError:
            log.append("swallowed")
        finally:
            log.append("close " + name)

    class ACM:
        async def __aenter__(self):
            log.append("aenter")
            return self

        async def __aexit__(self, *exc):
            log.append("aexit")

    class Closer:
        async def aclose(self):
            log.append("aclosed")

    async def main():
        async with res("a") as v:
            log.append(v)
        async with res("b"):
            raise KeyError("x")
        try:
            async with res("c"):
                raise ValueError("v")
        except ValueError:
            log.append("propagated")

        @CL.asynccontextmanager
        async def none():
            if False:
                yield
        try:
            async with none():
                pass
        except RuntimeError as e:
            log.append(str(e))
        async with CL.nullcontext(7) as n:
            log.append(n)
        async with CL.aclosing(Closer()):
            pass
        async with CL.AsyncExitStack() as stack:
            await stack.enter_async_context(ACM())
            stack.enter_context(CL.nullcontext())

            async def cb(x):
                log.append("async cb " + x)
            stack.push_async_callback(cb, "z")
            stack.callback(log.append, "sync cb")
        return "done"

    coro = main()
    try:
        coro.send(None)
    except StopIteration as stop:
        log.append(stop.value)
    return log


# ---- dataclasses ---------------------------------------------------------------------------

@check
def dataclass_basics(m):
    D = m.dataclasses
    T = m.typing

    @D.dataclass
    class Point:
        x: int
        y: int = 0
        tags: list = D.field(default_factory=list)
        counter: T.ClassVar[int] = 0

    p = Point(1)
    q = Point(1, 2, ["t"])
    out = [repr(p), repr(q), p == Point(1), p == q, p != q, [f.name for f in D.fields(Point)],
           D.asdict(q), D.astuple(q), repr(D.replace(q, y=5)), D.is_dataclass(p),
           D.is_dataclass(Point), D.is_dataclass(1), Point.counter, Point.y,
           p.tags is not Point(1).tags, Point.__hash__ is None, Point.__match_args__]
    out.append(errors_of([lambda: Point(), lambda: Point(1, 2, 3, 4), lambda: Point(1, z=1),
                          lambda: Point(1, x=1), lambda: D.fields(3), lambda: D.asdict(Point),
                          lambda: D.replace(p, nope=1)]))
    return out


@check
def dataclass_options(m):
    D = m.dataclasses

    @D.dataclass(order=True, frozen=True)
    class Version:
        major: int
        minor: int = 0
        note: str = D.field(default="", compare=False, repr=False)

    v1 = Version(1, 2, "x")
    v2 = Version(1, 10)
    out = [repr(v1), v1 < v2, v1 <= v2, v1 > v2, sorted([v2, v1, Version(0)]),
           hash(v1) == hash(Version(1, 2)), v1 == Version(1, 2, "other")]
    def assign():
        v1.major = 5
    def delete():
        del v1.minor
    out.append(errors_of([assign, delete]))
    out.append(issubclass(D.FrozenInstanceError, AttributeError))

    @D.dataclass(eq=False)
    class Plain:
        a: int
    out.append(Plain(1) == Plain(1))

    @D.dataclass(unsafe_hash=True)
    class H:
        a: int
        b: int = D.field(default=0, hash=False)
    out.append(hash(H(1, 2)) == hash((1,)))

    @D.dataclass(repr=False, init=False)
    class NoInit:
        a: int = 3
    out.append(NoInit().a)

    @D.dataclass
    class Post:
        a: int
        b: int = D.field(init=False)
        c: int = D.field(default=7, init=False)

        def __post_init__(self):
            self.b = self.a * 2
    out.append(repr(Post(4)))

    @D.dataclass
    class WithInitVar:
        a: int
        scale: D.InitVar[int] = 10

        def __post_init__(self, scale):
            self.a = self.a * scale
    out.append(repr(WithInitVar(2)))
    out.append(repr(WithInitVar(2, 3)))
    out.append([f.name for f in D.fields(WithInitVar)])

    @D.dataclass
    class KW:
        a: int
        b: int = D.field(kw_only=True, default=1)
    out.append(repr(KW(1, b=2)))
    out.append(errors_of([lambda: KW(1, 2)]))

    def bad_order():
        @D.dataclass
        class E:
            x: int = 1
            y: int
    def bad_mutable():
        @D.dataclass
        class E:
            x: list = []
    def bad_eq():
        @D.dataclass(order=True, eq=False)
        class E:
            x: int
    out.append(errors_of([bad_order, bad_mutable, bad_eq]))
    return out


@check
def dataclass_inheritance(m):
    D = m.dataclasses

    @D.dataclass
    class Base:
        x: int
        y: int = 1

    @D.dataclass
    class Child(Base):
        z: int = 2
        x: int = 10

    @D.dataclass
    class Nested:
        items: list
        child: Child

    c = Child()
    n = Nested([Child(1), Base(2)], Child(3, 4, 5))
    out = [repr(c), [f.name for f in D.fields(Child)], repr(Child(1, 2, 3)),
           D.asdict(n), D.astuple(n), repr(n), c == Child(), c == Base(10, 1)]

    @D.dataclass
    class Custom:
        a: int

        def __repr__(self):
            return "custom"
    out.append(repr(Custom(1)))

    def frozen_mix():
        @D.dataclass(frozen=True)
        class F(Base):
            w: int = 0
    out.append(errors_of([frozen_mix]))
    return out


# ---- random --------------------------------------------------------------------------------

@check
def random_sequences(m):
    out = []
    for seed in [0, 1, 42, 2 ** 100, -7, 2 ** 32 - 1, 2 ** 32, 123456789012345678901234567890]:
        r = m.random.Random(seed)
        out.append([r.random() for _ in range(5)])
        out.append([r.getrandbits(k) for k in (1, 7, 32, 33, 64, 100, 0)])
        out.append([r.randrange(10) for _ in range(10)])
        out.append([r.randrange(3, 300, 7) for _ in range(5)])
        out.append([r.randrange(50, 0, -3) for _ in range(5)])
        out.append([r.randint(1, 6) for _ in range(10)])
        out.append([r.randrange(2 ** 70) for _ in range(3)])
        out.append(r.choice("abcdef"))
        out.append(r.choices(range(10), k=5))
        out.append(r.choices("abc", weights=[5, 1, 2], k=5))
        out.append(r.choices("abc", cum_weights=[1, 2, 10], k=5))
        items = list(range(20))
        r.shuffle(items)
        out.append(items)
        out.append(r.sample(range(100), 10))
        out.append(r.sample(range(10000), 30))
        out.append(r.sample("abcdefgh", 8))
        out.append(r.sample(["x", "y"], 3, counts=[2, 3]) if False else r.sample(["x", "y"], 3, counts=[2, 3]))
        out.append([r.uniform(1, 5) for _ in range(3)])
        out.append([r.gauss(0, 1) for _ in range(3)])
        out.append([r.normalvariate(10, 2) for _ in range(3)])
        out.append([r.expovariate(1.5) for _ in range(2)])
        out.append([r.triangular(0, 10, 3) for _ in range(2)])
    return out


@check
def random_module_functions(m):
    R = m.random
    R.seed(2024)
    a = [R.random(), R.randint(1, 100), R.choice([1, 2, 3]), R.getrandbits(16)]
    lst = [1, 2, 3, 4, 5]
    R.shuffle(lst)
    a.append(lst)
    a.append(R.sample(lst, 2))
    R.seed(2024)
    a.append(R.random())
    state = R.getstate()
    x = R.random()
    R.setstate(state)
    a.append(R.random() == x)
    r = R.Random(5)
    r.seed(5.5)
    a.append(r.random())
    r.seed(True)
    a.append(r.random())
    return a


@check
def random_errors(m):
    r = m.random.Random(1)
    return errors_of([lambda: r.randrange(0), lambda: r.randrange(5, 2), lambda: r.randrange(1, 10, 0),
                      lambda: r.randrange(1.5), lambda: r.randrange(10.0),
                      lambda: r.choice([]), lambda: r.sample([1, 2], 3),
                      lambda: r.choices([1, 2], [1]), lambda: r.randrange(1, 5, -1),
                      lambda: r.randint(5, 1), lambda: r.getrandbits(-1),
                      lambda: r.sample({1, 2}, 1), lambda: r.choices([1], [0]),
                      lambda: r.randrange(10, step=2)])


# ---- statistics ----------------------------------------------------------------------------

@check
def statistics_values(m):
    S = m.statistics
    data = [2.5, 3.25, 5.5, 11.25, 0.1, 0.2, 0.3]
    ints = [1, 2, 3, 4, 4]
    return [S.mean(ints), S.mean([1, 2, 3]), S.mean(data), S.mean([0.1] * 10), S.fmean(ints),
            S.fmean(data), S.fmean([1, 2, 3], weights=[0.5, 0.25, 0.25]), S.median(ints),
            S.median([1, 3]), S.median([5, 1, 3]), S.median_low([1, 3]), S.median_high([1, 3]),
            S.mode("aabbbc"), S.mode([1, 1, 2, 2]), S.multimode("aabbc"), S.variance(ints),
            S.variance([1, 2, 3]), S.pvariance(ints), S.variance(data), S.stdev(ints),
            S.pstdev(ints), S.stdev(data), S.mean([True, False, True]),
            errors_of([lambda: S.mean([]), lambda: S.median([]), lambda: S.mode([]),
                       lambda: S.variance([1]), lambda: S.fmean([])]),
            issubclass(S.StatisticsError, ValueError)]


# ---- wider sweeps --------------------------------------------------------------------------

@check
def heapq_stress_many_seeds(m):
    H = m.heapq
    digest = []
    for seed in range(40):
        h = []
        ops = lcg_numbers(seed + 100, 120, 1000)
        popped = []
        for n in ops:
            kind = n % 5
            if kind < 2:
                H.heappush(h, n % 37)
            elif kind == 2 and h:
                popped.append(H.heappop(h))
            elif kind == 3 and h:
                popped.append(H.heapreplace(h, n % 41))
            else:
                popped.append(H.heappushpop(h, n % 43))
        digest.append((h, popped))
    return digest


@check
def statistics_sweep(m):
    S = m.statistics
    out = []
    for seed in range(30):
        raw = lcg_numbers(seed + 7, 3 + seed % 11, 100000)
        floats = [x / 977.0 for x in raw]
        out.append((S.mean(floats), S.fmean(floats), S.median(floats), S.stdev(floats),
                    S.pstdev(floats), S.variance(floats), S.pvariance(raw), S.stdev(raw)))
    return out


@check
def random_many_seeds(m):
    out = []
    for seed in range(60):
        r = m.random.Random(seed * 7919 - 200)
        out.append((r.random(), r.randrange(1000000), r.randrange(-50, 50, 3),
                    r.choices([1, 2, 3], [0.1, 0.5, 0.4], k=2), r.sample(range(30), 7)))
    return out


@check
def lru_cache_on_methods(m):
    f = m.functools
    calls = []

    class Calc:
        def __init__(self, base):
            self.base = base

        @f.lru_cache(maxsize=None)
        def add(self, x):
            calls.append((self.base, x))
            return self.base + x

        def __hash__(self):
            return hash(self.base)

        def __eq__(self, other):
            return self.base == other.base
    a = Calc(1)
    b = Calc(2)
    out = [a.add(1), a.add(1), b.add(1), a.add(2), calls, repr(Calc.add.cache_info())]
    out.append(sorted([3, 1, 2], key=f.partial(lambda k, x: k * x, -1)))
    return out


@check
def namedtuple_subclass_and_defaults(m):
    C = m.collections

    class Vec(C.namedtuple("Vec", "x y")):
        def norm2(self):
            return self.x * self.x + self.y * self.y

    v = Vec(3, 4)
    Opt = C.namedtuple("Opt", "a b c", defaults=(None,))
    return [repr(v), v.norm2(), repr(v._replace(y=0)), type(v._replace(y=0)).__name__,
            repr(Opt(1, 2)), repr(Opt(1, 2, 3)), Opt._fields, v + (5,), v * 2,
            errors_of([lambda: Opt(1), lambda: C.namedtuple("P", "a b", defaults=(1, 2, 3))]),
            list(C.namedtuple("E", "")()), C.namedtuple("Q", ("k", "v"))(1, 2).v]


@check
def counter_more(m):
    C = m.collections
    c = C.Counter({"a": 3, "b": -2, "c": 0})
    out = [repr(c), c.most_common(10), list(c.elements()), c.total(), repr(+c), repr(-c)]
    c["d"] += 1
    out.append(repr(c))
    out.append(repr(C.Counter("aab") - C.Counter("abbc")))
    x = C.Counter("hello world")
    x.subtract("lol")
    out.append(repr(x))
    y = C.Counter(a=3, b=1)
    y -= C.Counter(a=1, b=5)
    out.append(repr(y))
    z = C.Counter(a=1)
    z |= C.Counter(a=3, b=2)
    z &= C.Counter(a=2, b=5)
    out.append(repr(z))
    out.append(C.Counter("ab") == {"a": 1, "b": 1})
    out.append(repr(C.Counter(C.Counter("xyx"))))
    return out


@check
def dataclass_more(m):
    D = m.dataclasses

    @D.dataclass
    class Job:
        name: str
        priority: int = D.field(default=0, repr=False)
        deps: list = D.field(default_factory=list, compare=False)
        created: int = D.field(default_factory=lambda: 99, init=False)

    j = Job("build")
    j.deps.append("x")
    out = [repr(j), j.created, j == Job("build"), repr(D.replace(j, priority=3)),
           [(f.name, f.init, f.repr, f.compare) for f in D.fields(Job)],
           D.fields(Job)[0].default is D.MISSING, Job.priority]

    @D.dataclass(frozen=True)
    class Key:
        a: int
        b: str = "z"
    s = {Key(1), Key(1), Key(2, "q")}
    out.append(len(s))
    out.append(repr(Key(1)))
    out.append(D.astuple(Key(3)))

    @D.dataclass
    class Node:
        value: int
        children: list = D.field(default_factory=list)
    root = Node(1, [Node(2), Node(3, [Node(4)])])
    out.append(repr(root))
    out.append(D.asdict(root))
    return out


@check
def contextmanager_generator_exit_paths(m):
    CL = m.contextlib
    log = []

    @CL.contextmanager
    def swallow_all():
        try:
            yield
        except BaseException as e:
            log.append("swallowed " + type(e).__name__)

    def body(exc):
        with swallow_all():
            raise exc
        return "after"
    log.append(body(KeyError("a")))
    log.append(body(StopIteration("s")))

    @CL.contextmanager
    def reraise_same():
        try:
            yield
        except Exception:
            log.append("cleanup")
            raise
    log.append(errors_of([lambda: _raise_inside(reraise_same(), IndexError("i"))]))

    @CL.contextmanager
    def chained():
        try:
            yield
        except Exception as e:
            raise RuntimeError("wrapped") from e
    try:
        _raise_inside(chained(), KeyError("root"))
    except RuntimeError as e:
        log.append((repr(e), repr(e.__cause__)))
    return log


# ---- driver --------------------------------------------------------------------------------

def run_compare():
    real = real_modules()
    ours = our_modules()
    failures = 0
    for fn in CHECKS:
        expected = outcome(fn, real)
        got = outcome(fn, ours)
        if expected == got:
            print(f"PASS {fn.__name__}")
        else:
            failures += 1
            print(f"FAIL {fn.__name__}")
            print(f"  expected: {expected[:2000]}")
            print(f"  got:      {got[:2000]}")
    print(f"{len(CHECKS) - failures} passed, {failures} failed")
    return 1 if failures else 0


def run_plain():
    mods = real_modules()
    for fn in CHECKS:
        print(f"{fn.__name__}: {outcome(fn, mods)}")
    return 0


def main():
    plain = "--plain" in sys.argv[1:]
    if not plain:
        try:
            import importlib.util
        except ImportError:
            plain = True
    if plain:
        return run_plain()
    return run_compare()


if __name__ == "__main__":
    sys.exit(main())
