// Unit tests for syntax errors: CPython 3.12's kind, message, line and column, and the CLI format.
#include <doctest/doctest.h>

#include <string>

#include "tests/syntax/syntax_test_util.h"

using namespace ls::lang;
using namespace ls::lang::test;

namespace {

struct ErrorCase {
  const char* src;      // Python source
  const char* kind;     // exception class CPython raises
  const char* message;  // CPython's message
  int line;             // CPython's lineno
  int col;              // CPython's offset (1-based characters)
};

// Every row was produced by compiling "src" with CPython 3.12.1 (see the report for the
// generator); lexer, parser and compiler-stage errors are all represented.
const ErrorCase kErrors[] = {
    {"if x\n  pass", "SyntaxError",
     "expected ':'", 1, 5},
    {"f() = 1", "SyntaxError",
     "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1},
    {"1 = x", "SyntaxError",
     "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1},
    {"x = (1,", "SyntaxError",
     "'(' was never closed", 1, 5},
    {"x = 1)", "SyntaxError",
     "unmatched ')'", 1, 6},
    {"x = (1]", "SyntaxError",
     "closing parenthesis ']' does not match opening parenthesis '('", 1, 7},
    {"s = \"abc", "SyntaxError",
     "unterminated string literal (detected at line 1)", 1, 5},
    {"s = \"\"\"abc\ndef", "SyntaxError",
     "unterminated triple-quoted string literal (detected at line 2)", 1, 5},
    {"x = [1 2]", "SyntaxError",
     "invalid syntax. Perhaps you forgot a comma?", 1, 6},
    {"def f():\npass", "IndentationError",
     "expected an indented block after function definition on line 1", 2, 1},
    {"if x:\npass", "IndentationError",
     "expected an indented block after 'if' statement on line 1", 2, 1},
    {"if x:\n  a\n b", "IndentationError",
     "unindent does not match any outer indentation level", 3, 3},
    {"  x = 1", "IndentationError",
     "unexpected indent", 1, 2},
    {"x = 1abc", "SyntaxError",
     "invalid decimal literal", 1, 5},
    {"x = 012", "SyntaxError",
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5},
    {"x = 0b2", "SyntaxError",
     "invalid digit '2' in binary literal", 1, 7},
    {"x = 0o8", "SyntaxError",
     "invalid digit '8' in octal literal", 1, 7},
    {"x = 0x", "SyntaxError",
     "invalid hexadecimal literal", 1, 6},
    {"x = 1_", "SyntaxError",
     "invalid decimal literal", 1, 6},
    {"x = 1e", "SyntaxError",
     "invalid decimal literal", 1, 5},
    {"f\"{x\"", "SyntaxError",
     "f-string: expecting '}'", 1, 5},
    {"f\"{x!z}\"", "SyntaxError",
     "f-string: invalid conversion character 'z': expected 's', 'r', or 'a'", 1, 6},
    {"f\"{}\"", "SyntaxError",
     "f-string: valid expression required before '}'", 1, 4},
    {"f\"}\"", "SyntaxError",
     "f-string: single '}' is not allowed", 1, 3},
    {"return 1", "SyntaxError",
     "'return' outside function", 1, 1},
    {"yield 1", "SyntaxError",
     "'yield' outside function", 1, 1},
    {"await x", "SyntaxError",
     "'await' outside function", 1, 1},
    {"break", "SyntaxError",
     "'break' outside loop", 1, 1},
    {"continue", "SyntaxError",
     "'continue' not properly in loop", 1, 1},
    {"nonlocal x", "SyntaxError",
     "nonlocal declaration not allowed at module level", 1, 1},
    {"x = $", "SyntaxError",
     "invalid syntax", 1, 5},
    {"x = a ? b", "SyntaxError",
     "invalid syntax", 1, 7},
    {"x = 1 +", "SyntaxError",
     "invalid syntax", 1, 8},
    {"print \"hi\"", "SyntaxError",
     "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1},
    {"for x in y\n  pass", "SyntaxError",
     "expected ':'", 1, 11},
    {"while x\n  pass", "SyntaxError",
     "expected ':'", 1, 8},
    {"x = ¤", "SyntaxError",
     "invalid character '¤' (U+00A4)", 1, 5},
    {"a b", "SyntaxError",
     "invalid syntax", 1, 3},
    {"f(a b)", "SyntaxError",
     "invalid syntax. Perhaps you forgot a comma?", 1, 3},
    {"x = {1: 2 3: 4}", "SyntaxError",
     "invalid syntax. Perhaps you forgot a comma?", 1, 9},
    {"def f(:\n  pass", "SyntaxError",
     "invalid syntax", 1, 7},
    {"x = 123abc", "SyntaxError",
     "invalid decimal literal", 1, 7},
    {"x = 1.5abc", "SyntaxError",
     "invalid decimal literal", 1, 7},
    {"x = 0x1g", "SyntaxError",
     "invalid hexadecimal literal", 1, 7},
    {"x = 0b", "SyntaxError",
     "invalid binary literal", 1, 6},
    {"x = 0o", "SyntaxError",
     "invalid octal literal", 1, 6},
    {"x = 1__0", "SyntaxError",
     "invalid decimal literal", 1, 6},
    {"x = 1e+", "SyntaxError",
     "invalid decimal literal", 1, 7},
    {"x = 0777", "SyntaxError",
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5},
    {"f\"{x!}\"", "SyntaxError",
     "f-string: missing conversion character", 1, 6},
    {"f\"{x:\"", "SyntaxError",
     "f-string: expecting '}', or format specs", 1, 6},
    {"f\"{x", "SyntaxError",
     "'{' was never closed", 1, 3},
    {"f\"abc", "SyntaxError",
     "unterminated f-string literal (detected at line 1)", 1, 1},
    {"f\"\"\"abc", "SyntaxError",
     "unterminated triple-quoted f-string literal (detected at line 1)", 1, 1},
    {"s = rb\"abc", "SyntaxError",
     "unterminated string literal (detected at line 1)", 1, 5},
    {"x = (1,\ny = 2", "SyntaxError",
     "'(' was never closed", 1, 5},
    {"x = [1, 2\ndef f(): pass", "SyntaxError",
     "'[' was never closed", 1, 5},
    {"x = (1,\n     2]", "SyntaxError",
     "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 7},
    {"x = a \\ b", "SyntaxError",
     "unexpected character after line continuation character", 1, 8},
    {"x = a \\", "SyntaxError",
     "unexpected EOF while parsing", 1, 8},
    {"f\"{x#}\"", "SyntaxError",
     "'{' was never closed", 1, 3},
    {"x = 1 if y", "SyntaxError",
     "expected 'else' after 'if' expression", 1, 5},
    {"f\"{lambda x:1}\"", "SyntaxError",
     "f-string: lambda expressions are not allowed without parentheses", 1, 4},
    {"x = b\"é\"", "SyntaxError",
     "bytes can only contain ASCII literal characters", 1, 5},
    {"x = ''' a\nb\nc", "SyntaxError",
     "unterminated triple-quoted string literal (detected at line 3)", 1, 5},
    {"for f() in x: pass", "SyntaxError",
     "cannot assign to function call", 1, 5},
    {"with a as f(): pass", "SyntaxError",
     "cannot assign to function call", 1, 11},
    {"del f()", "SyntaxError",
     "cannot delete function call", 1, 5},
    {"(a, f()) = 1", "SyntaxError",
     "cannot assign to function call", 1, 5},
    {"a + 1 = 2", "SyntaxError",
     "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1},
    {"True = 1", "SyntaxError",
     "cannot assign to True", 1, 1},
    {"x.y() += 1", "SyntaxError",
     "'function call' is an illegal expression for augmented assignment", 1, 1},
    {"a, b += 1", "SyntaxError",
     "'tuple' is an illegal expression for augmented assignment", 1, 1},
    {"*a = 1", "SyntaxError",
     "starred assignment target must be in a list or tuple", 1, 1},
    {"*a, *b = 1", "SyntaxError",
     "multiple starred expressions in assignment", 1, 1},
    {"x: int, y: int = 1, 2", "SyntaxError",
     "invalid syntax", 1, 7},
    {"if x = 1:\n  pass", "SyntaxError",
     "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4},
    {"class A:\npass", "IndentationError",
     "expected an indented block after class definition on line 1", 2, 1},
    {"for x in y:\npass", "IndentationError",
     "expected an indented block after 'for' statement on line 1", 2, 1},
    {"while x:\npass", "IndentationError",
     "expected an indented block after 'while' statement on line 1", 2, 1},
    {"try:\npass", "IndentationError",
     "expected an indented block after 'try' statement on line 1", 2, 1},
    {"try:\n  pass\nexcept:\npass", "IndentationError",
     "expected an indented block after 'except' statement on line 3", 4, 1},
    {"try:\n  pass\nfinally:\npass", "IndentationError",
     "expected an indented block after 'finally' statement on line 3", 4, 1},
    {"with x:\npass", "IndentationError",
     "expected an indented block after 'with' statement on line 1", 2, 1},
    {"if x:\n  pass\nelse:\npass", "IndentationError",
     "expected an indented block after 'else' statement on line 3", 4, 1},
    {"if x:\n  pass\nelif y:\npass", "IndentationError",
     "expected an indented block after 'elif' statement on line 3", 4, 1},
    {"async def f():\npass", "IndentationError",
     "expected an indented block after function definition on line 1", 2, 1},
    {"if x:", "IndentationError",
     "expected an indented block after 'if' statement on line 1", 1, 6},
    {"try:\n  pass\nx = 1", "SyntaxError",
     "expected 'except' or 'finally' block", 3, 1},
    {"f(x=1, 2)", "SyntaxError",
     "positional argument follows keyword argument", 1, 9},
    {"f(**k, *a)", "SyntaxError",
     "iterable argument unpacking follows keyword argument unpacking", 1, 8},
    {"f(**k, 2)", "SyntaxError",
     "positional argument follows keyword argument unpacking", 1, 9},
    {"f(a.b=1)", "SyntaxError",
     "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3},
    {"f(x for x in y, 1)", "SyntaxError",
     "Generator expression must be parenthesized", 1, 3},
    {"def f(a=1, b): pass", "SyntaxError",
     "parameter without a default follows parameter with a default", 1, 12},
    {"def f(*): pass", "SyntaxError",
     "named arguments must follow bare *", 1, 7},
    {"def f(a, a): pass", "SyntaxError",
     "duplicate argument 'a' in function definition", 1, 10},
    {"def f():\n  x = 1\n  global x", "SyntaxError",
     "name 'x' is assigned to before global declaration", 3, 3},
    {"def f():\n  yield from x\nasync def g():\n  yield from x", "SyntaxError",
     "'yield from' inside async function", 4, 3},
    {"def f():\n  async with x: pass", "SyntaxError",
     "'async with' outside async function", 2, 3},
    {"def f():\n  async for x in y: pass", "SyntaxError",
     "'async for' outside async function", 2, 3},
    {"def f():\n  [x async for x in y]", "SyntaxError",
     "asynchronous comprehension outside of an asynchronous function", 2, 3},
    {"def f():\n  await x", "SyntaxError",
     "'await' outside async function", 2, 3},
    {"class A:\n  return 1", "SyntaxError",
     "'return' outside function", 2, 3},
    {"import a from b", "SyntaxError",
     "Did you mean to use 'from ... import ...' instead?", 1, 1},
    {"from x import a,", "SyntaxError",
     "trailing comma not allowed without surrounding parentheses", 1, 17},
    {"x = 1 if 2", "SyntaxError",
     "expected 'else' after 'if' expression", 1, 5},
    {"x = (*a)", "SyntaxError",
     "cannot use starred expression here", 1, 6},
    {"print(*a for a in b)", "SyntaxError",
     "iterable unpacking cannot be used in comprehension", 1, 7},
    {"def f(**k, a): pass", "SyntaxError",
     "arguments cannot follow var-keyword argument", 1, 12},
    {"x = yield = 3", "SyntaxError",
     "assignment to yield expression not possible", 1, 5},
    {"f() += 1", "SyntaxError",
     "'function call' is an illegal expression for augmented assignment", 1, 1},
    {"a := 1", "SyntaxError",
     "invalid syntax", 1, 3},
    {"(a.b := 1)", "SyntaxError",
     "cannot use assignment expressions with attribute", 1, 2},
    {"x = not", "SyntaxError",
     "invalid syntax", 1, 8},
    {"x = [1, 2", "SyntaxError",
     "'[' was never closed", 1, 5},
    {"x = {**a, 'b': 1", "SyntaxError",
     "'{' was never closed", 1, 5},
    {"from . import (a, b", "SyntaxError",
     "'(' was never closed", 1, 15},
    {"def f(x, y)\n    pass", "SyntaxError",
     "expected ':'", 1, 12},
    {"class A\n    pass", "SyntaxError",
     "expected ':'", 1, 8},
    {"async def main()\n    await x", "SyntaxError",
     "expected ':'", 1, 17},
    {"if x:\n    pass\nelse if y:\n    pass", "SyntaxError",
     "expected ':'", 3, 6},
    {"print(f\"{x\")", "SyntaxError",
     "f-string: expecting '}'", 1, 11},
    {"asyncio.run(main()", "SyntaxError",
     "'(' was never closed", 1, 12},
    {"asyncio.run(main()\nprint(1)", "SyntaxError",
     "'(' was never closed", 1, 12},
    {"class = 1", "SyntaxError",
     "invalid syntax", 1, 7},
    {"def async(): pass", "SyntaxError",
     "invalid syntax", 1, 5},
    {"await = 3", "SyntaxError",
     "invalid syntax", 1, 7},
    {"x = lambda x: yield", "SyntaxError",
     "invalid syntax", 1, 15},
    {"try:\n    pass", "SyntaxError",
     "expected 'except' or 'finally' block", 2, 9},
    {"try:\n    x = 1\nexcept Exception, e:\n    pass", "SyntaxError",
     "multiple exception types must be parenthesized", 3, 8},
    {"elif x:\n    pass", "SyntaxError",
     "invalid syntax", 1, 1},
    {"else:\n    pass", "SyntaxError",
     "invalid syntax", 1, 1},
    {"x++", "SyntaxError",
     "invalid syntax", 1, 4},
    {"f(**)", "SyntaxError",
     "invalid syntax", 1, 5},
    {"x = {\n  'a': 1,\n  'b': 2\n\ny = 3", "SyntaxError",
     "'{' was never closed", 1, 5},
    {"def f():\n    x = 1\n      y = 2", "IndentationError",
     "unexpected indent", 3, 6},
    {"import asyncio as", "SyntaxError",
     "invalid syntax", 1, 18},
    {"from asyncio import", "SyntaxError",
     "invalid syntax", 1, 20},
    {"async def f():\n    yield 1\n    return 2", "SyntaxError",
     "'return' with value in async generator", 3, 5},
    {"def f():\n    def g():\n        nonlocal x", "SyntaxError",
     "no binding for nonlocal 'x' found", 3, 9},
    {"class A:\n    nonlocal x", "SyntaxError",
     "no binding for nonlocal 'x' found", 2, 5},
    {"def f(x):\n    global x", "SyntaxError",
     "name 'x' is parameter and global", 2, 5},
    {"x = 1 +* 2", "SyntaxError",
     "invalid syntax", 1, 8},
    {"def f():\n    return\n  x = 1", "IndentationError",
     "unindent does not match any outer indentation level", 3, 8},
    {"for x in range(3):\n    pass\n  print(x)", "IndentationError",
     "unindent does not match any outer indentation level", 3, 11},
    {"x = [i for i in range(3) if]", "SyntaxError",
     "invalid syntax", 1, 28},
    {"x = (1, 2\ny = 3", "SyntaxError",
     "'(' was never closed", 1, 5},
    {"print(\"hello)", "SyntaxError",
     "unterminated string literal (detected at line 1)", 1, 7},
    {"print('a' 'b)", "SyntaxError",
     "unterminated string literal (detected at line 1)", 1, 11},
    {"d = {'a': 1, 'b'}", "SyntaxError",
     "':' expected after dictionary key", 1, 16},
    {"def f(x, *, y, *z): pass", "SyntaxError",
     "* argument may appear only once", 1, 16},
    {"def f(**kw, *a): pass", "SyntaxError",
     "arguments cannot follow var-keyword argument", 1, 13},
    {"f(x=1, x=2)", "SyntaxError",
     "keyword argument repeated: x", 1, 8},
    {"x = 5 if True", "SyntaxError",
     "expected 'else' after 'if' expression", 1, 5},
    {"with open('f') as f, :\n    pass", "SyntaxError",
     "invalid syntax", 1, 22},
    {"async with x:\n    pass", "SyntaxError",
     "'async with' outside async function", 1, 1},
    {"async for x in y:\n    pass", "SyntaxError",
     "'async for' outside async function", 1, 1},
    {"def f():\n    yield = 3", "SyntaxError",
     "assignment to yield expression not possible", 2, 5},
    {"x = [1, 2, 3\nfor i in x:\n    print(i)", "SyntaxError",
     "'[' was never closed", 1, 5},
    {"while True print(1)", "SyntaxError",
     "invalid syntax", 1, 12},
    {"def f(a, b=1, /, c): pass", "SyntaxError",
     "parameter without a default follows parameter with a default", 1, 18},
    {"lambda x=1, y: x", "SyntaxError",
     "parameter without a default follows parameter with a default", 1, 13},
    {"print(1 2)", "SyntaxError",
     "invalid syntax. Perhaps you forgot a comma?", 1, 7},
    {"x = 'a' 'b' 1", "SyntaxError",
     "invalid syntax", 1, 13},
    {"del 1", "SyntaxError",
     "cannot delete literal", 1, 5},
    {"del (a, 1)", "SyntaxError",
     "cannot delete literal", 1, 9},
    {"[a, 1] = 2", "SyntaxError",
     "cannot assign to literal", 1, 5},
    {"for 1 in x: pass", "SyntaxError",
     "cannot assign to literal", 1, 5},
    {"x = *a", "SyntaxError",
     "can't use starred expression here", 1, 5},
    {"print(*)", "SyntaxError",
     "invalid syntax", 1, 8},
    {"if True:\n    pass\n  else:\n    pass", "IndentationError",
     "unindent does not match any outer indentation level", 3, 8},
    {"@\ndef f(): pass", "SyntaxError",
     "invalid syntax", 1, 2},
    {"f(a for a in b for)", "SyntaxError",
     "invalid syntax", 1, 19},
    {"x = 0_", "SyntaxError",
     "invalid decimal literal", 1, 6},
    {"x = 1.2.3", "SyntaxError",
     "invalid syntax", 1, 8},
    {"x = 08", "SyntaxError",
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5},
    {"x = 0b", "SyntaxError",
     "invalid binary literal", 1, 6},
    {"x = 1e5e", "SyntaxError",
     "invalid decimal literal", 1, 7},
    {"def f():\n\\tx = 1\n        y = 2", "SyntaxError",
     "unexpected character after line continuation character", 2, 2},
    {"x = 1\nglobal x", "SyntaxError",
     "name 'x' is assigned to before global declaration", 2, 1},
    {"def f():\n    print(x)\n    global x", "SyntaxError",
     "name 'x' is used prior to global declaration", 3, 5},
    {"def f(a, /, b, /): pass", "SyntaxError",
     "/ may appear only once", 1, 16},
    {"def f(a, *, **k): pass", "SyntaxError",
     "named arguments must follow bare *", 1, 10},
    {"x = not", "SyntaxError",
     "invalid syntax", 1, 8},
    {"x = (yield)", "SyntaxError",
     "'yield' outside function", 1, 6},
    {"f() = 1\nx = \"abc", "SyntaxError",
     "unterminated string literal (detected at line 2)", 2, 5},
    {"if x\n    pass\ns = \"abc", "SyntaxError",
     "unterminated string literal (detected at line 3)", 3, 5},
    {"def f():\npass\ns = \"abc", "SyntaxError",
     "unterminated string literal (detected at line 3)", 3, 5},
    {"if x y:\n    pass", "SyntaxError",
     "invalid syntax", 1, 6},
    {"try\n    pass", "SyntaxError",
     "expected ':'", 1, 4},
    {"try:\n    pass\nfinally\n    pass", "SyntaxError",
     "expected ':'", 3, 8},
    {"if x:\n    pass\nelse\n    pass", "SyntaxError",
     "expected ':'", 3, 5},
    {"try:\n    pass\nexcept ValueError\n    pass", "SyntaxError",
     "expected ':'", 3, 18},
    {"with x\n    pass", "SyntaxError",
     "expected ':'", 1, 7},
    {"def f() -> int pass", "SyntaxError",
     "expected ':'", 1, 16},
    {"x = [1, 2", "SyntaxError",
     "'[' was never closed", 1, 5},
    {"return *a", "SyntaxError",
     "'return' outside function", 1, 1},
    {"def f():\n    x = [await y for y in z]", "SyntaxError",
     "asynchronous comprehension outside of an asynchronous function", 2, 9},
    {"def f():\n    x = lambda: await y", "SyntaxError",
     "'await' outside async function", 2, 17},
    {"x = 5 × 3", "SyntaxError",
     "invalid character '×' (U+00D7)", 1, 7},
    {"print(“hi”)", "SyntaxError",
     "invalid character '“' (U+201C)", 1, 7},
    {"x = 1 — 2", "SyntaxError",
     "invalid character '—' (U+2014)", 1, 7},
    {"x = 1​", "SyntaxError",
     "invalid non-printable character U+200B", 1, 6},
    {"😀 = 1", "SyntaxError",
     "invalid character '😀' (U+1F600)", 1, 1},
    {"x = 😀", "SyntaxError",
     "invalid character '😀' (U+1F600)", 1, 5},
    {"x = ½", "SyntaxError",
     "invalid character '½' (U+00BD)", 1, 5},
    {"x² = 1", "SyntaxError",
     "invalid character '²' (U+00B2)", 1, 2},
    {"x = 1 if x else 2 ¬", "SyntaxError",
     "invalid character '¬' (U+00AC)", 1, 19},
    {"s = 'abc' ‘def’", "SyntaxError",
     "invalid character '‘' (U+2018)", 1, 11},
    {"print(f\"{a b}\")", "SyntaxError",
     "invalid syntax. Perhaps you forgot a comma?", 1, 10},
    {"print(f\"{a!}\")", "SyntaxError",
     "f-string: missing conversion character", 1, 12},
    {"print(f\"{a:{b}\")", "SyntaxError",
     "closing parenthesis ')' does not match opening parenthesis '{'", 1, 16},
    {"print(f\"{a\")", "SyntaxError",
     "f-string: expecting '}'", 1, 11},
    {"print(f\"{a}}\")", "SyntaxError",
     "f-string: single '}' is not allowed", 1, 12},
    {"print(f\"{{a}\")", "SyntaxError",
     "f-string: single '}' is not allowed", 1, 12},
    {"print(f\"{}\")", "SyntaxError",
     "f-string: valid expression required before '}'", 1, 10},
    {"print(f\"{ }\")", "SyntaxError",
     "f-string: valid expression required before '}'", 1, 11},
    {"print(f\"{a=\")", "SyntaxError",
     "f-string: expecting '}'", 1, 12},
    {"print(f\"{a:>10\")", "SyntaxError",
     "closing parenthesis ')' does not match opening parenthesis '{'", 1, 16},
    {"print(f\"{a+}\")", "SyntaxError",
     "f-string: expecting '=', or '!', or ':', or '}'", 1, 11},
    {"print(f\"{import x}\")", "SyntaxError",
     "f-string: expecting a valid expression after '{'", 1, 10},
    {"print(f\"{a b=}\")", "SyntaxError",
     "invalid syntax. Perhaps you forgot a comma?", 1, 10},
    {"print(f\"{a!r=}\")", "SyntaxError",
     "f-string: expecting ':' or '}'", 1, 13},
    {"print(f\"abc", "SyntaxError",
     "unterminated f-string literal (detected at line 1)", 1, 7},
    {"x = f\"\"\"abc\n{x}", "SyntaxError",
     "unterminated triple-quoted f-string literal (detected at line 2)", 1, 5},
    {"print(f\"{lambda: 1}\")", "SyntaxError",
     "f-string: lambda expressions are not allowed without parentheses", 1, 10},
    {"print(f\"{yield}\")", "SyntaxError",
     "'yield' outside function", 1, 10},
    {"print(f\"{*a}\")", "SyntaxError",
     "can't use starred expression here", 1, 10},
    {"class A:\n\n\n", "IndentationError",
     "expected an indented block after class definition on line 1", 3, 1},
    {"class A:\n# c", "IndentationError",
     "expected an indented block after class definition on line 1", 2, 4},
    {"if x:\n  \n", "IndentationError",
     "expected an indented block after 'if' statement on line 1", 2, 3},

};

}  // namespace

TEST_CASE("syntax errors match CPython 3.12 in kind, message, line and column") {
  for (const ErrorCase& c : kErrors) {
    std::string src = c.src;
    CAPTURE(src);
    SyntaxErrorInfo e = error_of(c.src);
    CHECK(e.kind == std::string(c.kind));
    CHECK(e.message == std::string(c.message));
    CHECK(e.line == c.line);
    CHECK(e.col == c.col);
  }
}

TEST_CASE("the CLI format names the place, shows the line with a caret, and ends with CPython's line") {
  SyntaxErrorInfo e = error_of("x = 1\nif x\n    pass\n");
  CHECK(format_syntax_error(e, "lesson.py") ==
        "lesson.py:2:5: error: expected ':'\n"
        "    if x\n"
        "        ^\n"
        "SyntaxError: expected ':'\n");
  SUBCASE("a plain-words detail replaces the message on the first line only") {
    e.detail = "expected ':' after the if condition";
    std::string text = format_syntax_error(e, "lesson.py");
    CHECK(text.rfind("lesson.py:2:5: error: expected ':' after the if condition\n", 0) == 0);
    CHECK(text.substr(text.rfind("SyntaxError")) == "SyntaxError: expected ':'\n");
  }
  SUBCASE("a range gets one caret per character") {
    SyntaxErrorInfo r = error_of("f() = 1\n");
    CHECK(format_syntax_error(r, "t.py") ==
          "t.py:1:1: error: cannot assign to function call here. Maybe you meant '==' instead of '='?\n"
          "    f() = 1\n"
          "    ^^^\n"
          "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n");
  }
  SUBCASE("indentation errors keep their kind on the last line") {
    std::string text = format_syntax_error(error_of("def f():\nreturn 1\n"), "t.py");
    CHECK(text.substr(text.rfind('\n', text.size() - 2) + 1) ==
          "IndentationError: expected an indented block after function definition on line 1\n");
  }
}

TEST_CASE("an unclosed bracket names the line where it opened") {
  SyntaxErrorInfo e = error_of("print(1,\n      2\nx = 3\n");
  CHECK(e.message == "'(' was never closed");
  CHECK(e.line == 1);
  CHECK(e.col == 6);
  CHECK(format_syntax_error(e, "t.py").rfind("t.py:1:6: error: '(' was never closed\n", 0) == 0);
}

TEST_CASE("source that is not valid UTF-8 or contains NUL bytes") {
  SUBCASE("invalid UTF-8 uses the wording CPython prints when running a file") {
    SyntaxErrorInfo e = error_of("x = 1\ny = '\xff'\n");
    CHECK(e.message ==
          "Non-UTF-8 code starting with '\\xff' in file t.py on line 2, but no encoding declared; "
          "see https://peps.python.org/pep-0263/ for details");
    CHECK(format_syntax_error(e, "t.py").find("SyntaxError: Non-UTF-8 code starting with '\\xff' in file t.py") !=
          std::string::npos);
  }
  SUBCASE("an earlier tokenizer error wins over a later undecodable line") {
    CHECK(error_of("x = (\ny = \"abc\nz = 1\nw = \"\xff\"\n").message == "unterminated string literal (detected at line 2)");
  }
  SUBCASE("NUL bytes") {
    SyntaxErrorInfo e = error_of(std::string_view("x = 1\ny = '\0'\n", 13));
    CHECK(e.message == "source code cannot contain null bytes");
    CHECK(e.line == 2);
  }
  SUBCASE("a UTF-8 BOM is skipped") { CHECK(error_of("\xEF\xBB\xBFx = 1\n").message.empty()); }
}

TEST_CASE("unsupported Python features are named as such") {
  struct Case {
    const char* src;
    const char* message;
  };
  const Case cases[] = {
      {"type X = int\n", "the type statement is not supported by loopscope"},
      {"def f[T](x): pass\n", "generic type parameters are not supported by loopscope"},
      {"z = 1j\n", "imaginary numbers are not supported by loopscope"},
      {"s = '\\N{NOT A NAME}'\n",
       "the character name \\N{NOT A NAME} is not supported by loopscope (it knows common names only; use \\u or "
       "\\U escapes)"},
  };
  for (const Case& c : cases) {
    std::string src = c.src;
    CAPTURE(src);
    SyntaxErrorInfo e = error_of(c.src);
    CHECK(e.kind == "SyntaxError");
    CHECK(e.unsupported);
    CHECK(e.message == std::string(c.message));
  }
}

TEST_CASE("deep nesting gives a clean error instead of a stack overflow") {
  SUBCASE("5,000 nested brackets") {
    std::string src = "x = " + std::string(5000, '(') + std::string(5000, ')') + "\n";
    SyntaxErrorInfo e = error_of(src);
    CHECK(e.message == "too many nested parentheses");
    CHECK(e.col == 205);
  }
  SUBCASE("10,000 unary minuses") {
    CHECK(error_of("x = " + std::string(10000, '-') + "1\n").message == "too many nested parentheses");
  }
  SUBCASE("10,000 nested lambdas") {
    std::string src = "x = ";
    for (int i = 0; i < 10000; ++i) src += "lambda: ";
    CHECK(error_of(src + "1\n").message == "too many nested parentheses");
  }
  SUBCASE("10,000 chained conditional expressions") {
    std::string src = "x = ";
    for (int i = 0; i < 10000; ++i) src += "1 if c else ";
    CHECK(error_of(src + "1\n").message == "too many nested parentheses");
  }
  SUBCASE("a 100,000-term sum is refused before it makes a too-deep tree") {
    std::string src = "x = a";
    for (int i = 0; i < 100000; ++i) src += "+a";
    SyntaxErrorInfo e = error_of(src + "\n");
    CHECK(e.unsupported);
  }
  SUBCASE("5,000 elif branches are fine; 20,000 are refused by name (CPython 3.12 gives up too)") {
    std::string src = "if x:\n    pass\n";
    for (int i = 0; i < 5000; ++i) src += "elif x:\n    pass\n";
    CHECK(error_of(src).message.empty());
    for (int i = 5000; i < 20000; ++i) src += "elif x:\n    pass\n";
    SyntaxErrorInfo e = error_of(src);
    CHECK(e.unsupported);
    CHECK(e.message.find("elif branches") != std::string::npos);
  }
  SUBCASE("101 levels of indentation") {
    std::string src;
    for (int i = 0; i < 101; ++i) src += std::string(static_cast<std::size_t>(i), ' ') + "if x:\n";
    src += std::string(101, ' ') + "pass\n";
    SyntaxErrorInfo e = error_of(src);
    CHECK(e.kind == "IndentationError");
    CHECK(e.message == "too many levels of indentation");
  }
}

TEST_CASE("compile-stage errors are reported only when the whole file parses") {
  SUBCASE("a grammar error later in the file wins over 'return' outside function") {
    CHECK(error_of("return 1\nx = (\n").message == "'(' was never closed");
  }
  SUBCASE("await in a generator expression is allowed in a plain function") {
    CHECK(error_of("def f():\n    return (await x for x in y)\n").message.empty());
  }
  SUBCASE("await in a list comprehension in a plain function") {
    SyntaxErrorInfo e = error_of("def f():\n    return [await x for x in y]\n");
    CHECK(e.message == "asynchronous comprehension outside of an asynchronous function");
    CHECK(e.col == 12);
  }
  SUBCASE("nonlocal bound later in the enclosing function is fine") {
    CHECK(error_of("def f():\n    def g():\n        nonlocal x\n    x = 1\n").message.empty());
  }
  SUBCASE("nonlocal bound by del in the enclosing function is fine") {
    CHECK(error_of("def f():\n    def g():\n        nonlocal x\n    del x\n").message.empty());
  }
}
