// Builtins behaviour checked against CPython 3.12 output: containers.
#include "tests/builtins/run_program.h"

using ls::test::check_program;

TEST_CASE("list methods") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

l = [3, 1, 2]
l.append(4); print(l)
l.extend((5, 6)); print(l)
l.insert(0, 0); l.insert(-1, 9); l.insert(100, 7); print(l)
t(lambda: l.pop())
t(lambda: l.pop(0))
t(lambda: l.index(2))
t(lambda: l.index(42))
t(lambda: l.count(9))
l.remove(9); print(l)
t(lambda: l.remove(42))
l.reverse(); print(l)
c = l.copy(); c.clear(); print(l, c)
t(lambda: [].pop())
t(lambda: [1].pop(5))
l.extend(l); print(l)
)py",
                R"py([3, 1, 2, 4]
[3, 1, 2, 4, 5, 6]
[0, 3, 1, 2, 4, 5, 9, 6, 7]
7
0
2
ValueError: 42 is not in list
1
[3, 1, 2, 4, 5, 6]
ValueError: list.remove(x): x not in list
[6, 5, 4, 2, 1, 3]
[6, 5, 4, 2, 1, 3] []
IndexError: pop from empty list
IndexError: pop index out of range
[6, 5, 4, 2, 1, 3, 6, 5, 4, 2, 1, 3]
)py");
}

TEST_CASE("list.sort is stable and restores the list on error") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

l = ['bb', 'a', 'ccc', 'dd', 'e']
l.sort(key=len); print(l)
l.sort(key=len, reverse=True); print(l)
m = [3, 'x', 1]
t(lambda: m.sort())
print(sorted(m, key=str))
t(lambda: [1].sort(1))
)py",
                R"py(['a', 'e', 'bb', 'dd', 'ccc']
['ccc', 'bb', 'dd', 'a', 'e']
TypeError: '<' not supported between instances of 'str' and 'int'
[1, 3, 'x']
TypeError: sort() takes no positional arguments
)py");
}

TEST_CASE("tuple methods") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

tp = (1, 2, 2, 3)
t(lambda: tp.count(2))
t(lambda: tp.index(3))
t(lambda: tp.index(5))
t(lambda: tp + (4,))
t(lambda: (1, 2) < (1, 3))
)py",
                R"py(2
3
ValueError: tuple.index(x): x not in tuple
(1, 2, 2, 3, 4)
True
)py");
}

TEST_CASE("dict methods") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

d = {'a': 1}
t(lambda: d.setdefault('b', 2))
t(lambda: d.setdefault('a', 5))
t(lambda: d.get('z', 0))
t(lambda: d.pop('a'))
t(lambda: d.pop('zz', None))
t(lambda: d.pop('zz'))
d.update({'x': 1}, y=2); d.update([('z', 3)]); print(d)
t(lambda: d.popitem())
t(lambda: {}.popitem())
t(lambda: dict.fromkeys('ab', 0))
t(lambda: d.copy())
t(lambda: {'a': 1} | {'b': 2})
e = {'a': 1}; e |= [('c', 3)]; print(e)
t(lambda: d.update([(1, 2, 3)]))
t(lambda: d.update([1]))
d.clear(); print(d)
)py",
                R"py(2
1
0
1
None
KeyError: 'zz'
{'b': 2, 'x': 1, 'y': 2, 'z': 3}
('z', 3)
KeyError: 'popitem(): dictionary is empty'
{'a': 0, 'b': 0}
{'b': 2, 'x': 1, 'y': 2}
{'a': 1, 'b': 2}
{'a': 1, 'c': 3}
ValueError: dictionary update sequence element #0 has length 3; 2 is required
TypeError: cannot convert dictionary update sequence element #0 to a sequence
{}
)py");
}

TEST_CASE("dict __missing__ in subclasses and KeyError reprs") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

class Counter(dict):
    def __missing__(self, key): return 0
c = Counter()
t(lambda: c['x'])
t(lambda: {}['key'])
t(lambda: {}[(1, 2)])
)py",
                R"py(0
KeyError: 'key'
KeyError: (1, 2)
)py");
}

TEST_CASE("set methods") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

s = {1, 2, 3}
s.add(4); s.discard(10); s.remove(1); print(s)
t(lambda: s.remove(10))
t(lambda: s.union([5], {6}))
t(lambda: s.intersection({2, 3, 9}))
t(lambda: s.difference([2]))
t(lambda: s.symmetric_difference({3, 7}))
t(lambda: {1, 2}.issubset([1, 2, 3]))
t(lambda: {1, 2, 3}.issuperset({1}))
t(lambda: {1}.isdisjoint([2]))
s.update('ab'); print(sorted(map(str, s)))
t(lambda: set().pop())
t(lambda: frozenset([1, 2]).union([3]))
u = {1, 2}; u.intersection_update({2, 3}); print(u)
u = {1, 2}; u.difference_update({2}); print(u)
u = {1, 2}; u.symmetric_difference_update({2, 3}); print(u)
)py",
                R"py({2, 3, 4}
KeyError: 10
{2, 3, 4, 5, 6}
{2, 3}
{3, 4}
{2, 4, 7}
True
True
True
['2', '3', '4', 'a', 'b']
KeyError: 'pop from an empty set'
frozenset({1, 2, 3})
{2}
{1}
{1, 3}
)py");
}

TEST_CASE("set operators and their print order") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

a = {1, 2, 3, 4}
b = {3, 4, 5}
t(lambda: a | b)
t(lambda: a & b)
t(lambda: a - b)
t(lambda: a ^ b)
t(lambda: frozenset(a) | b)
c = {1}; c |= {2}; c &= {2, 3}; c -= {9}; c ^= {4}; print(c)
t(lambda: {'apple', 'banana'} | {'cherry'} == {'cherry', 'banana', 'apple'})
t(lambda: set() | set())
)py",
                R"py({1, 2, 3, 4, 5}
{3, 4}
{1, 2}
{1, 2, 5}
frozenset({1, 2, 3, 4, 5})
{2, 4}
True
set()
)py");
}

TEST_CASE("dict views") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

d = {'a': 1, 'b': 2}
t(lambda: d.keys())
t(lambda: d.values())
t(lambda: d.items())
t(lambda: 'a' in d.keys())
t(lambda: len(d.items()))
)py",
                R"py(dict_keys(['a', 'b'])
dict_values([1, 2])
dict_items([('a', 1), ('b', 2)])
True
2
)py");
}
