"""gather: when one of them fails
chapter: Running many
order: 2
level: intermediate

By default, the first exception raised by any child of `gather` is passed
straight on to whoever awaits the gather. The other children are **not**
cancelled: they keep running in the background, and their results are lost
to you.

What to watch in the window:

- At 1.000 s `Task-3` fails with `ConnectionError`. The gather future
  finishes with that error and `Task-1` wakes up in its `except` block.
- `Task-2` and `Task-4` are still *waiting*: a failed gather does not stop
  them. Their "done" lines keep coming while `main` sleeps.

Try this:

1. Remove the final `asyncio.sleep(3)`: `main` returns at 1.000 s and
   `asyncio.run` cancels the two mirrors that are still running, so their
   "done" lines never appear.
2. Make two mirrors fail: only the first error reaches `main`; the other is
   stored in its task and never looked at.
"""
import asyncio


async def fetch_from_mirror(mirror, seconds, broken=False):
    await asyncio.sleep(seconds)
    if broken:
        #: The first failure ends the gather for its awaiter.
        raise ConnectionError(f"{mirror} refused the connection")
    print(f"{mirror}: package downloaded")
    return mirror


async def main():
    try:
        await asyncio.gather(
            fetch_from_mirror("mirror-eu", 2),
            fetch_from_mirror("mirror-us", 1, broken=True),
            fetch_from_mirror("mirror-asia", 3),
        )
    except ConnectionError as error:
        print(f"gather failed: {error}")
    #: The other two downloads are still running; give them time.
    await asyncio.sleep(3)
    print("main finished")


asyncio.run(main())
