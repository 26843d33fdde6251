"""Swallowed cancellation breaks timeouts
chapter: Pitfalls
order: 6
level: advanced

Timeouts are built on cancellation: when `wait_for` runs out of time it
cancels what it waits for, and turns the resulting `CancelledError` into
`TimeoutError`. A task that catches `CancelledError` and *returns a value*
breaks this. Here the export returns "cancelled" instead of stopping, so
`wait_for` sees an ordinary result: **no TimeoutError is raised** and the
caller cannot tell that its deadline passed. The string "cancelled" even
looks like a real result.

The fix: clean up in `except CancelledError` (or `finally`) and then
`raise` again.

What to watch in the window:

- At 5.000 s the timeout fires and cancels the export task; its handler
  runs and the task ends *done*, not *cancelled*.
- `main` receives the handler's return value through `wait_for`.
- The fixed export re-raises: now it ends *cancelled* and `main` gets a
  proper `TimeoutError` at 10.000 s.

Try this:

1. Give the first call `timeout=20`: the export finishes and returns
   "finished" in both versions.
2. In the fixed version, replace `raise` by `return "cancelled"`: the
   timeout disappears again.
"""
import asyncio


async def export_data(fixed):
    try:
        await asyncio.sleep(10)
        return "finished"
    except asyncio.CancelledError:
        print("export: cancelled, removing the partial file")
        if fixed:
            #: Let the cancellation continue so the timeout can work.
            raise
        #: Swallowed: the task returns normally.
        return "cancelled"


async def main():
    for fixed in (False, True):
        export = asyncio.create_task(export_data(fixed))
        try:
            result = await asyncio.wait_for(export, timeout=5)
            print(f"fixed={fixed}: wait_for returned {result!r}")
        except TimeoutError:
            print(f"fixed={fixed}: the export timed out")


asyncio.run(main())
