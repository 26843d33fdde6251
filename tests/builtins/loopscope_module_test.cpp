// The sandbox's missing builtins and the _loopscope module (expectations written by hand: CPython has neither).
#include "tests/builtins/run_program.h"

using ls::test::check_program;
using ls::test::run_program;

TEST_CASE("sandboxed builtins such as open and eval are not defined") {
  check_program(R"py(
try:
    open('x')
except NameError as e:
    print(e)
try:
    eval('1')
except NameError as e:
    print(e)
try:
    exec('x = 1')
except NameError as e:
    print(e)
try:
    input()
except NameError as e:
    print(e)
try:
    compile('1', 'f', 'eval')
except NameError as e:
    print(e)
)py",
                "name 'open' is not defined\n"
                "name 'eval' is not defined\n"
                "name 'exec' is not defined\n"
                "name 'input' is not defined\n"
                "name 'compile' is not defined\n");
}

TEST_CASE("_loopscope clock functions move virtual time forward only") {
  check_program(R"py(
import _loopscope, time
print(_loopscope.time(), _loopscope.max_time())
_loopscope.set_time(2.5)
_loopscope.set_time(1.0)
print(_loopscope.time(), time.monotonic(), time.time())
)py",
                "0.0 3600.0\n2.5 2.5 1700000002.5\n");
}

TEST_CASE("_loopscope.run_in_worker runs the function on its own timeline") {
  check_program(R"py(
import _loopscope, time
def work(a, b=0):
    time.sleep(2)
    return a + b, time.monotonic()
def fail():
    time.sleep(0.5)
    raise ValueError('bad')
print(_loopscope.run_in_worker(work, (1,), {'b': 2}))
ok, exc, elapsed = _loopscope.run_in_worker(fail, (), {})
print(ok, repr(exc), elapsed, time.monotonic())
)py",
                "(True, (3, 2.0), 2.0)\nFalse ValueError('bad') 0.5 0.0\n");
}

TEST_CASE("_loopscope recognises coroutines and coroutine functions") {
  check_program(R"py(
import _loopscope
async def main(): pass
async def agen(): yield 1
def plain(): pass
class K:
    async def m(self): pass
c = main()
print(_loopscope.iscoroutinefunction(main), _loopscope.iscoroutinefunction(plain),
      _loopscope.iscoroutinefunction(agen), _loopscope.iscoroutinefunction(K().m))
print(_loopscope.iscoroutine(c), _loopscope.iscoroutine(main), _loopscope.isasyncgen(agen()))
print(_loopscope.coro_name(c), _loopscope.coro_name(5), _loopscope.coro_where(c))
c.close()
)py",
                "True False False True\nTrue False True\nmain ? main:3\n");
}

TEST_CASE("_loopscope.weak does not keep its target alive") {
  check_program(R"py(
import _loopscope
async def agen():
    yield 1
g = agen()
w = _loopscope.weak(g)
print(w() is g)
del g
print(w())
)py",
                "True\nNone\n");
}

TEST_CASE("time.sleep past the time limit stops the run with exit code 4") {
  auto r = run_program("import time\nprint('before')\ntime.sleep(4000)\nprint('after')\n");
  CHECK(r.exit_code == 4);
  CHECK(r.out == "before\n");
  CHECK(r.err.find("TimeLimitError: virtual time passed 3600 seconds") != std::string::npos);
}
