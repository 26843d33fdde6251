"""Task states: pending, done, cancelled
chapter: Tasks
order: 6
level: intermediate

A task is a coroutine plus a box for its outcome. You can ask it where it
is: `done()` says whether it has finished, `result()` gives the return value
of a finished task (and raises its exception if it failed), `cancelled()`
says whether it ended by cancellation. Task names come from a counter or
from `name=`.

This lesson greets three guests with `gather(*tasks)` and inspects the
tasks before and after.

What to watch in the window:

- Right after creation all three tasks are *pending* in the ready queue;
  none has run yet, so `done()` is `False`.
- The greetings interleave: all three "Hello" lines at 0.000 s, all three
  "Goodbye" lines at 1.000 s.
- After the gather, every task is *done* and `result()` returns its value.

Try this:

1. Call `tasks[0].result()` before the `gather`: it raises
   `InvalidStateError` because the result is not set yet.
2. Give the guests different sleep times (for example by the length of the
   name): the "Goodbye" lines come out in a different order, but the
   `result()` lines do not.
"""
import asyncio


async def greet(guest):
    print(f"Hello {guest}")
    await asyncio.sleep(1)
    print(f"Goodbye {guest}")
    return len(guest)


async def main():
    #: Each task gets its own name; all three are queued, none started.
    tasks = [asyncio.create_task(greet(guest), name=f"greet-{guest}")
             for guest in ("Alice", "Bob", "Charlie")]
    for task in tasks:
        print(f"{task.get_name()}: done={task.done()}")
    #: Waits until every task is finished.
    await asyncio.gather(*tasks)
    for task in tasks:
        print(f"{task.get_name()}: done={task.done()} result={task.result()} "
              f"cancelled={task.cancelled()}")


asyncio.run(main())
