// Builtins behaviour checked against CPython 3.12 output: builtin functions.
#include "tests/builtins/run_program.h"

using ls::test::check_program;

TEST_CASE("print joins arguments with sep and ends with end") {
  check_program(R"py(print(1, 'a', None, True, 2.5, [1, 'x'], (1,), {'k': 1}, sep='|', end='!\n')
print()
print('a', 'b', sep=None, end=None)
print('no newline', end='')
print(' then more')
)py",
                R"py(1|a|None|True|2.5|[1, 'x']|(1,)|{'k': 1}!

a b
no newline then more
)py");
}

TEST_CASE("print writes to a file object's write method") {
  check_program(R"py(class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print('a', 1, sep='-', file=w)
print(w.parts)
import sys
print('to stdout', file=sys.stdout)
)py",
                R"py(['a', '-', '1', '\n']
to stdout
)py");
}

TEST_CASE("print rejects bad keyword arguments") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

t(lambda: print(x=1))
t(lambda: print(sep=1))
t(lambda: print(end=2))
)py",
                R"py(TypeError: 'x' is an invalid keyword argument for print()
TypeError: sep must be None or a string, not int
TypeError: end must be None or a string, not int
)py");
}

TEST_CASE("len, min and max with keys, defaults and errors") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

t(lambda: len([1, 2, 3]))
t(lambda: len(5))
t(lambda: max([3, 1, 2]))
t(lambda: min(3, 1, 2))
t(lambda: max(['aa', 'b', 'ccc'], key=len))
t(lambda: min([], default='empty'))
t(lambda: max([]))
t(lambda: max())
t(lambda: max(1, 2, default=0))
t(lambda: max([(1, 'a'), (1, 'b')]))
t(lambda: max([1, 3, 3.0], key=lambda x: x))
)py",
                R"py(3
TypeError: object of type 'int' has no len()
3
1
'ccc'
'empty'
ValueError: max() iterable argument is empty
TypeError: max expected at least 1 argument, got 0
TypeError: Cannot specify a default for max() with multiple positional arguments
(1, 'b')
3
)py");
}

TEST_CASE("sum uses exact ints and compensated float addition") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

t(lambda: sum([1, 2, 3]))
t(lambda: sum([1, 2], 10))
t(lambda: sum([0.1] * 10))
t(lambda: sum([1e100, 1.0, -1e100]))
t(lambda: sum([1, 0.1, 0.2]))
t(lambda: sum([[1], [2]], []))
t(lambda: sum(['a'], ''))
t(lambda: sum(range(101)))
t(lambda: sum([2**62, 2**62, 2**62]))
)py",
                R"py(6
13
1.0
1.0
1.3
[1, 2]
TypeError: sum() can't sum strings [use ''.join(seq) instead]
5050
13835058055282163712
)py");
}

TEST_CASE("sorted is stable and supports key and reverse") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

data = [('b', 2), ('a', 2), ('c', 1), ('d', 3), ('e', 1)]
t(lambda: sorted(data, key=lambda p: p[1]))
t(lambda: sorted(data, key=lambda p: p[1], reverse=True))
t(lambda: sorted('hello'))
t(lambda: sorted([3, 1, 2], reverse=True))
t(lambda: sorted([1, 'a']))
t(lambda: sorted([5, 2, 8, 1, 9, 3, 7, 4, 6, 0, 11, 15, 13, 12, 14, 10]))
)py",
                R"py([('c', 1), ('e', 1), ('b', 2), ('a', 2), ('d', 3)]
[('d', 3), ('b', 2), ('a', 2), ('c', 1), ('e', 1)]
['e', 'h', 'l', 'l', 'o']
[3, 2, 1]
TypeError: '<' not supported between instances of 'str' and 'int'
[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]
)py");
}

TEST_CASE("any and all short-circuit") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

def gen():
    yield 0
    print('after zero')
    yield 1
    print('never')
t(lambda: any(gen()))
t(lambda: all([]))
t(lambda: all([1, 0]))
t(lambda: any(5))
)py",
                R"py(after zero
True
True
False
TypeError: 'int' object is not iterable
)py");
}

TEST_CASE("isinstance and issubclass accept tuples of classes") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

class A: pass
class B(A): pass
t(lambda: isinstance(B(), A))
t(lambda: isinstance(True, int))
t(lambda: isinstance(1, (str, (float, int))))
t(lambda: issubclass(B, (int, A)))
t(lambda: issubclass(bool, int))
t(lambda: isinstance(1, 2))
t(lambda: issubclass(1, int))
)py",
                R"py(True
True
True
True
True
TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union
TypeError: issubclass() arg 1 must be a class
)py");
}

TEST_CASE("getattr, setattr, hasattr and delattr") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

class C: pass
c = C()
setattr(c, 'x', 5)
t(lambda: getattr(c, 'x'))
t(lambda: getattr(c, 'y', 'dflt'))
t(lambda: hasattr(c, 'x'))
delattr(c, 'x')
t(lambda: hasattr(c, 'x'))
t(lambda: getattr(c, 'x'))
t(lambda: getattr(c, 1))
)py",
                R"py(5
'dflt'
True
False
AttributeError: 'C' object has no attribute 'x'
TypeError: attribute name must be string, not 'int'
)py");
}

TEST_CASE("abs, round, divmod and pow follow Python's numeric rules") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

t(lambda: abs(-5))
t(lambda: abs(-2.5))
t(lambda: abs(-2**63))
t(lambda: abs('a'))
t(lambda: round(2.5))
t(lambda: round(3.5))
t(lambda: round(2.675, 2))
t(lambda: round(1250, -2))
t(lambda: round(1350, -2))
t(lambda: round(7))
t(lambda: round(float('inf')))
t(lambda: divmod(7, 2))
t(lambda: divmod(-7, 2))
t(lambda: divmod(7.5, 2))
t(lambda: divmod(1, 0))
t(lambda: divmod(1.0, 0))
t(lambda: pow(2, 10))
t(lambda: pow(2, 10, 1000))
t(lambda: pow(3, -1, 7))
t(lambda: pow(2, 3, 0))
t(lambda: pow(2.0, 3, 5))
)py",
                R"py(5
2.5
9223372036854775808
TypeError: bad operand type for abs(): 'str'
2
4
2.67
1200
1400
7
OverflowError: cannot convert float infinity to integer
(3, 1)
(-4, 1)
(3.0, 1.5)
ZeroDivisionError: integer division or modulo by zero
ZeroDivisionError: float divmod()
1024
24
5
ValueError: pow() 3rd argument cannot be 0
TypeError: pow() 3rd argument not allowed unless all arguments are integers
)py");
}

TEST_CASE("chr, ord, hex, oct and bin") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

t(lambda: chr(65))
t(lambda: chr(0x1F600))
t(lambda: ord('a'))
t(lambda: ord('é'))
t(lambda: ord('ab'))
t(lambda: chr(-1))
t(lambda: hex(255))
t(lambda: hex(-255))
t(lambda: oct(8))
t(lambda: bin(5))
t(lambda: bin(-5))
t(lambda: hex(2**70))
t(lambda: hex(1.5))
)py",
                R"py('A'
'😀'
97
233
TypeError: ord() expected a character, but string of length 2 found
ValueError: chr() arg not in range(0x110000)
'0xff'
'-0xff'
'0o10'
'0b101'
'-0b101'
'0x400000000000000000'
TypeError: 'float' object cannot be interpreted as an integer
)py");
}

TEST_CASE("enumerate, zip, map and filter") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

t(lambda: list(enumerate('ab')))
t(lambda: list(enumerate('ab', start=10)))
t(lambda: list(zip([1, 2, 3], 'ab')))
t(lambda: list(zip()))
t(lambda: list(zip([1], [2, 3], strict=True)))
t(lambda: list(zip([1, 2], [2], strict=True)))
t(lambda: list(zip([1], [2], [3, 4], strict=True)))
t(lambda: list(map(str, [1, 2])))
t(lambda: list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
t(lambda: list(filter(None, [0, 1, '', 'a'])))
t(lambda: list(filter(lambda x: x > 1, [1, 2, 3])))
t(lambda: map(abs))
t(lambda: filter(abs))
)py",
                R"py([(0, 'a'), (1, 'b')]
[(10, 'a'), (11, 'b')]
[(1, 'a'), (2, 'b')]
[]
ValueError: zip() argument 2 is longer than argument 1
ValueError: zip() argument 2 is shorter than argument 1
ValueError: zip() argument 3 is longer than arguments 1-2
['1', '2']
[4, 10]
[1, 'a']
[2, 3]
TypeError: map() must have at least two arguments.
TypeError: filter expected 2 arguments, got 1
)py");
}

TEST_CASE("reversed works on sequences and objects with __reversed__") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

t(lambda: list(reversed([1, 2, 3])))
t(lambda: list(reversed('abc')))
t(lambda: list(reversed(range(5))))
t(lambda: list(reversed((1, 2))))
t(lambda: list(reversed({'a': 1, 'b': 2})))
t(lambda: reversed(5))
t(lambda: reversed({1, 2}))
class R:
    def __reversed__(self): return iter('zy')
t(lambda: list(reversed(R())))
)py",
                R"py([3, 2, 1]
['c', 'b', 'a']
[4, 3, 2, 1, 0]
[2, 1]
['b', 'a']
TypeError: 'int' object is not reversible
TypeError: 'set' object is not reversible
['z', 'y']
)py");
}

TEST_CASE("iter with a sentinel and next with a default") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

it = iter([1, 2])
t(lambda: next(it))
t(lambda: next(it))
t(lambda: next(it, 'done'))
t(lambda: next(it))
t(lambda: next([1]))
n = [0]
def counter():
    n[0] += 1
    return n[0]
t(lambda: list(iter(counter, 4)))
)py",
                R"py(1
2
'done'
StopIteration: 
TypeError: 'list' object is not an iterator
[1, 2, 3]
)py");
}

TEST_CASE("callable, hash, id, repr, ascii and format") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

t(lambda: callable(len))
t(lambda: callable(1))
t(lambda: hash(1) == hash(1.0))
t(lambda: hash('abc') == hash('ab' + 'c'))
t(lambda: hash([]))
t(lambda: id(t) == id(t))
t(lambda: repr('it\'s'))
t(lambda: ascii('héllo'))
t(lambda: format(3.14159, '.2f'))
t(lambda: format(42, '>6'))
t(lambda: format('x', '^5'))
t(lambda: format(1, 2))
)py",
                R"py(True
False
True
True
TypeError: unhashable type: 'list'
True
'"it\'s"'
"'h\\xe9llo'"
'3.14'
'    42'
'  x  '
TypeError: format() argument 2 must be str, not int
)py");
}

TEST_CASE("vars and dir list attributes") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

class P:
    def __init__(self): self.a = 1; self.b = 2
    def m(self): pass
t(lambda: vars(P()))
t(lambda: [n for n in dir(P()) if not n.startswith('__')])
t(lambda: vars(1))
)py",
                R"py({'a': 1, 'b': 2}
['a', 'b', 'm']
TypeError: vars() argument must have __dict__ attribute
)py");
}

TEST_CASE("globals and locals show the current namespace") {
  check_program(R"py(x = 5
print('x' in globals(), globals()['x'])
def f(a):
    b = a + 1
    return sorted(locals().items())
print(f(1))
)py",
                R"py(True 5
[('a', 1), ('b', 2)]
)py");
}
