"""BoundedSemaphore: catching one release too many
chapter: Synchronisation
order: 4
level: intermediate

A plain `Semaphore` counts releases without checking: releasing more
often than you acquired silently adds extra keys, and your limit is gone.
`asyncio.BoundedSemaphore(n)` refuses to go above `n` and raises
`ValueError` instead, so the bug shows up where it happens.

What to watch in the window:

- A parking garage with two spaces. Two cars park and leave correctly.
- A buggy exit gate releases once more. With `BoundedSemaphore` this raises
  at once; with a plain `Semaphore` three cars could now park in a garage
  with two spaces.

Try this:

1. Change `BoundedSemaphore` to `Semaphore`: no error, and the garage
   reports 3 free spaces.
2. Remove the buggy extra release: no error with either class.
"""
import asyncio


async def park(car, spaces):
    async with spaces:
        print(f"{car} parked")
        await asyncio.sleep(1)
    print(f"{car} left")


async def main():
    spaces = asyncio.BoundedSemaphore(2)
    await asyncio.gather(park("car 1", spaces), park("car 2", spaces))
    try:
        #: One release more than acquires: a bounded semaphore refuses.
        spaces.release()
    except ValueError as error:
        print(f"exit gate bug caught: {error}")
    free = 0
    while not spaces.locked():
        await spaces.acquire()
        free += 1
    print(f"free spaces counted: {free}")


asyncio.run(main())
