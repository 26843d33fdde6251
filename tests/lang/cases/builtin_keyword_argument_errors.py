# Keyword arguments of builtins that take them (Argument Clinic's wording): too many, missing,
# given twice, unknown.
import math, collections
tests = {
 'sum(iterable=)': lambda: sum(iterable=[1]),
 'sum(start=,x)': lambda: sum([1], start=1, x=2),
 'split(sep dup)': lambda: 'a'.split(',', sep=','),
 'split(x=)': lambda: 'a'.split(x=1),
 'round(number dup)': lambda: round(1, number=2),
 'round(x=)': lambda: round(1, x=2),
 'int(x=1)': lambda: int(x=1),
 'encode(4 kw)': lambda: 'a'.encode('u', errors='s', encoding='x'),
 'pow()': lambda: pow(),
 'pow(4)': lambda: pow(1, 2, 3, 4),
 'isclose()': lambda: math.isclose(),
 'isclose(1)': lambda: math.isclose(1),
 'isclose(3)': lambda: math.isclose(1, 2, 3),
 'prod()': lambda: math.prod(),
 'prod(2)': lambda: math.prod(1, 2),
 'property(5)': lambda: property(1, 2, 3, 4, 5),
 'str(x=)': lambda: str(x=1),
 'list(2)': lambda: list(1, 2),
 'deque(3)': lambda: collections.deque(1, 2, 3),
 'deque(x=)': lambda: collections.deque(x=1),
 'splitlines(x=)': lambda: 'a'.splitlines(x=1),
 'rsplit(3)': lambda: 'a'.rsplit(1, 2, 3),
 'expandtabs(t=)': lambda: 'a'.expandtabs(t=1),
 'sorted()': lambda: sorted(),
 'sorted(x=)': lambda: sorted([], x=1),
 'sum(1,2,3)': lambda: sum(1, 2, 3),
 'sum(kw only)': lambda: sum(start=1),
}
for k, f in tests.items():
    try:
        f(); print(k, 'OK')
    except TypeError as e:
        print(k, '|', e)
