"""Your first coroutine
chapter: First steps
order: 1
level: beginner

An `async def` function is a *coroutine function*. Calling it does not run
its body: it only builds a **coroutine object**, a paused function that is
waiting to be started. `asyncio.run()` creates an event loop, wraps the
coroutine in a task (`Task-1`), runs the loop until that task is finished
and hands back its return value.

What to watch in the window:

- Before `asyncio.run`, the task list is empty: the coroutine object exists
  but nothing runs it.
- When `asyncio.run` starts, `Task-1` appears in the **ready queue** and then
  runs the body of `greet_customer`.
- At `await asyncio.sleep(1)` the task moves to *waiting* and a timer appears
  in the **timer heap**. The clock jumps straight to 1.000 s: nothing else
  has to happen meanwhile.

Try this:

1. Change the sleep to `asyncio.sleep(5)`: the "ready" line is now stamped
   5.000 s, yet the lesson still finishes instantly on the virtual clock.
2. Remove `asyncio.run(...)` and call `greet_customer("Ada")` directly: no
   greeting is printed at all, only a coroutine object is created (and
   Python warns that it was never awaited).
"""
import asyncio


async def greet_customer(name):
    print(f"Hello {name}, your coffee is being made")
    #: The task pauses here; a 1-second timer goes on the timer heap.
    await asyncio.sleep(1)
    print(f"{name}, your coffee is ready")
    return f"latte for {name}"


#: Calling a coroutine function only builds a coroutine object.
order = greet_customer("Ada")
print("calling greet_customer gave a", type(order).__name__, "object")

#: asyncio.run starts a loop, runs the coroutine as Task-1, returns its result.
served = asyncio.run(order)
print("asyncio.run returned:", served)
