// Builtins behaviour checked against CPython 3.12 output: str format.
#include "tests/builtins/run_program.h"

using ls::test::check_program;

TEST_CASE("str.format with positional, automatic and keyword fields") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

t(lambda: '{} {}'.format(1, 2))
t(lambda: '{1} {0} {1}'.format('a', 'b'))
t(lambda: '{name}={value!r}'.format(name='x', value='y'))
t(lambda: '{0.real} {1[0]} {2[k]}'.format(5, [9], {'k': 'v'}))
t(lambda: '{:>{w}.{p}f}|'.format(3.14159, w=10, p=2))
t(lambda: '{!r:>8}|{!s}|{!a}'.format('x', 'y', 'é'))
t(lambda: '{{}} {}'.format(3))
t(lambda: '{:,}'.format(1234567))
)py",
                R"py('1 2'
'b a b'
"x='y'"
'5 9 v'
'      3.14|'
"     'x'|y|'\\xe9'"
'{} 3'
'1,234,567'
)py");
}

TEST_CASE("str.format errors") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

t(lambda: 'a{0}'.format())
t(lambda: '{}{0}'.format(1, 2))
t(lambda: '{0}{}'.format(1, 2))
t(lambda: '{x}'.format(1))
t(lambda: '{'.format(1))
t(lambda: '}'.format(1))
t(lambda: '{0!z}'.format(1))
t(lambda: '{:d}'.format('a'))
)py",
                R"py(IndexError: Replacement index 0 out of range for positional args tuple
ValueError: cannot switch from automatic field numbering to manual field specification
ValueError: cannot switch from manual field specification to automatic field numbering
KeyError: 'x'
ValueError: Single '{' encountered in format string
ValueError: Single '}' encountered in format string
ValueError: Unknown conversion specifier z
ValueError: Unknown format code 'd' for object of type 'str'
)py");
}

TEST_CASE("format_map looks keys up in the mapping") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

class D(dict):
    def __missing__(self, k): return '<' + k + '>'
t(lambda: '{a} {b}'.format_map(D(a=1)))
t(lambda: '{0}'.format_map({}))
)py",
                R"py('1 <b>'
ValueError: Format string contains positional fields
)py");
}

TEST_CASE("percent formatting") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

t(lambda: '%s %d' % ('a', 1))
t(lambda: '%5.2f|%-5d|%x|%r|%%|%s' % (3.14159, 42, 255, 'a', [1]))
t(lambda: '%(a)s %(b)r' % {'a': 1, 'b': 'x'})
t(lambda: '%s' % [1, 2])
t(lambda: '%d' % 3.7)
t(lambda: '%*d|%-*d|' % (5, 3, 4, 2))
t(lambda: '%.3s|%5s|' % ('abcdef', 'ab'))
t(lambda: '%c%c' % (65, 'b'))
t(lambda: '%e %g %G' % (12345.678, 0.00001, 1e20))
t(lambda: '%05.1f %+d % d' % (2.25, 3, 4))
t(lambda: '%s %s' % ('a',))
t(lambda: '%s' % ('a', 'b'))
t(lambda: '%d' % 'a')
t(lambda: '%(x)s' % 5)
t(lambda: 'x' % 5)
t(lambda: 'x' % [])
t(lambda: '%z' % 1)
)py",
                R"py('a 1'
" 3.14|42   |ff|'a'|%|[1]"
"1 'x'"
'[1, 2]'
'3'
'    3|2   |'
'abc|   ab|'
'Ab'
'1.234568e+04 1e-05 1E+20'
'002.2 +3  4'
TypeError: not enough arguments for format string
TypeError: not all arguments converted during string formatting
TypeError: %d format: a real number is required, not str
TypeError: format requires a mapping
TypeError: not all arguments converted during string formatting
'x'
ValueError: unsupported format character 'z' (0x7a) at index 1
)py");
}
