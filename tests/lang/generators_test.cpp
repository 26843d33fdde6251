// Generators and coroutines driven from C++ (gen_send/gen_throw/gen_close) and from Python.
#include <doctest/doctest.h>

#include "engine/lang/exceptions.h"
#include "engine/lang/protocol.h"
#include "engine/lang/runtime.h"
#include "engine/lang/str_object.h"
#include "engine/lang/vm.h"
#include "tests/lang/lang_test_util.h"

using namespace ls::lang;
using ls::lang::test::run;

namespace {
// drive(gen): sends 10, then throws KeyError, reporting each outcome on stdout.
Value drive(CallArgs& a) {
  auto* g = a[0].as<GeneratorObject>();
  Value out;
  std::string log;
  bool y = gen_send(g, Value::none(), out);
  log += "first " + std::string(y ? "yield " : "return ") + repr_string(out) + "\n";
  y = gen_send(g, Value::integer(10), out);
  log += "send " + std::string(y ? "yield " : "return ") + repr_string(out) + "\n";
  Value awaited = g->awaiting();
  log += "awaiting " + (awaited.is_null() ? std::string("nothing") : type_of(awaited)->m_name) + "\n";
  try {
    y = gen_throw(g, new_exception(g_KeyError, "boom"), out);
    log += "throw " + std::string(y ? "yield " : "return ") + repr_string(out) + "\n";
  } catch (PyException& e) {
    log += "raised " + exception_line(e.m_exc) + "\n";
  }
  gen_close(g);
  log += std::string("finished ") + (g->finished() ? "yes" : "no") + "\n";
  write_stdout(log);
  return Value::none();
}
struct Register {
  Register() { add_extra_builtin("drive", drive); }
} g_register;
}  // namespace

TEST_CASE("a generator is resumed, thrown into and closed from C++") {
  auto r = run(
      "def g():\n    x = yield 1\n    print('got', x)\n    try:\n        yield 2\n    except KeyError as e:\n"
      "        print('caught', e)\n        yield 3\n    finally:\n        print('cleanup')\n"
      "drive(g())\n");
  CHECK(r.err == "");
  // The generator prints while it runs; drive() prints its log at the end.
  CHECK(r.out == "got 10\ncaught 'boom'\ncleanup\nfirst yield 1\nsend yield 2\nawaiting nothing\nthrow yield 3\nfinished yes\n");
}

TEST_CASE("a coroutine suspended in await exposes what it awaits") {
  auto r = run(
      "class Fut:\n    def __await__(self):\n        v = yield 'waiting'\n        return v\n"
      "async def inner():\n    r = await Fut()\n    return r\n"
      "async def outer():\n    v = await inner()\n    print('inner gave', v)\n    await Fut()\n"
      "drive(outer())\n");
  CHECK(r.out.find("first yield 'waiting'\n") != std::string::npos);
  CHECK(r.out.find("inner gave 10\n") != std::string::npos);
  CHECK(r.out.find("awaiting generator\n") != std::string::npos);
  CHECK(r.out.find("raised KeyError: 'boom'\n") != std::string::npos);
}

TEST_CASE("generator protocol errors use CPython's wording") {
  auto r = run(
      "def g():\n    yield 1\n    raise StopIteration\n"
      "it = g(); next(it)\ntry:\n    next(it)\nexcept RuntimeError as e:\n    print(e, type(e.__cause__).__name__)\n"
      "async def c():\n    return 5\n"
      "co = c()\ntry:\n    co.send(None)\nexcept StopIteration as s:\n    print('value', s.value)\n"
      "try:\n    co.send(None)\nexcept RuntimeError as e:\n    print(e)\n"
      "def h():\n    try:\n        yield 1\n    except GeneratorExit:\n        yield 2\n"
      "x = h(); next(x)\ntry:\n    x.close()\nexcept RuntimeError as e:\n    print(e)\n");
  CHECK(r.out ==
        "generator raised StopIteration StopIteration\nvalue 5\ncannot reuse already awaited coroutine\n"
        "generator ignored GeneratorExit\n");
}

TEST_CASE("yield from delegates send and returns the sub-generator's value") {
  auto r = run(
      "def sub():\n    a = yield 'x'\n    return a * 2\n"
      "def top():\n    r = yield from sub()\n    yield r\n"
      "t = top()\nprint(next(t), t.send(21))\n");
  CHECK(r.out == "x 42\n");
}

TEST_CASE("async generators run under async for and aclose") {
  auto r = run(
      "import asyncio\n"
      "async def agen():\n    try:\n        for i in range(3):\n            await asyncio.sleep(0)\n            yield i\n"
      "    finally:\n        print('agen closed')\n"
      "async def main():\n    async for v in agen():\n        print(v)\n"
      "    g = agen()\n    print(await g.__anext__())\n    await g.aclose()\n"
      "    print([v async for v in agen()])\n"
      "asyncio.run(main())\n");
  CHECK(r.err == "");
  CHECK(r.out == "0\n1\n2\nagen closed\n0\nagen closed\nagen closed\n[0, 1, 2]\n");
}

TEST_CASE("a coroutine that is never awaited warns when it dies") {
  auto r = run("async def work():\n    pass\nwork()\nprint('after')\n");
  CHECK(r.out == "after\n");
  CHECK(r.err.find("RuntimeWarning: coroutine 'work' was never awaited") != std::string::npos);
}

TEST_CASE("the never-awaited warning is shown once per line and coroutine, like the warnings module") {
  auto r = run("async def work():\n    pass\nasync def other():\n    pass\n"
               "for i in range(3):\n    work()\n    other()\n"
               "def f():\n    work()\nf()\nf()\n");
  auto count = [&](const std::string& s) {
    size_t n = 0;
    for (size_t p = r.err.find(s); p != std::string::npos; p = r.err.find(s, p + 1)) ++n;
    return n;
  };
  CHECK(count("coroutine 'work' was never awaited") == 2);   // lines 6 and 9
  CHECK(count("coroutine 'other' was never awaited") == 1);
  CHECK(count("Enable tracemalloc") == 3);
}
