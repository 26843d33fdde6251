"""A coroutine that swallows cancellation
chapter: Cancellation and timeouts
order: 4
level: intermediate

Cancellation is cooperative: the task receives a `CancelledError` and
decides what to do. If it catches the error and does not raise it again,
the cancellation is *swallowed*: the task goes on and ends normally, and
whoever cancelled it cannot tell from the outside that it ever tried.

This is almost always a bug (see chapter 9). Here we watch it happen.

What to watch in the window:

- At 2.000 s `cancel()` marks `Task-2` as cancelling, and its `except
  CancelledError` block runs.
- Instead of ending, the task goes on: it sleeps another second and
  returns. Its final state is *done*, not *cancelled*.
- `cancelled()` is `False` and `result()` gives the string returned from
  the handler.

Try this:

1. Add `raise` at the end of the `except` block: the task ends *cancelled*
   and `await sync` raises `CancelledError` in `main`.
2. Check `asyncio.current_task().cancelling()` inside the handler: it is
   1, the number of pending cancel requests.
"""
import asyncio


async def sync_contacts():
    try:
        print("syncing contacts")
        await asyncio.sleep(10)
        return "sync finished"
    except asyncio.CancelledError:
        #: The error is caught and not raised again: cancellation swallowed.
        print("cancel received, but saving a checkpoint first")
        await asyncio.sleep(1)
        return "checkpoint saved"


async def main():
    sync = asyncio.create_task(sync_contacts())
    await asyncio.sleep(2)
    sync.cancel()
    #: No CancelledError here: the task returned normally.
    outcome = await sync
    print(f"outcome: {outcome!r}, cancelled(): {sync.cancelled()}")


asyncio.run(main())
