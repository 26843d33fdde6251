// Builtins behaviour checked against CPython 3.12 output: str methods.
#include "tests/builtins/run_program.h"

using ls::test::check_program;

TEST_CASE("split and rsplit with separators, maxsplit and whitespace") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

t(lambda: ' a  b \t c\n'.split())
t(lambda: ' a  b \t c\n'.split(None, 1))
t(lambda: ' a  b \t c\n'.rsplit(None, 1))
t(lambda: 'a,b,,c'.split(','))
t(lambda: 'a,b,,c'.split(',', 2))
t(lambda: 'a,b,,c'.rsplit(',', 2))
t(lambda: 'a b'.split(' ', maxsplit=1))
t(lambda: ''.split())
t(lambda: ''.split(','))
t(lambda: 'a'.split(''))
t(lambda: 'a'.split(1))
)py",
                R"py(['a', 'b', 'c']
['a', 'b \t c\n']
[' a  b', 'c']
['a', 'b', '', 'c']
['a', 'b', ',c']
['a,b', '', 'c']
['a', 'b']
[]
['']
ValueError: empty separator
TypeError: must be str or None, not int
)py");
}

TEST_CASE("join requires str items") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

t(lambda: ', '.join(['a', 'b', 'c']))
t(lambda: '-'.join('xyz'))
t(lambda: ''.join([]))
t(lambda: ''.join(['a', 2]))
t(lambda: ''.join(5))
)py",
                R"py('a, b, c'
'x-y-z'
''
TypeError: sequence item 1: expected str instance, int found
TypeError: can only join an iterable
)py");
}

TEST_CASE("strip, lstrip and rstrip with and without chars") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

t(lambda: '  hi \n'.strip())
t(lambda: 'xxhixx'.strip('x'))
t(lambda: 'xyhiyx'.lstrip('xy'))
t(lambda: 'xyhiyx'.rstrip('xy'))
t(lambda: 'ééaé'.strip('é'))
t(lambda: 'a'.strip(1))
)py",
                R"py('hi'
'hi'
'hiyx'
'xyhi'
'a'
TypeError: strip arg must be None or str
)py");
}

TEST_CASE("replace with count and empty old string") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

t(lambda: 'aaa'.replace('a', 'b'))
t(lambda: 'aaa'.replace('a', 'b', 2))
t(lambda: 'abc'.replace('', '-'))
t(lambda: 'abc'.replace('', '-', 2))
t(lambda: 'abc'.replace('x', 'y'))
t(lambda: 'a'.replace(1, 'b'))
)py",
                R"py('bbb'
'bba'
'-a-b-c-'
'-a-bc'
'abc'
TypeError: replace() argument 1 must be str, not int
)py");
}

TEST_CASE("find, index, count and their ranges") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

t(lambda: 'hello'.find('l'))
t(lambda: 'hello'.rfind('l'))
t(lambda: 'hello'.find('l', 3))
t(lambda: 'hello'.find('z'))
t(lambda: 'hello'.index('z'))
t(lambda: 'hello'.count('l'))
t(lambda: 'hello'.count('l', -2))
t(lambda: 'abc'.count(''))
t(lambda: 'abc'.find('', 3))
t(lambda: 'abc'.find('', 4))
t(lambda: 'héllo wörld'.find('wö'))
t(lambda: 'héllo'.rindex('l'))
)py",
                R"py(2
3
3
-1
ValueError: substring not found
2
1
4
3
-1
6
3
)py");
}

TEST_CASE("startswith and endswith with tuples and ranges") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

t(lambda: 'hello'.startswith('he'))
t(lambda: 'hello'.startswith(('x', 'h')))
t(lambda: 'hello'.endswith('lo', 0, 5))
t(lambda: 'hello'.startswith('ll', 2))
t(lambda: 'abc'.startswith('', 4))
t(lambda: 'a'.startswith(1))
t(lambda: 'a'.endswith((1,)))
)py",
                R"py(True
True
True
True
False
TypeError: startswith first arg must be str or a tuple of str, not int
TypeError: tuple for endswith must only contain str, not int
)py");
}

TEST_CASE("case conversions") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

t(lambda: 'Hello World'.upper())
t(lambda: 'Hello World'.lower())
t(lambda: 'Hello World'.swapcase())
t(lambda: "they're bill's x1y".title())
t(lambda: 'hELLO wORLD'.capitalize())
t(lambda: 'Straße'.upper())
t(lambda: 'Straße'.casefold())
t(lambda: 'ÉCOLE'.lower())
)py",
                R"py('HELLO WORLD'
'hello world'
'hELLO wORLD'
"They'Re Bill'S X1Y"
'Hello world'
'STRASSE'
'strasse'
'école'
)py");
}

TEST_CASE("center, ljust, rjust and zfill") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

t(lambda: 'abc'.center(6, '*'))
t(lambda: 'ab'.center(5, '*'))
t(lambda: 'ab'.center(7))
t(lambda: 'abc'.center(8, '*'))
t(lambda: 'ab'.ljust(5, '.'))
t(lambda: 'ab'.rjust(5))
t(lambda: 'abc'.rjust(2))
t(lambda: '-42'.zfill(6))
t(lambda: '42'.zfill(5))
t(lambda: 'a'.center(5, 'ab'))
)py",
                R"py('*abc**'
'**ab*'
'   ab  '
'**abc***'
'ab...'
'   ab'
'abc'
'-00042'
'00042'
TypeError: The fill character must be exactly one character long
)py");
}

TEST_CASE("partition, rpartition and splitlines") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

t(lambda: 'a=b=c'.partition('='))
t(lambda: 'a=b=c'.rpartition('='))
t(lambda: 'abc'.partition('x'))
t(lambda: 'abc'.rpartition('x'))
t(lambda: 'a'.partition(''))
t(lambda: 'a\nb\r\nc\rd\x0be'.splitlines())
t(lambda: 'a\nb\r\n'.splitlines(True))
t(lambda: ''.splitlines())
)py",
                R"py(('a', '=', 'b=c')
('a=b', '=', 'c')
('abc', '', '')
('', '', 'abc')
ValueError: empty separator
['a', 'b', 'c', 'd', 'e']
['a\n', 'b\r\n']
[]
)py");
}

TEST_CASE("character class predicates") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

for s in ['123', 'abc', 'abc123', '   ', 'ABC', 'abc', 'Title Case', '', 'a_1', '1a', 'é']:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.istitle(), s.isidentifier(), s.isdecimal(), s.isnumeric(), s.isascii())
)py",
                R"py('123' True False True False False False False False True True True
'abc' False True True False False True False True False False True
'abc123' False False True False False True False True False False True
'   ' False False False True False False False False False False True
'ABC' False True True False True False False True False False True
'abc' False True True False False True False True False False True
'Title Case' False False False False False False True False False False True
'' False False False False False False False False False False True
'a_1' False False False False False True False True False False True
'1a' False False True False False True False False False False True
'é' False True True False False True False True False False False
)py");
}

TEST_CASE("expandtabs, removeprefix and removesuffix") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

t(lambda: 'a\tb\n12\tc'.expandtabs(4))
t(lambda: 'a\tb'.expandtabs())
t(lambda: 'prefix_name'.removeprefix('prefix_'))
t(lambda: 'name.py'.removesuffix('.py'))
t(lambda: 'name'.removesuffix('x'))
)py",
                R"py('a   b\n12  c'
'a       b'
'name'
'name'
'name'
)py");
}

TEST_CASE("str indexing, iteration and len count code points") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

s = 'héllo'
t(lambda: len(s))
t(lambda: s[1])
t(lambda: s[-1])
t(lambda: s[1:3])
t(lambda: s[::-1])
t(lambda: list(s))
t(lambda: 'ab' * 3)
t(lambda: 'b' in 'abc')
t(lambda: 'abc' < 'abd')
)py",
                R"py(5
'é'
'o'
'él'
'olléh'
['h', 'é', 'l', 'l', 'o']
'ababab'
True
True
)py");
}

TEST_CASE("str repr picks quotes and escapes like CPython") {
  check_program(R"py(for s in ["plain", "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\n', 'back\\slash', '\x00\x7f', 'é', '\u200b']:
    print(repr(s))
)py",
                R"py('plain'
"it's"
'say "hi"'
'both \' and "'
'tab\there'
'nl\n'
'back\\slash'
'\x00\x7f'
'é'
'\u200b'
)py");
}
