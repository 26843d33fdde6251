"""CPU-bound work: computing does not overlap
chapter: I/O-bound vs CPU-bound
order: 2
level: intermediate

asyncio switches tasks only at an `await`. Pure computation has no awaits:
a task that computes holds the one thread until it is done, and making it
`async def` changes nothing. Three CPU-heavy jobs in `gather` take as long
as running them one after another, and everything else on the loop is
stuck meanwhile.

On the virtual clock a computation costs no time, so this lesson models
"1 s of CPU work" with `time.sleep(1)`, which, like real computing, keeps
the thread busy and lets no other task run.

What to watch in the window:

- Each hashing task stays *running* for a whole second; the clock moves
  while the ready queue waits.
- The gather ends at 3.000 s, not 1.000 s: no overlap at all.
- The progress ticker, due every 0.5 s, only gets to run after all the
  hashing is done.

Try this:

1. Make `hash_password` an `async def` that does `await asyncio.sleep(1)`
   (and await it in `hash_async`): this pretends the work is waiting, and
   the total drops to 1 s. Real computation cannot become waiting.
2. Move the hashing to a thread with `asyncio.to_thread` (next lesson) to
   keep the loop responsive.
"""
import asyncio
import time


def hash_password(password):
    #: Stands for 1 s of pure computation: the thread is busy, no task switches.
    time.sleep(1)
    return f"{password[:2]}***{len(password)}"


async def hash_async(password):
    # async def alone does not make the computation overlap with anything.
    return hash_password(password)


async def ticker():
    for tick in range(3):
        await asyncio.sleep(0.5)
        print(f"  ticker {tick} at {time.monotonic():.1f} s")


async def main():
    ticks = asyncio.create_task(ticker())
    started = time.monotonic()
    hashes = await asyncio.gather(*(hash_async(p) for p in ["hunter2", "correct horse", "s3cret!"]))
    print(f"{hashes} after {time.monotonic() - started:.1f} s")
    await ticks


asyncio.run(main())
