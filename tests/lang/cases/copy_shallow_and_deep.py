# copy.copy and copy.deepcopy: builtin containers, instances with a __dict__ or __slots__,
# __copy__/__deepcopy__ and __getstate__/__setstate__ hooks, shared and recursive structures.
import copy
from collections import defaultdict, Counter, OrderedDict, deque
from dataclasses import dataclass, field

a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(99); a[2]['k'].append(5)
print(a, b, c, b[1] is a[1], c[1] is a[1])
t = (1, 2, (3, 4)); print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2]); d2 = copy.deepcopy(t2); print(d2, d2 is t2, d2[1] is t2[1])
s = {1, 2, 3}; print(copy.copy(s), copy.copy(s) is s, copy.deepcopy(frozenset({1, 2})))
d = {'a': [1], 'b': {'c': 2}}; dd = copy.deepcopy(d); d['a'].append(2); print(d, dd)

class Point:
    def __init__(self, x, y):
        self.x = x; self.y = y
        self.tags = []
    def __repr__(self): return f'Point({self.x}, {self.y}, {self.tags})'
p = Point(1, 2); q = copy.copy(p); r = copy.deepcopy(p)
p.tags.append('moved'); p.x = 10
print(p, q, r, q.tags is p.tags, r.tags is p.tags, type(r).__name__)

class Tracked:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print('__copy__ called'); return Tracked(self.v)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__); return Tracked(copy.deepcopy(self.v, memo))
x = Tracked([1]); y = copy.copy(x); z = copy.deepcopy([x, x])
print(y.v is x.v, z[0] is z[1], z[0].v == x.v)

shared = [0]; pair = [shared, shared]; cp = copy.deepcopy(pair); print(cp[0] is cp[1], cp[0] is shared)
loop = [1]; loop.append(loop); lc = copy.deepcopy(loop); print(lc[1] is lc, lc is loop)

dd = defaultdict(list); dd['a'].append(1); dd2 = copy.deepcopy(dd); dd2['b'].append(2); print(dd, dd2, copy.copy(dd))
cnt = Counter('hello'); print(copy.copy(cnt), copy.deepcopy(cnt))
od = OrderedDict(a=1, b=[2]); od2 = copy.deepcopy(od); od['b'].append(3); print(od, od2)
dq = deque([[1], [2]], maxlen=5); dq2 = copy.deepcopy(dq); dq[0].append(9); print(dq, dq2, copy.copy(dq))

@dataclass
class Order:
    id: int
    items: list = field(default_factory=list)
o = Order(1, ['x']); o2 = copy.deepcopy(o); o3 = copy.copy(o); o.items.append('y'); print(o, o2, o3)

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]
s1 = Slotted(); s2 = copy.copy(s1); s3 = copy.deepcopy(s1)
print(s2.a is s1.a, s3.a == s1.a, s3.a is s1.a, hasattr(s2, 'b'))
print(copy.copy(42), copy.deepcopy('s'), copy.copy(None), copy.deepcopy(len) is len, copy.copy(Point) is Point)
class WithState:
    def __init__(self): self.a = 1; self.cache = 'big'
    def __getstate__(self):
        st = self.__dict__.copy(); del st['cache']; return st
    def __setstate__(self, st):
        self.__dict__.update(st); self.cache = 'rebuilt'
w = copy.deepcopy(WithState()); print(w.a, w.cache)
