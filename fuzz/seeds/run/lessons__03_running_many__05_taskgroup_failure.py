"""TaskGroup: one fails, the siblings are cancelled
chapter: Running many
order: 5
level: intermediate

Unlike `gather`, a `TaskGroup` cleans up after a failure. When one child
raises, the group cancels every other child that is still running (in the
order they were created), waits for them to finish, and then raises an
`ExceptionGroup` holding the error(s). `except*` picks out exceptions of one
type from such a group.

What to watch in the window:

- At 1.000 s the card check raises. The two other children turn
  *cancelling*: a `CancelledError` is delivered at their `await`, and their
  timers disappear from the heap.
- Their `except CancelledError` blocks print, then they end *cancelled*.
- The `async with` block raises `ExceptionGroup`; the `except* ValueError`
  clause handles the `ValueError` inside it.

Try this:

1. Make the card check succeed (`valid=True`): no cancellation, all three
   finish at 3.000 s.
2. Change `except* ValueError` to `except* KeyError`: the ExceptionGroup is
   not handled and the program ends with a traceback.
"""
import asyncio


async def step(name, seconds):
    try:
        await asyncio.sleep(seconds)
        print(f"{name} finished")
    except asyncio.CancelledError:
        #: Delivered by the TaskGroup after a sibling failed.
        print(f"{name} cancelled")
        raise


async def check_card(valid):
    await asyncio.sleep(1)
    if not valid:
        raise ValueError("card expired")
    print("card accepted")


async def main():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(step("reserve stock", 2))
            group.create_task(check_card(valid=False))
            group.create_task(step("book courier", 3))
    except* ValueError as group_error:
        #: except* picked the ValueError out of the ExceptionGroup.
        for error in group_error.exceptions:
            print(f"order failed: {error}")


asyncio.run(main())
