"""gather(return_exceptions=True): collect failures as results
chapter: Running many
order: 3
level: intermediate

With `return_exceptions=True`, `gather` never raises. Every child runs to
its end, and a child's exception takes its place in the result list, so
you can look at each outcome separately.

What to watch in the window:

- Exactly as in the previous lesson, `Task-3` fails at 1.000 s, but this time
  `Task-1` stays *waiting* on the gather.
- The gather finishes only at 3.000 s, when the last child is done.
- The result list mixes values and an exception object, in argument order.

Try this:

1. Make every mirror fail: `gather` still returns normally, with three
   exceptions in the list.
2. Set `return_exceptions=False` again: compare with the previous lesson.
"""
import asyncio


async def fetch_from_mirror(mirror, seconds, broken=False):
    await asyncio.sleep(seconds)
    if broken:
        raise ConnectionError(f"{mirror} refused the connection")
    return f"{mirror}: ok"


async def main():
    #: Failures become entries of the result list instead of raising.
    outcomes = await asyncio.gather(
        fetch_from_mirror("mirror-eu", 2),
        fetch_from_mirror("mirror-us", 1, broken=True),
        fetch_from_mirror("mirror-asia", 3),
        return_exceptions=True,
    )
    for outcome in outcomes:
        if isinstance(outcome, Exception):
            print(f"failed: {type(outcome).__name__}: {outcome}")
        else:
            print(outcome)


asyncio.run(main())
