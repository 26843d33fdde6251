"""A future: a box for a value that is not there yet
chapter: Futures and the loop underneath
order: 1
level: intermediate

A **future** is an object that will hold one result (or one exception)
later. It starts *pending*; `set_result` puts the value in and marks it
*done*, and from then on `result()` returns it. A future can be filled only
once. Tasks are built on futures: a task is a future whose result is set
by its own coroutine.

You normally make futures with `loop.create_future()`, so they belong to
the running loop.

What to watch in the window:

- The future appears as *pending*; asking for `result()` now raises
  `InvalidStateError`.
- After `set_result`, it is *done* and holds 42.
- A second `set_result` raises `InvalidStateError` again: a future is set
  once.

Try this:

1. Use `parcel.set_exception(ValueError("lost in transit"))` instead of
   `set_result`: now `result()` raises that `ValueError`.
2. Call `parcel.cancel()` first: `cancelled()` becomes `True` and
   `result()` raises `CancelledError`.
"""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    #: An empty box: pending, no result yet.
    parcel = loop.create_future()
    print(f"done? {parcel.done()}")
    try:
        parcel.result()
    except asyncio.InvalidStateError:
        print("no result yet")

    #: Filling the box marks the future as done.
    parcel.set_result(42)
    print(f"done? {parcel.done()}, result: {parcel.result()}")
    try:
        parcel.set_result(43)
    except asyncio.InvalidStateError:
        print("a future can only be set once")


asyncio.run(main())
