"""Three kinds of awaitable: coroutine, task, future
chapter: Futures and the loop underneath
order: 7
level: intermediate

Anything you can put after `await` is an **awaitable**. asyncio has three
kinds: coroutine objects, tasks, and futures. A task *is* a future (the
`Task` class derives from `Future`) that drives a coroutine and stores its
result. Awaiting a coroutine runs it inside the current task; awaiting a
task or a future suspends the current task until that future is done.

What to watch in the window:

- Awaiting the coroutine does not create a task: the current line moves
  into `fetch_temperature` within `Task-1`.
- The task (`Task-2`) is its own entry in the task list; `Task-1` waits on
  it as on any future.
- The plain future has no code at all: the timer callback fills it.

Try this:

1. Await the same coroutine object twice: the second await raises
   `RuntimeError: cannot reuse already awaited coroutine`. A finished
   task or future, by contrast, can be awaited any number of times.
2. Check `isinstance(coro, asyncio.Future)`: `False`; a coroutine is not a
   future until it is wrapped in a task.
"""
import asyncio
import inspect


async def fetch_temperature(city):
    await asyncio.sleep(1)
    return f"{city}: 18 C"


async def main():
    loop = asyncio.get_running_loop()
    coro = fetch_temperature("Oslo")
    task = asyncio.create_task(fetch_temperature("Lima"))
    future = loop.create_future()
    loop.call_later(1, future.set_result, "Cairo: 31 C")

    for kind, awaitable in [("coroutine", coro), ("task", task), ("future", future)]:
        print(f"{kind}: awaitable={inspect.isawaitable(awaitable)}, "
              f"is a Future={isinstance(awaitable, asyncio.Future)}")
    #: Runs inside Task-1, no new task.
    print(await coro)
    #: Suspends Task-1 until the task (a future) is done.
    print(await task)
    print(await future)


asyncio.run(main())
