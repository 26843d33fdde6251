// The event loop itself (engine/aio/base_events.py on the VM): run_once ordering, timer ties,
// clock jumps, handle cancellation, deadlock and time-limit stops. Expected outputs were
// printed by CPython 3.12 under the conformance oracle's virtual clock.
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "tests/lang/lang_test_util.h"

using ls::lang::test::run;

TEST_CASE("one pass runs exactly the handles that were ready when it began, due timers after them") {
  auto r = run(R"(import asyncio
loop = asyncio.new_event_loop()
order = []
loop.call_later(0, order.append, "later0")
loop.call_soon(order.append, "soon1")
def chain():
    order.append("chain")
    loop.call_soon(order.append, "queued-by-chain")
loop.call_soon(chain)
loop.call_soon(order.append, "soon2")
loop.call_later(1, loop.stop)
loop.run_forever()
print(order)
)");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "['soon1', 'chain', 'soon2', 'later0', 'queued-by-chain']\n");
}

TEST_CASE("timers fire by (deadline, creation order) with IEEE deadlines") {
  auto r = run(R"(import asyncio
loop = asyncio.new_event_loop()
fired = []
t0 = loop.time()
for name, d in [("c", 2.0), ("a", 1.0), ("b", 1.0), ("d", 0.1 + 0.2), ("e", 0.3)]:
    loop.call_later(d, lambda n=name: fired.append((n, round(loop.time() - t0, 6))))
loop.call_later(3, loop.stop)
loop.run_forever()
print(fired)
)");
  CHECK(r.out == "[('e', 0.3), ('d', 0.3), ('a', 1.0), ('b', 1.0), ('c', 2.0)]\n");
}

TEST_CASE("cancelled handles are skipped and the idle clock jumps straight to the next timer") {
  auto r = run(R"(import asyncio, time
loop = asyncio.new_event_loop()
log = []
h1 = loop.call_soon(log.append, "cancelled soon")
h2 = loop.call_later(5, log.append, "cancelled timer")
loop.call_soon(log.append, "kept")
h1.cancel(); h2.cancel()
print(h1.cancelled(), h2.cancelled())
loop.call_later(10, loop.stop)
start = time.monotonic()
loop.run_forever()
print(log, time.monotonic() - start, loop.time())
)");
  CHECK(r.out == "True True\n['kept'] 10.0 10.0\n");
}

TEST_CASE("sleep(0) requeues a task behind the tasks already ready") {
  ls::lang::RunOptions o;
  o.steps_path = "base_events_test.steps";
  auto r = run(R"(import asyncio
async def worker(name, delay):
    print(name, "start")
    await asyncio.sleep(delay)
    print(name, "end")
async def main():
    a = asyncio.create_task(worker("A", 0))
    b = asyncio.create_task(worker("B", 0))
    print("main before yield")
    await asyncio.sleep(0)
    print("main after yield")
    await asyncio.gather(a, b)
asyncio.run(main())
)",
               o);
  CHECK(r.out == "main before yield\nA start\nB start\nmain after yield\nA end\nB end\n");
  std::ifstream in(o.steps_path);
  std::stringstream steps;
  steps << in.rdbuf();
  CHECK(steps.str() ==
        "[    0.000] Task-1 suspend main:10\n"
        "[    0.000] Task-2 suspend worker:4\n"
        "[    0.000] Task-3 suspend worker:4\n"
        "[    0.000] Task-1 suspend main:12\n"
        "[    0.000] Task-2 done\n"
        "[    0.000] Task-3 done\n"
        "[    0.000] Task-1 done\n");
  std::remove(o.steps_path.c_str());
}

TEST_CASE("timestamps are the virtual time of each line's first character") {
  ls::lang::RunOptions o;
  o.timestamps = true;
  auto r = run(R"(import asyncio
async def main():
    print("a", end="")
    await asyncio.sleep(1.5)
    print("b")
    await asyncio.sleep(3600 - 1.5)
    print("at the limit")
asyncio.run(main())
)",
               o);
  CHECK(r.out == "[    0.000] ab\n[ 3600.000] at the limit\n");
}

TEST_CASE("runs that cannot go on stop at once with the oracle's messages") {
  SUBCASE("deadlock: nothing ready and no timer") {
    auto r = run("import asyncio\nasync def main():\n    await asyncio.Event().wait()\n    print('never')\nasyncio.run(main())\n");
    CHECK(r.exit_code == 3);
    CHECK(r.out == "");
    CHECK(r.last_err_line() == "DeadlockError: all tasks are waiting and nothing can wake them");
  }
  SUBCASE("time limit: the next wake-up would pass --max-time") {
    ls::lang::RunOptions o;
    o.max_time = 2.5;
    auto r = run("import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(1)\n        print('tick')\nasyncio.run(main())\n", o);
    CHECK(r.exit_code == 4);
    CHECK(r.out == "tick\ntick\n");
    CHECK(r.last_err_line() == "TimeLimitError: virtual time passed 2.5 seconds");
  }
  SUBCASE("a step that never awaits blocks the loop") {
    ls::lang::RunOptions o;
    o.step_budget = 50000;
    auto r = run("import asyncio\nasync def spin():\n    while True:\n        pass\nasync def main():\n    await asyncio.create_task(spin())\nasyncio.run(main())\n", o);
    CHECK(r.exit_code == 5);
    CHECK(r.last_err_line() == "BlockedLoopError: Task-2 ran 50000 instructions without awaiting (line 3): the event loop is blocked");
  }
}

TEST_CASE("get_event_loop() with no loop set makes one and warns, once per line, as 3.12 does") {
  auto r = run(R"(import asyncio
async def one():
    return 1
for i in range(2):
    loop = asyncio.get_event_loop()
    print(loop.run_until_complete(one()))
print(asyncio.get_event_loop() is loop)
)");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "1\n1\nTrue\n");
  // The first call makes the loop (and warns); the others find it.
  CHECK(r.err.find(":5: DeprecationWarning: There is no current event loop\n"
                   "  loop = asyncio.get_event_loop()\n") != std::string::npos);
  CHECK(r.err.find("DeprecationWarning", r.err.find("DeprecationWarning") + 1) == std::string::npos);
}

TEST_CASE("the native call_soon and call_at bind their arguments with CPython's errors") {
  // The oracle's own loop overrides call_at, so these messages cannot be recorded from it: they
  // are those of CPython's BaseEventLoop methods.
  auto r = run(R"(import asyncio
loop = asyncio.new_event_loop()
def f(*a):
    print("f", a)
for bad in (lambda: loop.call_soon(), lambda: loop.call_soon(f, callback=f), lambda: loop.call_soon(f, x=1),
            lambda: loop.call_at(), lambda: loop.call_at(1), lambda: loop.call_at(1, f, when=2),
            lambda: loop.call_at(1, f, delay=2)):
    try:
        bad()
    except TypeError as e:
        print(e)
h = loop.call_soon(callback=f)
t = loop.call_at(when=loop.time(), callback=f, context=None)
print(h._args, t._args, t._seq, t._scheduled, list(vars(t)))
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
)");
  CHECK(r.exit_code == 0);
  CHECK(r.out ==
        "BaseEventLoop.call_soon() missing 1 required positional argument: 'callback'\n"
        "BaseEventLoop.call_soon() got multiple values for argument 'callback'\n"
        "BaseEventLoop.call_soon() got an unexpected keyword argument 'x'\n"
        "BaseEventLoop.call_at() missing 2 required positional arguments: 'when' and 'callback'\n"
        "BaseEventLoop.call_at() missing 1 required positional argument: 'callback'\n"
        "BaseEventLoop.call_at() got multiple values for argument 'when'\n"
        "BaseEventLoop.call_at() got an unexpected keyword argument 'delay'\n"
        "() () 0 True ['_callback', '_args', '_loop', '_context', '_cancelled', '_repr', '_when', '_seq', "
        "'_scheduled']\n"
        "f ()\n"
        "f ()\n");
}

TEST_CASE("the default exception handler logs the message, the context and the traceback on 'asyncio'") {
  const char* program = R"(import asyncio
def boom(x):
    raise ValueError(f"bad {x}")
async def main():
    asyncio.get_running_loop().call_soon(boom, 1)
    await asyncio.sleep(0.1)
    print("still running")
asyncio.run(main())
)";
  auto r = run(program);
  CHECK(r.exit_code == 0);
  CHECK(r.out == "still running\n");
  // CPython's text, less the frame of its asyncio/events.py Handle._run (C++ here).
  CHECK(r.err ==
        "Exception in callback boom(1) at prog.py:2\n"
        "handle: <Handle boom(1) at prog.py:2>\n"
        "Traceback (most recent call last):\n"
        "  File \"prog.py\", line 3, in boom\n"
        "    raise ValueError(f\"bad {x}\")\n"
        "ValueError: bad 1\n");
  // With logging configured, the record goes through the program's own format.
  auto logged = run(std::string("import logging\nlogging.basicConfig(format='LOG %(levelname)s %(name)s: %(message)s')\n") +
                    program);
  CHECK(logged.err.rfind("LOG ERROR asyncio: Exception in callback boom(1) at prog.py:4\n", 0) == 0);
  CHECK(logged.err.find("ValueError: bad 1\n") != std::string::npos);
}
