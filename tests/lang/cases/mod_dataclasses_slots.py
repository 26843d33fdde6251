# @dataclass(slots=True): instances get __slots__ (no __dict__, no new attributes), also frozen,
# ordered and subclassed dataclasses.
from dataclasses import dataclass, field
@dataclass(slots=True)
class S:
    a: int
    b: str = "x"
    c: list = field(default_factory=list)
s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"), S.__qualname__, S.__name__, S(2, "y") == S(2, "y"))
try:
    s.z = 1
except AttributeError as e:
    print("AE", e)
@dataclass(slots=True, frozen=True)
class F:
    x: int
f = F(3)
try:
    f.x = 4
except Exception as e:
    print(type(e).__name__, e)
print(f, hash(f) == hash(F(3)))
@dataclass(slots=True)
class D(S):
    d: int = 0
print(D(1, d=4), D.__slots__)
@dataclass(slots=True, order=True)
class P:
    p: int
    def double(self):
        return self.p * 2
print(sorted([P(3), P(1)]), P(2).double(), P.__match_args__)
