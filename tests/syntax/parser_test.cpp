// Unit tests for engine/lang/parser: precedence, every statement form, literals, f-strings, locations.
#include <doctest/doctest.h>

#include <string>

#include "tests/syntax/syntax_test_util.h"

using namespace ls::lang;
using namespace ls::lang::test;

namespace {

struct DumpCase {
  const char* src;   // Python source
  const char* want;  // the tree CPython 3.12's ast module gives, in ast::dump's notation
};

// Expressions: expected trees were generated from CPython 3.12's `ast.parse`.
const DumpCase kExpressions[] = {
    {"-2**2",
     "(UnaryOp - (BinOp ** (Constant 2) (Constant 2)))"},
    {"2**-1",
     "(BinOp ** (Constant 2) (UnaryOp - (Constant 1)))"},
    {"2**3**2",
     "(BinOp ** (Constant 2) (BinOp ** (Constant 3) (Constant 2)))"},
    {"-x.y",
     "(UnaryOp - (Attribute (Name x) y))"},
    {"not a == b",
     "(UnaryOp not (Compare (Name a) == (Name b)))"},
    {"a or b and not c",
     "(BoolOp or (Name a) (BoolOp and (Name b) (UnaryOp not (Name c))))"},
    {"a | b ^ c & d << e + f * g",
     "(BinOp | (Name a) (BinOp ^ (Name b) (BinOp & (Name c) (BinOp << (Name d) (BinOp + (Name e) (BinOp * (Name f) (Name g)))))))"},
    {"a - b - c",
     "(BinOp - (BinOp - (Name a) (Name b)) (Name c))"},
    {"a // b % c @ d / e",
     "(BinOp / (BinOp @ (BinOp % (BinOp // (Name a) (Name b)) (Name c)) (Name d)) (Name e))"},
    {"~x ** 2",
     "(UnaryOp ~ (BinOp ** (Name x) (Constant 2)))"},
    {"a < b <= c == d != e > f >= g",
     "(Compare (Name a) < (Name b) <= (Name c) == (Name d) != (Name e) > (Name f) >= (Name g))"},
    {"a is not b",
     "(Compare (Name a) is not (Name b))"},
    {"a not in b in c is d",
     "(Compare (Name a) not in (Name b) in (Name c) is (Name d))"},
    {"x if c else y if d else z",
     "(IfExp (Name c) (Name x) (IfExp (Name d) (Name y) (Name z)))"},
    {"lambda: 0",
     "(Lambda (args) (Constant 0))"},
    {"lambda x, *a, k=1, **kw: x",
     "(Lambda (args x *a k = (Constant 1) **kw) (Name x))"},
    {"lambda x, /, y=2: x",
     "(Lambda (args x / y (defaults (Constant 2))) (Name x))"},
    {"(y := f(x))",
     "(NamedExpr (Name y Store) (Call (Name f) (Name x)))"},
    {"await a.b(c) ** 2",
     "(BinOp ** (Await (Call (Attribute (Name a) b) (Name c))) (Constant 2))"},
    {"-await x",
     "(UnaryOp - (Await (Name x)))"},
    {"f(a, *b, c=1, **d)",
     "(Call (Name f) (Name a) (Starred (Name b)) (kw c (Constant 1)) (kw ** (Name d)))"},
    {"f(x for x in y)",
     "(Call (Name f) (GeneratorExp (Name x) (for (Name x Store) (Name y))))"},
    {"f(*a or b)",
     "(Call (Name f) (Starred (BoolOp or (Name a) (Name b))))"},
    {"a[1:2, ::3, x]",
     "(Subscript (Name a) (Tuple (Slice (Constant 1) (Constant 2) -) (Slice - - (Constant 3)) (Name x)))"},
    {"a[::]",
     "(Subscript (Name a) (Slice - - -))"},
    {"a[b:=1]",
     "(Subscript (Name a) (NamedExpr (Name b Store) (Constant 1)))"},
    {"a[*b]",
     "(Subscript (Name a) (Tuple (Starred (Name b))))"},
    {"[1, *a, 2]",
     "(List (Constant 1) (Starred (Name a)) (Constant 2))"},
    {"{1, 2}",
     "(Set (Constant 1) (Constant 2))"},
    {"{}",
     "(Dict)"},
    {"{1: 2, **m, 3: 4}",
     "(Dict (Constant 1) (Constant 2) ** (Name m) (Constant 3) (Constant 4))"},
    {"()",
     "(Tuple)"},
    {"(1,)",
     "(Tuple (Constant 1))"},
    {"(1)",
     "(Constant 1)"},
    {"[x * y for x in a if x for y in b if y if z]",
     "(ListComp (BinOp * (Name x) (Name y)) (for (Name x Store) (Name a) if (Name x)) (for (Name y Store) (Name b) if (Name y) if (Name z)))"},
    {"{k: v for k, v in d.items()}",
     "(DictComp (Name k) (Name v) (for (Tuple Store (Name k Store) (Name v Store)) (Call (Attribute (Name d) items))))"},
    {"{x async for x in y}",
     "(SetComp (Name x) (async-for (Name x Store) (Name y)))"},
    {"(x for x in y)",
     "(GeneratorExp (Name x) (for (Name x Store) (Name y)))"},
    {"'a' 'b'",
     "(Constant 'ab')"},
    {"b'\\x00\\xff' b'z'",
     "(Constant b'\\x00\\xffz')"},
    {"'\\x41\\u00e9\\U0001F600\\101\\n\\t\\\\'",
     "(Constant 'Aé😀A\\n\\t\\\\')"},
    {"r'\\n\\d'",
     "(Constant '\\\\n\\\\d')"},
    {"'''tri\nple'''",
     "(Constant 'tri\\nple')"},
    {"f'a{x}b{y!r}c{z:>{w}.{p}f}'",
     "(JoinedStr (Constant 'a') (FormattedValue (Name x)) (Constant 'b') (FormattedValue (Name y) !r) (Constant 'c') (FormattedValue (Name z) (JoinedStr (Constant '>') (FormattedValue (Name w)) (Constant '.') (FormattedValue (Name p)) (Constant 'f'))))"},
    {"f'{x=}'",
     "(JoinedStr (Constant 'x=') (FormattedValue (Name x) !r))"},
    {"f'{x = }'",
     "(JoinedStr (Constant 'x = ') (FormattedValue (Name x) !r))"},
    {"f'{x=:>10}'",
     "(JoinedStr (Constant 'x=') (FormattedValue (Name x) (JoinedStr (Constant '>10'))))"},
    {"f'{x=!s}'",
     "(JoinedStr (Constant 'x=') (FormattedValue (Name x) !s))"},
    {"f'{{literal}} {x}'",
     "(JoinedStr (Constant '{literal} ') (FormattedValue (Name x)))"},
    {"'a' f'b{x}' 'c'",
     "(JoinedStr (Constant 'ab') (FormattedValue (Name x)) (Constant 'c'))"},
    {"f'{a[\"k\"]}'",
     "(JoinedStr (FormattedValue (Subscript (Name a) (Constant 'k'))))"},
    {"f\"{\"nested\"}\"",
     "(JoinedStr (FormattedValue (Constant 'nested')))"},
    {"f'''{\nx\n}'''",
     "(JoinedStr (FormattedValue (Name x)))"},
    {"rf'\\d{x}'",
     "(JoinedStr (Constant '\\\\d') (FormattedValue (Name x)))"},
    {"1_000_000",
     "(Constant 1000000)"},
    {"0xFF",
     "(Constant 255)"},
    {"0o17",
     "(Constant 15)"},
    {"0b1010",
     "(Constant 10)"},
    {"9223372036854775807",
     "(Constant 9223372036854775807)"},
    {"1.5e3",
     "(Constant 1500)"},
    {"1_000.5",
     "(Constant 1000.5)"},
    {".5",
     "(Constant 0.5)"},
    {"...",
     "(Constant ...)"},
    {"None",
     "(Constant None)"},
    {"True",
     "(Constant True)"},
    {"a.b.c",
     "(Attribute (Attribute (Name a) b) c)"},
    {"x[1][2](3)",
     "(Call (Subscript (Subscript (Name x) (Constant 1)) (Constant 2)) (Constant 3))"},
    {"yield",
     "(Yield -)"},
    {"yield from x",
     "(YieldFrom (Name x))"},
    {"(yield x)",
     "(Yield (Name x))"},
    {"a if b else c",
     "(IfExp (Name b) (Name a) (Name c))"},
    {"*a, b",
     "(Tuple (Starred (Name a)) (Name b))"},
};

// Statements: expected trees were generated from CPython 3.12's `ast.parse`.
const DumpCase kStatements[] = {
    {"x = 1",
     "(Assign (Name x Store) (Constant 1))"},
    {"a = b = c",
     "(Assign (Name a Store) (Name b Store) (Name c))"},
    {"a, *b = c",
     "(Assign (Tuple Store (Name a Store) (Starred (Name b Store) Store)) (Name c))"},
    {"[a, b] = c, d",
     "(Assign (List Store (Name a Store) (Name b Store)) (Tuple (Name c) (Name d)))"},
    {"x.y[0] = 1",
     "(Assign (Subscript (Attribute (Name x) y) (Constant 0) Store) (Constant 1))"},
    {"x += 1",
     "(AugAssign (Name x Store) + (Constant 1))"},
    {"x **= 2",
     "(AugAssign (Name x Store) ** (Constant 2))"},
    {"x: int = 1",
     "(AnnAssign (Name x Store) (Name int) (Constant 1) simple)"},
    {"x: int",
     "(AnnAssign (Name x Store) (Name int) - simple)"},
    {"(x): int = 1",
     "(AnnAssign (Name x Store) (Name int) (Constant 1))"},
    {"a.b: int",
     "(AnnAssign (Attribute (Name a) b Store) (Name int) -)"},
    {"del a, b[0], c.d",
     "(Delete (Name a Del) (Subscript (Name b) (Constant 0) Del) (Attribute (Name c) d Del))"},
    {"pass",
     "(Pass)"},
    {"assert x, \"msg\"",
     "(Assert (Name x) (Constant 'msg'))"},
    {"import a.b.c as d, e",
     "(Import a.b.c as d e)"},
    {"from . import x",
     "(ImportFrom . x)"},
    {"from ..pkg.mod import (a as b, c,)",
     "(ImportFrom ..pkg.mod a as b c)"},
    {"from m import *",
     "(ImportFrom m *)"},
    {"global a, b",
     "(Global a b)"},
    {"if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
     "(If (Name a) (body (Pass)) (else (If (Name b) (body (Pass)) (else (Pass)))))"},
    {"while x:\n    break\nelse:\n    pass",
     "(While (Name x) (body (Break)) (else (Pass)))"},
    {"for i, j in pairs:\n    pass\nelse:\n    pass",
     "(For (Tuple Store (Name i Store) (Name j Store)) (Name pairs) (body (Pass)) (else (Pass)))"},
    {"async def f():\n    async for x in y:\n        pass",
     "(AsyncFunctionDef f (args) (body (AsyncFor (Name x Store) (Name y) (body (Pass)))))"},
    {"async def f():\n    async with a as b, c:\n        pass",
     "(AsyncFunctionDef f (args) (body (AsyncWith (item (Name a) (Name b Store)) (item (Name c)) (body (Pass)))))"},
    {"with (a as b, c as d,):\n    pass",
     "(With (item (Name a) (Name b Store)) (item (Name c) (Name d Store)) (body (Pass)))"},
    {"with (a, b) as c:\n    pass",
     "(With (item (Tuple (Name a) (Name b)) (Name c Store)) (body (Pass)))"},
    {"with a as (b, c):\n    pass",
     "(With (item (Name a) (Tuple Store (Name b Store) (Name c Store))) (body (Pass)))"},
    {"try:\n    pass\nexcept ValueError as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
     "(Try (body (Pass)) (except (Name ValueError) e (body (Pass))) (except (Tuple (Name A) (Name B)) (body (Pass))) (except - (body (Pass))) (else (Pass)) (finally (Pass)))"},
    {"try:\n    pass\nexcept* ValueError:\n    pass",
     "(TryStar (body (Pass)) (except (Name ValueError) (body (Pass))))"},
    {"try:\n    pass\nfinally:\n    pass",
     "(Try (body (Pass)) (finally (Pass)))"},
    {"@dec\n@dec2(1)\ndef f(a, b: int = 1, /, c=2, *args: str, d, e=3, **kw) -> bool:\n    \"\"\"doc\"\"\"\n    return a",
     "(FunctionDef f (args a b: (Name int) / c (defaults (Constant 1) (Constant 2)) *args: (Name str) d e = (Constant 3) **kw) -> (Name bool) (decorators (Name dec) (Call (Name dec2) (Constant 1))) (body (Expr (Constant 'doc')) (Return (Name a))))"},
    {"class A(B, metaclass=M, **kw):\n    \"\"\"doc\"\"\"\n    x: int = 1\n    def m(self): ...",
     "(ClassDef A (bases (Name B) (kw metaclass (Name M)) (kw ** (Name kw))) (body (Expr (Constant 'doc')) (AnnAssign (Name x Store) (Name int) (Constant 1) simple) (FunctionDef m (args self) (body (Expr (Constant ...))))))"},
    {"raise X from None",
     "(Raise (Name X) from (Constant None))"},
    {"raise",
     "(Raise -)"},
    {"def g():\n    x = yield\n    y = yield from z\n    return",
     "(FunctionDef g (args) (body (Assign (Name x Store) (Yield -)) (Assign (Name y Store) (YieldFrom (Name z))) (Return -)))"},
    {"def f():\n    nonlocal_x = 1\n    def g():\n        nonlocal nonlocal_x",
     "(FunctionDef f (args) (body (Assign (Name nonlocal_x Store) (Constant 1)) (FunctionDef g (args) (body (Nonlocal nonlocal_x)))))"},
    {"x = 1; y = 2;",
     "(Assign (Name x Store) (Constant 1))"},
    {"if x: a; b",
     "(If (Name x) (body (Expr (Name a)) (Expr (Name b))))"},
    {"class A: pass",
     "(ClassDef A (bases) (body (Pass)))"},
    {"print(*args, sep='')",
     "(Call (Name print) (Starred (Name args)) (kw sep (Constant '')))"},
    {"x = yield_ = 1",
     "(Assign (Name x Store) (Name yield_ Store) (Constant 1))"},
};

// The expression in "src" parsed alone (inside an implicit async function, so `await` and
// `yield` are allowed).
std::string expr(std::string_view src) {
  ParseResult r = parse_expression(src);
  if (!r.ok()) return "ERROR " + r.error.message;
  return ast::dump(*r.module->body[0]->as<ast::ExprStmt>().value);
}

}  // namespace

TEST_CASE("expressions parse to the same trees as CPython's") {
  for (const DumpCase& c : kExpressions) {
    std::string src = c.src;
    CAPTURE(src);
    CHECK(expr(c.src) == std::string(c.want));
  }
}

TEST_CASE("statements parse to the same trees as CPython's") {
  for (const DumpCase& c : kStatements) {
    std::string src = c.src;
    CAPTURE(src);
    CHECK(dump_first(c.src) == std::string(c.want));
  }
}

TEST_CASE("operator precedence") {
  SUBCASE("power binds tighter than unary minus on its left") {
    CHECK(expr("-2**2") == "(UnaryOp - (BinOp ** (Constant 2) (Constant 2)))");
  }
  SUBCASE("power is right-associative") {
    CHECK(expr("a**b**c") == "(BinOp ** (Name a) (BinOp ** (Name b) (Name c)))");
  }
  SUBCASE("await binds tighter than power") {
    CHECK(expr("await a ** b") == "(BinOp ** (Await (Name a)) (Name b))");
  }
  SUBCASE("subtraction is left-associative") {
    CHECK(expr("a - b - c") == "(BinOp - (BinOp - (Name a) (Name b)) (Name c))");
  }
  SUBCASE("not binds looser than comparison") {
    CHECK(expr("not a < b") == "(UnaryOp not (Compare (Name a) < (Name b)))");
  }
  SUBCASE("shifts bind looser than addition") {
    CHECK(expr("a << b + c") == "(BinOp << (Name a) (BinOp + (Name b) (Name c)))");
  }
  SUBCASE("bitwise or < xor < and") {
    CHECK(expr("a | b ^ c & d") == "(BinOp | (Name a) (BinOp ^ (Name b) (BinOp & (Name c) (Name d))))");
  }
  SUBCASE("chained comparisons are one Compare node") {
    CHECK(expr("a < b is not c not in d") == "(Compare (Name a) < (Name b) is not (Name c) not in (Name d))");
  }
  SUBCASE("same-operator boolean chains are flattened") {
    CHECK(expr("a and b and c or d") == "(BoolOp or (BoolOp and (Name a) (Name b) (Name c)) (Name d))");
  }
  SUBCASE("conditional expressions are right-nested and bind loosest") {
    CHECK(expr("a if b else c if d else e or f") ==
          "(IfExp (Name b) (Name a) (IfExp (Name d) (Name c) (BoolOp or (Name e) (Name f))))");
  }
}

TEST_CASE("number literals become int, big int and float constants") {
  CHECK(expr("1_000") == "(Constant 1000)");
  CHECK(expr("0x_Ff") == "(Constant 255)");
  CHECK(expr("9223372036854775807") == "(Constant 9223372036854775807)");
  CHECK(expr("9223372036854775808") == "(Constant big10:9223372036854775808)");
  CHECK(expr("0xFFFF_FFFF_FFFF_FFFF_F") == "(Constant big16:fffffffffffffffff)");
  CHECK(expr("0.1") == "(Constant 0.10000000000000001)");
  CHECK(expr("1e400") == "(Constant inf)");
  CHECK(expr("00") == "(Constant 0)");
}

TEST_CASE("string escapes are decoded") {
  CHECK(expr(R"('\x41\101\u00e9\n')") == "(Constant 'AA\xc3\xa9\\n')");
  CHECK(expr(R"(b'\xff\u1234')") == "(Constant b'\\xff\\\\u1234')");
  CHECK(expr(R"(r'\n')") == "(Constant '\\\\n')");
  CHECK(expr("'a\\\nb'") == "(Constant 'ab')");
  SUBCASE("an unknown escape is kept and warned about") {
    ParseResult r = parse_module("x = '\\d'\n", "t.py");
    REQUIRE(r.ok());
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].message == "invalid escape sequence '\\d'");
    CHECK(format_syntax_warning(r.warnings[0], "t.py") ==
          "t.py:1: SyntaxWarning: invalid escape sequence '\\d'\n  x = '\\d'\n");
  }
  SUBCASE("bytes cannot hold non-ASCII characters") {
    CHECK(error_of("x = b'\xc3\xa9'").message == "bytes can only contain ASCII literal characters");
  }
  SUBCASE("bytes and str cannot be concatenated") {
    CHECK(error_of("x = b'a' 'b'").message == "cannot mix bytes and nonbytes literals");
  }
  SUBCASE("\\N{...} knows common character names, in any case") {
    CHECK(expr("'\\N{BULLET}\\N{em dash}\\N{NBSP}'") == "(Constant '\xe2\x80\xa2\xe2\x80\x94\xc2\xa0')");
    CHECK(expr("f'\\N{RIGHTWARDS ARROW} {x}'") == "(JoinedStr (Constant '\xe2\x86\x92 ') (FormattedValue (Name x)))");
  }
  SUBCASE("an unknown \\N{...} name is reported as unsupported") {
    SyntaxErrorInfo e = error_of("x = '\\N{LATIN SMALL LETTER SHARP S}'");
    CHECK(e.unsupported);
    CHECK(e.message.find("\\N{LATIN SMALL LETTER SHARP S} is not supported by loopscope") != std::string::npos);
  }
}

TEST_CASE("f-strings") {
  SUBCASE("debug form with conversion or format spec") {
    CHECK(expr("f'{x=}'") == "(JoinedStr (Constant 'x=') (FormattedValue (Name x) !r))");
    CHECK(expr("f'{x=:>5}'") == "(JoinedStr (Constant 'x=') (FormattedValue (Name x) (JoinedStr (Constant '>5'))))");
    CHECK(expr("f'{x=!s}'") == "(JoinedStr (Constant 'x=') (FormattedValue (Name x) !s))");
  }
  SUBCASE("literal text merges across concatenated pieces and debug text") {
    CHECK(expr("'a' f'b{x}c' 'd' f'{y=}'") ==
          "(JoinedStr (Constant 'ab') (FormattedValue (Name x)) (Constant 'cdy=') (FormattedValue (Name y) !r))");
  }
  SUBCASE("nested replacement fields in the format spec") {
    CHECK(expr("f'{v:{w}.{p}f}'") ==
          "(JoinedStr (FormattedValue (Name v) (JoinedStr (FormattedValue (Name w)) (Constant '.') "
          "(FormattedValue (Name p)) (Constant 'f'))))");
  }
  SUBCASE("walrus-looking spec is a format spec") {
    CHECK(expr("f'{x:=10}'") == "(JoinedStr (FormattedValue (Name x) (JoinedStr (Constant '=10'))))");
  }
  SUBCASE("escapes and doubled braces in the literal parts") {
    CHECK(expr("f'\\t{{{x}}}'") == "(JoinedStr (Constant '\\t{') (FormattedValue (Name x)) (Constant '}'))");
  }
  SUBCASE("an f-string inside a field") {
    CHECK(expr("f'{f\"{x}\"}'") == "(JoinedStr (FormattedValue (JoinedStr (FormattedValue (Name x)))))");
  }
}

TEST_CASE("module and function docstrings are flagged") {
  ParseResult r = parse_module("'''Title\n\nchapter: 1\n'''\nx = 1\ndef f():\n    'doc'\n", "t.py");
  REQUIRE(r.ok());
  CHECK(r.module->has_docstring);
  CHECK(r.module->docstring == "Title\n\nchapter: 1\n");
  const auto& f = r.module->body[2]->as<ast::FunctionDef>();
  CHECK(f.has_docstring);
  ParseResult n = parse_module("x = 1\n'not a docstring'\n", "t.py");
  REQUIRE(n.ok());
  CHECK_FALSE(n.module->has_docstring);
  ParseResult fs = parse_module("f'not {a} docstring'\n", "t.py");
  REQUIRE(fs.ok());
  CHECK_FALSE(fs.module->has_docstring);
}

TEST_CASE("node locations follow CPython (1-based byte columns)") {
  ParseResult r = parse_module("x = foo(1,\n        2)\nasync def f():\n    y = await  g()\n", "t.py");
  REQUIRE(r.ok());
  const auto& assign = r.module->body[0]->as<ast::Assign>();
  CHECK(assign.loc.line == 1);
  CHECK(assign.loc.col == 1);
  CHECK(assign.loc.end_line == 2);
  CHECK(assign.loc.end_col == 11);
  CHECK(assign.value->loc.col == 5);
  SUBCASE("an Await node sits where the awaited expression starts") {
    const auto& f = r.module->body[1]->as<ast::FunctionDef>();
    CHECK(f.loc.line == 3);
    CHECK(f.loc.col == 1);
    const auto& a = f.body[0]->as<ast::Assign>().value->as<ast::Await>();
    CHECK(a.loc.line == 4);
    CHECK(a.loc.col == 16);
    CHECK(a.keyword_col == 9);
    CHECK(a.loc.end_col == 19);
  }
  SUBCASE("a decorated def starts at `def`") {
    ParseResult d = parse_module("@dec\ndef f(): pass\n", "t.py");
    REQUIRE(d.ok());
    CHECK(d.module->body[0]->loc.line == 2);
    CHECK(d.module->body[0]->as<ast::FunctionDef>().def_line == 2);
  }
  SUBCASE("columns count bytes, not characters") {
    ParseResult u = parse_module("s = '\xc3\xa9' + x\n", "t.py");
    REQUIRE(u.ok());
    const auto& b = u.module->body[0]->as<ast::Assign>().value->as<ast::BinOp>();
    CHECK(b.right->loc.col == 12);
  }
}

TEST_CASE("soft keywords stay usable as names") {
  CHECK(dump_first("match = 1") == "(Assign (Name match Store) (Constant 1))");
  CHECK(dump_first("match(x)") == "(Call (Name match) (Name x))");
  CHECK(dump_first("type = 3") == "(Assign (Name type Store) (Constant 3))");
  CHECK(dump_first("case, _ = 1, 2") ==
        "(Assign (Tuple Store (Name case Store) (Name _ Store)) (Tuple (Constant 1) (Constant 2)))");
}

TEST_CASE("a generated 200,000-line file parses") {
  std::string src;
  src.reserve(200000 * 40);
  for (int i = 0; i < 50000; ++i) {
    std::string n = std::to_string(i);
    src += "async def task_" + n + "(x, y=" + n + "):\n";
    src += "    await asyncio.sleep(x * 0.5 + y)\n";
    src += "    print(f\"task {x!r:>8} done\", [i for i in range(3)])\n";
    src += "    return {'k': (x, y), **extra}\n";
  }
  ParseResult r = parse_module(src, "big.py");
  REQUIRE(r.ok());
  CHECK(r.module->body.size() == 50000);
  CHECK(r.module->body.back()->loc.end_line == 200000);
}

TEST_CASE("deep but legal nesting parses") {
  std::string src = "x = " + std::string(150, '(') + "1" + std::string(150, ')') + "\n";
  CHECK(parse_module(src, "t.py").ok());
  std::string minus = "x = " + std::string(100, '-') + "1\n";
  CHECK(parse_module(minus, "t.py").ok());
}

TEST_CASE("a match statement becomes an import, the subject's assignment and an if/elif chain") {
  ParseResult r = parse_module("match cmd:\n"
                               "    case 'quit':\n        pass\n"
                               "    case [x, *rest] if rest:\n        pass\n"
                               "    case _:\n        pass\n",
                               "m.py");
  REQUIRE(r.ok());
  const auto& body = r.module->body;
  REQUIRE(body.size() == 3);
  CHECK(ast::dump(*body[0]) == "(Import _loopscope_match as $match1)");
  CHECK(ast::dump(*body[1]) == "(Assign (Name $match1s Store) (Name cmd))");
  REQUIRE(body[2]->kind == ast::StmtKind::If);
  const auto& first = body[2]->as<ast::If>();
  CHECK(ast::dump(*first.test) == "(Compare (Name $match1s) == (Constant 'quit'))");
  CHECK(first.loc.line == 2);
  REQUIRE(first.orelse.size() == 1);
  const auto& second = first.orelse[0]->as<ast::If>();
  // The sequence helper gives the items (the star's list in its slot); the guard comes last.
  CHECK(ast::dump(*second.test) ==
        "(BoolOp and (BoolOp and (Compare (NamedExpr (Name $match2 Store) (Call (Attribute (Name $match1) sequence) "
        "(Name $match1s) (Constant 1) (Constant 1))) is not (Constant None)) "
        "(Compare (NamedExpr (Name x Store) (Subscript (Name $match2) (Constant 0))) is "
        "(Subscript (Name $match2) (Constant 0))) "
        "(Compare (NamedExpr (Name rest Store) (Subscript (Name $match2) (Constant 1))) is "
        "(Subscript (Name $match2) (Constant 1)))) (Name rest))");
  const auto& last = second.orelse[0]->as<ast::If>();
  CHECK(ast::dump(*last.test) == "(Constant True)");  // the wildcard
  CHECK(last.orelse.empty());
}

TEST_CASE("match statement errors use CPython's words") {
  auto error = [](const char* src) {
    ParseResult r = parse_module(src, "m.py");
    return r.ok() ? std::string("ok") : r.error.message;
  };
  CHECK(error("match v:\n    case x:\n        pass\n    case 1:\n        pass\n") ==
        "name capture 'x' makes remaining patterns unreachable");
  CHECK(error("match v:\n    case _:\n        pass\n    case 1:\n        pass\n") ==
        "wildcard makes remaining patterns unreachable");
  CHECK(error("match v:\n    case [*a, *b]:\n        pass\n") == "multiple starred names in sequence pattern");
  CHECK(error("match v:\n    case P(x=1, 2):\n        pass\n") == "positional patterns follow keyword patterns");
  CHECK(error("match v:\n    case f'x':\n        pass\n") == "patterns may only match literals and attribute lookups");
  CHECK(error("match v:\n    case {**r, 'a': 1}:\n        pass\n") == "invalid syntax");
  CHECK(error("match v:\n    case (1 | 2) as _:\n        pass\n") == "cannot use '_' as a target");
  CHECK(error("match v:\n    case 1 | x:\n        pass\n") == "ok");
}
