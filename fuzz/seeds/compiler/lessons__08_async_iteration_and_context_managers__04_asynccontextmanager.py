"""asynccontextmanager: an async with from a generator
chapter: Async iteration and context managers
order: 4
level: intermediate

`contextlib.asynccontextmanager` turns an async generator with exactly one
`yield` into an async context manager. The code before `yield` is the
setup, the yielded value is what `as` receives, and the code after
`yield` (put it in `finally`) is the teardown. It is the short way to
write the class from the previous lesson.

What to watch in the window:

- Renting a bike: the setup awaits (unlocking), then the block runs, then
  the teardown awaits (locking again).
- When the ride is cut short by an exception, the exception is thrown into
  the generator at its `yield`, so the `finally` still returns the bike.

Try this:

1. Move the teardown out of `finally` (just after `yield`): after the
   failed ride the bike is never returned.
2. Yield a dict with the bike's number and battery level, and print it
   inside the block.
"""
import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def rent_bike(station):
    print(f"{station}: unlocking a bike")
    await asyncio.sleep(1)
    try:
        #: The block of the async with runs while we are paused here.
        yield f"bike from {station}"
    finally:
        #: Runs after the block, even if the block raised.
        await asyncio.sleep(1)
        print(f"{station}: bike locked again")


async def main():
    async with rent_bike("Central Station") as bike:
        print(f"riding the {bike}")
        await asyncio.sleep(5)
    try:
        async with rent_bike("Harbour") as bike:
            print(f"riding the {bike}")
            raise RuntimeError("flat tyre")
    except RuntimeError as problem:
        print(f"ride ended early: {problem}")


asyncio.run(main())
