"""Two tasks sleeping 1 s take 1 s
chapter: Tasks
order: 2
level: beginner

This is the whole point of asyncio. Two downloads that each wait 1 second
finish together after **1 second**, not 2, because while one task waits, the
loop runs the other. Waiting is not work: a sleeping task is just a timer on
the heap.

What to watch in the window:

- Both tasks start at 0.000 s, one after the other, and each adds a timer to
  the timer heap. The heap now holds two timers with the same deadline.
- `Task-1` waits on `first` while the loop runs both downloads.
- At 1.000 s both timers fire in the same loop pass, in the order they were
  added, so `report.pdf` finishes before `photo.jpg`.
- `await second` does not wait at all: `second` is already done.

Try this:

1. Change the second download to 3 seconds: the program now takes 3 s,
   the time of the *longest* wait, not the sum.
2. Await each coroutine directly instead of making tasks
   (`await download("report.pdf", 1)` twice): the total becomes 2 s.
"""
import asyncio


async def download(filename, seconds):
    print(f"start {filename}")
    #: Each download puts its own timer on the timer heap.
    await asyncio.sleep(seconds)
    print(f"finished {filename}")


async def main():
    first = asyncio.create_task(download("report.pdf", 1))
    second = asyncio.create_task(download("photo.jpg", 1))
    #: While main waits here, both downloads wait at the same time.
    await first
    #: Already done: this await returns immediately.
    await second
    print("both downloads complete")


asyncio.run(main())
