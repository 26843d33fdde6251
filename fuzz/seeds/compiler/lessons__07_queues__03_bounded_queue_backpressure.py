"""Bounded queues and back-pressure
chapter: Queues
order: 3
level: intermediate

`asyncio.Queue(maxsize=n)` holds at most `n` items. When it is full,
`await queue.put(item)` suspends the producer until a consumer makes
room. This is **back-pressure**: a fast producer is slowed down to the
speed of its consumer instead of filling memory with a growing backlog.

A sensor produces a reading every 0.5 s; the uploader needs 2 s per reading.

What to watch in the window:

- The queue fills up to 2 items. From then on, the sensor task sits in the
  queue's `put` waiters.
- Every time the uploader takes an item, the sensor wakes and puts exactly
  one more. The sensor's timestamps stretch out to the uploader's pace.

Try this:

1. Remove `maxsize=2`: the sensor finishes all readings by 3.000 s and the
   queue grows to 4 items.
2. Use `put_nowait` instead of `await put`: it raises `asyncio.QueueFull`
   when the queue is full instead of waiting.
"""
import asyncio
import time


async def sensor(readings):
    for reading in range(1, 7):
        await asyncio.sleep(0.5)
        #: Suspends while the queue is full: back-pressure.
        await readings.put(reading)
        print(f"{time.monotonic():4.1f}s sensor: queued reading {reading} "
              f"(queue size {readings.qsize()})")
    await readings.put(None)


async def uploader(readings):
    while (reading := await readings.get()) is not None:
        await asyncio.sleep(2)
        print(f"{time.monotonic():4.1f}s uploader: sent reading {reading}")


async def main():
    readings = asyncio.Queue(maxsize=2)
    await asyncio.gather(sensor(readings), uploader(readings))


asyncio.run(main())
