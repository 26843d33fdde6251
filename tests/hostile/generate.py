#!/usr/bin/env python3
"""Writes the hostile cases that are too big (or too binary) to commit, with their expectations.

    generate.py OUTDIR

Each case is CASE.py plus CASE.expected (stdout in the oracle's --timestamps format) and
CASE.expected-exit (exit code, then the last stderr line when the code is not 0), the same
format as the committed cases in tests/hostile/cases. The expectations are written here by
hand: what CPython 3.12 prints where it is a fair judge, loopscope's budget messages where not.
"""
import os
import sys

T = "[    0.000] "  # the --timestamps prefix of output printed at virtual time 0

# name -> (source bytes, expected stdout, exit code, last stderr line or None, flags)
CASES = {}


def case(name, source, out="", code=0, last=None, flags=""):
    if isinstance(source, str):
        source = source.encode("utf-8")
    CASES[name] = (source, out, code, last, flags)


def lines(*items):
    return "".join(T + i + "\n" for i in items)


# ---- huge files ---------------------------------------------------------------------------
case("huge_200k_lines",
     "".join(f"v{i % 100} = {i}\n" for i in range(200_000)) + "print(v99, v0)\n",
     lines("199999 199900"))
# ~10 MB: 160,000 lines of 64 bytes, each a string assignment with a comment.
case("huge_10mb_source",
     "".join(f"s = '{'x' * 40}'  # line {i:09d}\n" for i in range(160_000)) + "print(len(s))\n",
     lines("40"))
case("huge_one_line_string",
     "s = '" + "y" * 10_000_000 + "'\nprint(len(s))\n", lines("10000000"))
case("huge_list_literal",
     "xs = [" + ",".join(str(i) for i in range(500_000)) + "]\nprint(len(xs), xs[-1])\n",
     lines("500000 499999"))
case("huge_many_call_args",
     "def f(*a):\n    return len(a)\nprint(f(" + "1," * 100_000 + "))\n", lines("100000"))
case("huge_only_comments", "".join(f"# comment {i}\n" for i in range(100_000)), "")
case("huge_blank_lines", "\n" * 200_000 + "print('end')\n", lines("end"))
case("empty_file", "", "")
case("only_whitespace", "   \n\t\n  \n", "")

# ---- bytes that are not Python ------------------------------------------------------------
case("nul_bytes", b"print('a')\n\x00print('b')\n", "", 1,
     "SyntaxError: source code cannot contain null bytes")
case("nul_in_string", b"s = 'a\x00b'\nprint(len(s))\n", "", 1,
     "SyntaxError: source code cannot contain null bytes")
case("non_utf8", b"print('caf\xe9')\n", "", 1,
     "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file {path} on line 1, but no encoding "
     "declared; see https://peps.python.org/pep-0263/ for details")
case("non_utf8_comment_line_5", b"x = 1\n\n\n\n# \xff\xfe\nprint(x)\n", "", 1,
     "SyntaxError: Non-UTF-8 code starting with '\\xff' in file {path} on line 5, but no encoding "
     "declared; see https://peps.python.org/pep-0263/ for details")
case("random_binary", bytes((i * 131 + 7) % 256 for i in range(4096)), "", 1,
     r"re:SyntaxError: Non-UTF-8 code starting with '\\x[0-9a-f]{2}' in file .* on line \d+, .*")

# ---- deep nesting of every construct ------------------------------------------------------
case("nested_parens_5000", "x = " + "(" * 5000 + "1" + ")" * 5000 + "\nprint(x)\n", "", 1,
     "SyntaxError: too many nested parentheses")
case("nested_lists_5000", "x = " + "[" * 5000 + "]" * 5000 + "\nprint(x)\n", "", 1,
     "SyntaxError: too many nested parentheses")
case("nested_mixed_5000", "x = " + "([{" * 1700 + "}])" * 1700 + "\n", "", 1,
     "SyntaxError: too many nested parentheses")
case("unclosed_parens_5000", "x = " + "(" * 5000 + "\n", "", 1,
     "SyntaxError: too many nested parentheses")
case("nested_parens_150", "x = " + "(" * 150 + "1" + ")" * 150 + "\nprint(x)\n", lines("1"))
case("blocks_99_deep",
     "".join(" " * i + "if True:\n" for i in range(99)) + " " * 99 + "print('deep')\n",
     lines("deep"))
case("blocks_100_deep",
     "".join(" " * i + "if True:\n" for i in range(100)) + " " * 100 + "print('deep')\n", "", 1,
     "IndentationError: too many levels of indentation")
case("blocks_1000_deep",
     "".join(" " * i + "while True:\n" for i in range(1000)) + " " * 1000 + "pass\n", "", 1,
     "IndentationError: too many levels of indentation")
case("defs_100_deep",
     "".join(" " * i + f"def f{i}():\n" for i in range(100)) + " " * 100 + "pass\n", "", 1,
     "IndentationError: too many levels of indentation")
case("lambdas_50", "f = " + "lambda: " * 50 + "7\nfor _ in range(50):\n    f = f()\nprint(f)\n",
     lines("7"))
case("lambdas_10000", "f = " + "lambda: " * 10_000 + "7\nprint('parsed')\n", "", 1,
     "SyntaxError: too many nested parentheses")
case("not_100000", "x = " + "not " * 100_000 + "True\nprint(x)\n", "", 1,
     "SyntaxError: too many nested parentheses")
case("unary_minus_100000", "x = " + "-" * 100_000 + "1\nprint(x)\n", "", 1,
     "SyntaxError: too many nested parentheses")
# CPython fails these with "RecursionError: maximum recursion depth exceeded during compilation".
CHAIN = "SyntaxError: an expression with more than 5000 chained operations is not supported by loopscope"
case("binop_chain_100000", "x = " + "1 + " * 100_000 + "1\nprint(x)\n", "", 1, CHAIN)
case("binop_chain_4000", "x = " + "1 + " * 4000 + "1\nprint(x)\n", lines("4001"))
case("attribute_chain_100000", "x = None" + ".a" * 100_000 + "\n", "", 1, CHAIN)
case("call_chain_100000", "f = lambda: f\nx = f" + "()" * 100_000 + "\nprint(x is f)\n", "", 1, CHAIN)
case("fstring_nested_deep", "x = " + "f'{" * 200 + "1" + "}'" * 200 + "\nprint(x)\n", "", 1,
     "SyntaxError: too many nested f-strings")
case("fstring_nested_10", "x = " + "".join(f"f{q}{{" for q in ["'", '"'] * 2) + "1" +
     "".join(f"}}{q}" for q in ['"', "'"] * 2) + "\nprint(x)\n", lines("1"))
case("comprehension_nested_100",
     "x = " + "[" * 100 + "0" + " for _ in [0]]" * 100 + "\nprint('built')\n", lines("built"))
case("comprehension_nested_1000",
     "x = " + "[" * 1000 + "0" + " for _ in [0]]" * 1000 + "\nprint('built')\n", "", 1,
     "SyntaxError: too many nested parentheses")
case("comprehension_500_fors",
     "x = [0 " + "for _ in [0] " * 500 + "]\nprint(x)\n", lines("[0]"))
case("elif_chain_20000",
     "x = 19999\nif x == -1:\n    pass\n" + "".join(f"elif x == {i}:\n    print({i})\n" for i in range(20_000)),
     "", 1, "SyntaxError: an if statement with more than 5000 elif branches is not supported by loopscope")
case("match_cases_20000",
     "x = 19999\nmatch x:\n" + "".join(f"    case {i}:\n        print({i})\n" for i in range(20_000)),
     "", 1, "SyntaxError: a match statement with more than 5000 cases is not supported by loopscope")
case("match_cases_4000",
     "x = 3999\nmatch x:\n" + "".join(f"    case {i}:\n        print({i})\n" for i in range(4000)),
     lines("3999"))
case("match_pattern_nested_deep", "x = 1\nmatch x:\n    case " + "[" * 300 + "]" * 300 + ":\n        pass\n",
     "", 1, "SyntaxError: too many nested parentheses")
case("elif_chain_4000",
     "x = 3999\nif x == -1:\n    pass\n" + "".join(f"elif x == {i}:\n    print({i})\n" for i in range(4000)),
     lines("3999"))
case("try_nested_99",
     "".join(" " * i + "try:\n" for i in range(99)) + " " * 99 + "raise ValueError('deep')\n" +
     "".join(" " * (98 - i) + "finally:\n" + " " * (99 - i) + "pass\n" for i in range(99)), "", 1,
     "SyntaxError: too many statically nested blocks")
case("dict_nested_5000", "x = " + "{1: " * 5000 + "1" + "}" * 5000 + "\n", "", 1,
     "SyntaxError: too many nested parentheses")
case("string_concat_100000", "s = " + "'a' " * 100_000 + "\nprint(len(s))\n", lines("100000"))
case("tuple_unpack_100000", "(" + "a, " * 100_000 + ") = range(100000)\nprint(a)\n", lines("99999"))


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, (source, expected, code, last, flags) in CASES.items():
        path = os.path.join(out, name + ".py")
        with open(path, "wb") as f:
            f.write(source)
        with open(os.path.join(out, name + ".expected"), "w") as f:
            f.write(expected)
        with open(os.path.join(out, name + ".expected-exit"), "w") as f:
            f.write(f"{code}\n" + (last.replace("{path}", os.path.abspath(path)) + "\n" if last else ""))
        if flags:
            with open(os.path.join(out, name + ".flags"), "w") as f:
                f.write(flags + "\n")
    print(f"wrote {len(CASES)} cases to {out}")


if __name__ == "__main__":
    main()
