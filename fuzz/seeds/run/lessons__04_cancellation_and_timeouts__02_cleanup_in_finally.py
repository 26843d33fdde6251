"""Cleaning up when cancelled: try/finally
chapter: Cancellation and timeouts
order: 2
level: intermediate

Because cancellation is an exception raised at an `await`, the ordinary
tools for cleaning up work: `finally` blocks and `async with` exits run
as the `CancelledError` travels outwards. A cleanup step may even `await`
(here: returning a table to the pool takes half a second). After cleanup,
let the error continue so the task really ends *cancelled*.

What to watch in the window:

- The `CancelledError` is delivered at line `await asyncio.sleep(3)` at
  1.000 s, then the `finally` block runs in the same task.
- The cleanup's own `await` puts a new 0.5 s timer on the heap: the task is
  still alive and waiting although it was cancelled.
- At 1.500 s the task ends *cancelled*; `main` sees `cancelled() == True`.

Try this:

1. Replace `finally:` with `except asyncio.CancelledError:` and add `raise`
   at its end: the same output, but the block now runs only on cancel.
2. Cancel at 4 s instead of 1 s: the query completes, and the `finally`
   block still runs, this time on the normal path.
"""
import asyncio


async def run_report_query(report):
    print(f"{report}: connection taken from the pool")
    try:
        print(f"{report}: running query")
        #: The CancelledError appears here...
        await asyncio.sleep(3)
        print(f"{report}: query finished")
    finally:
        #: ...and cleanup still runs; it may await too.
        await asyncio.sleep(0.5)
        print(f"{report}: connection returned to the pool")


async def main():
    query = asyncio.create_task(run_report_query("monthly sales"))
    await asyncio.sleep(1)
    query.cancel()
    try:
        await query
    except asyncio.CancelledError:
        pass
    print(f"query cancelled: {query.cancelled()}")


asyncio.run(main())
