// VM behaviour: whole programs run from source text, checked against CPython 3.12's output.
#include <doctest/doctest.h>

#include "engine/lang/object.h"
#include "tests/lang/lang_test_util.h"

using ls::lang::test::run;

TEST_CASE("arithmetic on ints overflows into big ints and floats print like CPython") {
  auto r = run("print(2**64, 7 // 2, -7 // 2, 7 % -3, 1/3, 10**20 + 1, 0.1 + 0.2)\n");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "18446744073709551616 3 -4 -2 0.3333333333333333 100000000000000000001 0.30000000000000004\n");
}

TEST_CASE("recursive functions run without growing the C++ stack") {
  auto r = run("def fib(n):\n    return n if n < 2 else fib(n-1) + fib(n-2)\nprint(fib(20))\n"
               "def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\nprint(depth(900))\n");
  CHECK(r.out == "6765\n900\n");
}

TEST_CASE("runaway recursion raises RecursionError at the configured limit") {
  auto r = run("def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(e)\n");
  CHECK(r.out == "maximum recursion depth exceeded\n");
}

TEST_CASE("closures, nonlocal and comprehensions share cells") {
  auto r = run(
      "def counter():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\n"
      "c = counter()\nc(); c()\nprint(c(), [x * x for x in range(5) if x % 2], {k: v for k, v in [(1, 2)]})\n");
  CHECK(r.out == "3 [1, 9] {1: 2}\n");
}

TEST_CASE("call errors use CPython's wording") {
  SUBCASE("too many positional") {
    auto r = run("def f(a, b):\n    pass\nf(1, 2, 3)\n");
    CHECK(r.exit_code == 1);
    CHECK(r.last_err_line() == "TypeError: f() takes 2 positional arguments but 3 were given");
  }
  SUBCASE("missing") {
    auto r = run("def f(a, b):\n    pass\nf(1)\n");
    CHECK(r.last_err_line() == "TypeError: f() missing 1 required positional argument: 'b'");
  }
  SUBCASE("unexpected keyword") {
    auto r = run("def f(a):\n    pass\nf(1, z=2)\n");
    CHECK(r.last_err_line() == "TypeError: f() got an unexpected keyword argument 'z'");
  }
  SUBCASE("multiple values") {
    auto r = run("def f(a):\n    pass\nf(1, a=2)\n");
    CHECK(r.last_err_line() == "TypeError: f() got multiple values for argument 'a'");
  }
}

TEST_CASE("classes: MRO, super(), properties, class and static methods") {
  auto r = run(
      "class A:\n    def who(self): return 'A'\n"
      "class B(A):\n    def who(self): return 'B' + super().who()\n"
      "class C(A):\n    def who(self): return 'C' + super().who()\n"
      "class D(B, C):\n    def who(self): return 'D' + super().who()\n"
      "    @property\n    def p(self): return 42\n"
      "    @classmethod\n    def k(cls): return cls.__name__\n"
      "    @staticmethod\n    def s(x): return x * 2\n"
      "d = D()\nprint(d.who(), [c.__name__ for c in D.__mro__], d.p, D.k(), d.s(4))\n");
  CHECK(r.out == "DBCA ['D', 'B', 'C', 'A', 'object'] 42 D 8\n");
}

TEST_CASE("operator dunders and reflected operators") {
  auto r = run(
      "class V:\n    def __init__(self, x): self.x = x\n"
      "    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))\n"
      "    def __radd__(self, o): return V(self.x + o)\n"
      "    def __eq__(self, o): return isinstance(o, V) and o.x == self.x\n"
      "    def __repr__(self): return f'V({self.x})'\n"
      "print(V(1) + V(2), 5 + V(1), V(3) == V(3), V(3) != V(4))\n");
  CHECK(r.out == "V(3) V(6) True True\n");
}

TEST_CASE("subclassing builtins keeps the builtin payload") {
  auto r = run(
      "class Stack(list):\n    def peek(self): return self[-1]\n"
      "class D(dict):\n    def __missing__(self, k): return k * 2\n"
      "s = Stack([1, 2]); s.append(3)\nd = D(a=1)\nprint(s.peek(), len(s), d['a'], d['zz'], isinstance(s, list))\n");
  CHECK(r.out == "3 3 1 zzzz True\n");
}

TEST_CASE("uncaught exceptions print a CPython traceback and exit 1") {
  auto r = run("def f():\n    raise ValueError('bad')\nf()\n");
  CHECK(r.exit_code == 1);
  CHECK(r.err ==
        "Traceback (most recent call last):\n"
        "  File \"prog.py\", line 3, in <module>\n    f()\n"
        "  File \"prog.py\", line 2, in f\n    raise ValueError('bad')\n"
        "ValueError: bad\n");
}

TEST_CASE("sys.exit sets the exit code") {
  CHECK(run("import sys\nsys.exit(4)\n").exit_code == 4);
  auto r = run("import sys\nsys.exit('bye')\n");
  CHECK(r.exit_code == 1);
  CHECK(r.err == "bye\n");
}

TEST_CASE("imports: missing modules are named") {
  auto r = run("import os\n");
  CHECK(r.last_err_line() == "ModuleNotFoundError: module 'os' is not available in loopscope");
  auto r2 = run("import not_a_module\n");
  CHECK(r2.last_err_line() == "ModuleNotFoundError: No module named 'not_a_module'");
}

TEST_CASE("MemoryError is raised before a huge allocation") {
  auto r = run("try:\n    x = [0] * 10**10\nexcept MemoryError:\n    print('no memory')\n");
  CHECK(r.out == "no memory\n");
}

TEST_CASE("a MemoryError found between instructions names the line of the loop that grew") {
  ls::lang::RunOptions o;
  o.max_memory = 32u << 20;
  auto r = run("table = {}\ni = 0\nprint('growing')\nwhile True:\n    table[i] = i\n    i += 1\n", o);
  CHECK(r.exit_code == 1);
  CHECK(r.last_err_line() == "MemoryError");
  bool in_loop = r.err.find(", line 5, in <module>") != std::string::npos ||
                 r.err.find(", line 6, in <module>") != std::string::npos;
  CHECK(in_loop);
  CHECK(r.err.find("print('growing')") == std::string::npos);
}

TEST_CASE("a task step that never awaits is stopped by the step budget") {
  ls::lang::RunOptions o;
  o.step_budget = 100000;
  auto r = run("import asyncio\nasync def spin():\n    while True:\n        pass\n"
               "async def main():\n    asyncio.create_task(spin())\n    await asyncio.sleep(1)\nasyncio.run(main())\n",
               o);
  CHECK(r.exit_code == 5);
  CHECK(r.err.find("BlockedLoopError: Task-2 ran 100000 instructions without awaiting") == 0);
}

TEST_CASE("budgets stop every shape of endless work, though only loops and calls are checked") {
  // Outside a recording the loop checks its budgets at backward jumps and calls (vm.cpp,
  // run_frame_loop): each shape below must still be stopped, and named at a line of the loop.
  ls::lang::RunOptions o;
  o.step_budget = 200000;
  SUBCASE("recursion without any loop") {
    auto r = run("import asyncio\ndef fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
                 "async def main():\n    fib(40)\nasyncio.run(main())\n",
                 o);
    CHECK(r.exit_code == 5);
    CHECK(r.err.find("BlockedLoopError: Task-1 ran 200000 instructions without awaiting (line 3)") == 0);
  }
  SUBCASE("a comprehension whose filter never passes") {
    auto r = run("import asyncio, itertools\nasync def main():\n    return [x for x in itertools.count() if x < 0]\n"
                 "asyncio.run(main())\n",
                 o);
    CHECK(r.exit_code == 5);
    CHECK(r.err.find("(line 3): the event loop is blocked") != std::string::npos);
  }
  SUBCASE("a loop that only continues") {
    auto r = run("import asyncio\nasync def main():\n    i = 0\n    while True:\n        i += 1\n        continue\n"
                 "asyncio.run(main())\n",
                 o);
    CHECK(r.exit_code == 5);
    CHECK(r.err.find("(line 5): the event loop is blocked") != std::string::npos);
  }
  SUBCASE("the whole-program budget, at module level") {
    ls::lang::RunOptions m;
    m.max_instructions = 1000000;
    auto r = run("def f(x):\n    return x + 1\nn = 0\nwhile True:\n    n = f(n)\n", m);
    CHECK(r.exit_code == 6);
    CHECK(r.last_err_line() == "InstructionLimitError: the program ran more than 1000000 instructions");
  }
}

TEST_CASE("timestamps prefix each line with the virtual time of its first character") {
  ls::lang::RunOptions o;
  o.timestamps = true;
  auto r = run("import time\nprint('a', end='')\ntime.sleep(1.5)\nprint('b')\nprint('c')\n", o);
  CHECK(r.out == "[    0.000] ab\n[    1.500] c\n");
}

TEST_CASE("a run that stops at a syntax error restores the memory accounting like any other run") {
  bool before = ls::lang::set_count_memory(false);
  auto r = run("x = (\n");
  CHECK(r.exit_code == 1);
  CHECK(r.last_err_line() == "SyntaxError: '(' was never closed");
  CHECK(ls::lang::set_count_memory(before) == false);  // counting is off again, as before the run
  CHECK(ls::lang::g_memory_limit == std::size_t(-1));   // and no memory cap is left behind
}

TEST_CASE("attribute caches follow class changes made while a loop runs") {
  auto r = run(
      "class P:\n    def __init__(self): self.x = 1\n    def m(self): return 'm'\n"
      "def use(o): return o.x, o.m()\n"
      "p = P()\nout = [use(p)]\n"
      "P.x = property(lambda self: 'prop')\nout.append(use(p))\n"
      "p.m = lambda: 'own'\nout.append(use(p))\n"
      "del P.x\nP.m = lambda self: 'new'\ndel p.m\nout.append(use(p))\n"
      "print(out)\n");
  CHECK(r.out == "[(1, 'm'), ('prop', 'm'), ('prop', 'own'), (1, 'new')]\n");
}
