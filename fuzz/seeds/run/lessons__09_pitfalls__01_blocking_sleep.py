"""Blocking the loop with time.sleep
chapter: Pitfalls
order: 1
level: beginner

The event loop runs one thing at a time. A coroutine gives the others a
turn only when it `await`s something that really waits. `time.sleep()` is
an ordinary function: it stops the **whole thread**, loop included, and
every other task stops with it. Inside coroutines, always use
`await asyncio.sleep()`.

What to watch in the window:

- The heartbeat task should tick every second.
- When `resize_image` calls `time.sleep(3)`, the clock jumps 3 s while the
  same task stays *running*: no other task can be picked, the ready queue
  is frozen and the heartbeat's timer is overdue.
- The first heartbeat, due at 1.000 s, is printed at 3.000 s, and every
  later beat is shifted by 2 s. During the async resize that follows, the
  heartbeat keeps ticking once a second.

Try this:

1. Replace `time.sleep(3)` with `await asyncio.sleep(3)` in
   `resize_image`: the ticks come at 1, 2, 3 s again.
2. Make the blocking sleep 10 s: the heartbeat does not tick at all while
   the image is resized.
"""
import asyncio
import time


async def heartbeat():
    for beat in range(1, 8):
        await asyncio.sleep(1)
        print(f"heartbeat {beat} at {time.monotonic():.1f} s")


async def resize_image(blocking):
    if blocking:
        #: Blocks the whole loop: nothing else can run for 3 seconds.
        time.sleep(3)
    else:
        #: Suspends only this task; the loop keeps serving others.
        await asyncio.sleep(3)
    print(f"image resized ({'blocking' if blocking else 'async'}) at {time.monotonic():.1f} s")


async def main():
    beats = asyncio.create_task(heartbeat())
    await asyncio.sleep(0)
    await resize_image(blocking=True)
    await resize_image(blocking=False)
    await beats


asyncio.run(main())
