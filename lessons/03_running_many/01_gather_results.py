"""gather: run several, get results in argument order
chapter: Running many
order: 1
level: beginner

`asyncio.gather(a, b, ...)` wraps each coroutine in a task (in argument
order), waits until all of them are finished, and returns a list of their
results. The list is in the order you **passed** the awaitables, not the
order in which they finished.

What to watch in the window:

- `gather` creates `Task-2`, `Task-3` and `Task-4` at once; all three sit in
  the ready queue before any of them runs.
- `Task-1` waits on the gather future, not on any single task.
- The price check (1 s) finishes first and the inventory check (3 s) last,
  yet the result list starts with the inventory answer.

Try this:

1. Pass the coroutines in a different order: the result list follows the
   new argument order.
2. Make all three checks take 2 s: the gather ends at 2.000 s, the time of
   the slowest check.
"""
import asyncio


async def check(what, seconds, answer):
    print(f"checking {what}...")
    await asyncio.sleep(seconds)
    print(f"{what} checked")
    return answer


async def main():
    #: Three tasks are created, in this order, and queued together.
    results = await asyncio.gather(
        check("inventory", 3, "12 in stock"),
        check("shipping", 2, "ships tomorrow"),
        check("price", 1, "19.99 EUR"),
    )
    #: Results are in argument order, not finishing order.
    print(results)


asyncio.run(main())
