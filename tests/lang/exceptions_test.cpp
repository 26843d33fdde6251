// Exceptions: chaining, groups, except*, finally/with unwinding, and message wording.
#include <doctest/doctest.h>

#include "tests/lang/lang_test_util.h"

using ls::lang::test::run;

TEST_CASE("implicit chaining prints 'During handling of the above exception'") {
  auto r = run("try:\n    1/0\nexcept ZeroDivisionError:\n    raise KeyError('k')\n");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("ZeroDivisionError: division by zero\n\nDuring handling of the above exception, another exception "
                   "occurred:\n\nTraceback (most recent call last):") != std::string::npos);
  CHECK(r.last_err_line() == "KeyError: 'k'");
}

TEST_CASE("explicit chaining sets __cause__ and prints 'direct cause'") {
  auto r = run("try:\n    raise ValueError('a')\nexcept ValueError as e:\n    raise RuntimeError('b') from e\n");
  CHECK(r.err.find("The above exception was the direct cause of the following exception:") != std::string::npos);
  auto r2 = run("try:\n    raise ValueError('a')\nexcept ValueError as e:\n    x = RuntimeError('b')\n    x.__cause__ = e\n"
                "    print(x.__cause__ is e, x.__suppress_context__)\n");
  CHECK(r2.out == "True True\n");
}

TEST_CASE("finally runs on return, break and exceptions") {
  auto r = run(
      "def f():\n    try:\n        return 1\n    finally:\n        print('fin')\n"
      "print(f())\n"
      "for i in range(3):\n    try:\n        break\n    finally:\n        print('loop fin')\n"
      "try:\n    try:\n        raise ValueError\n    finally:\n        print('inner')\nexcept ValueError:\n    print('outer')\n");
  CHECK(r.out == "fin\n1\nloop fin\ninner\nouter\n");
}

TEST_CASE("with statements call __exit__ and may suppress") {
  auto r = run(
      "class M:\n    def __enter__(self): print('enter'); return 5\n"
      "    def __exit__(self, t, e, tb): print('exit', t.__name__ if t else None); return True\n"
      "with M() as v:\n    print(v)\n    raise KeyError\nprint('after')\n");
  CHECK(r.out == "enter\n5\nexit KeyError\nafter\n");
}

TEST_CASE("exception groups split with except*") {
  auto r = run(
      "try:\n    raise ExceptionGroup('eg', [ValueError(1), TypeError(2), ValueError(3)])\n"
      "except* ValueError as g:\n    print('values', len(g.exceptions))\n"
      "except* TypeError as g:\n    print('types', repr(g.exceptions[0]))\n");
  CHECK(r.out == "values 2\ntypes TypeError(2)\n");
}

TEST_CASE("errors.def messages match CPython") {
  CHECK(run("x\n").last_err_line() == "NameError: name 'x' is not defined");
  CHECK(run("def f():\n    y = y + 1\nf()\n").last_err_line() ==
        "UnboundLocalError: cannot access local variable 'y' where it is not associated with a value");
  CHECK(run("1 + 'a'\n").last_err_line() == "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  CHECK(run("5()\n").last_err_line() == "TypeError: 'int' object is not callable");
  CHECK(run("None[0]\n").last_err_line() == "TypeError: 'NoneType' object is not subscriptable");
  CHECK(run("class Order: pass\nOrder().total\n").last_err_line() == "AttributeError: 'Order' object has no attribute 'total'");
  CHECK(run("'a' + 1\n").last_err_line() == "TypeError: can only concatenate str (not \"int\") to str");
}

TEST_CASE("nested exception groups print in CPython's layout: indented boxes, each closed once") {
  auto r = run("g = ExceptionGroup('top', [ExceptionGroup('a', [ValueError(1), ExceptionGroup('b', [KeyError(2)])]),"
               " TypeError(3)])\nraise g\n");
  CHECK(r.exit_code == 1);
  const char* expected =
      "  | ExceptionGroup: top (2 sub-exceptions)\n"
      "  +-+---------------- 1 ----------------\n"
      "    | ExceptionGroup: a (2 sub-exceptions)\n"
      "    +-+---------------- 1 ----------------\n"
      "      | ValueError: 1\n"
      "      +---------------- 2 ----------------\n"
      "      | ExceptionGroup: b (1 sub-exception)\n"
      "      +-+---------------- 1 ----------------\n"
      "        | KeyError: 2\n"
      "        +------------------------------------\n"
      "    +---------------- 2 ----------------\n"
      "    | TypeError: 3\n"
      "    +------------------------------------\n";
  CHECK(r.err.substr(r.err.find("  | ExceptionGroup: top")) == expected);
}

TEST_CASE("an exception shown once in a group's printout is not shown again as a cause") {
  auto r = run("try:\n    raise KeyError('a')\nexcept KeyError as e:\n    inner = ExceptionGroup('inner', [ValueError(1)])\n"
               "    inner.__cause__ = e\ng = ExceptionGroup('top', [inner, ExceptionGroup('again', [TypeError(2)])])\n"
               "g.exceptions[1].__cause__ = inner.__cause__\nraise g\n");
  size_t first = r.err.find("KeyError: 'a'");
  CHECK(first != std::string::npos);
  CHECK(r.err.find("KeyError: 'a'", first + 1) == std::string::npos);
}
