"""asyncio.timeout: a deadline for a whole block
chapter: Cancellation and timeouts
order: 6
level: intermediate

`async with asyncio.timeout(seconds):` puts a deadline on everything inside
the block, however many awaits it contains. When the deadline passes, the
task is cancelled at the `await` where it is waiting, and at the end of the
block that cancellation is turned into `TimeoutError`. The deadline can be
moved while the block runs with `reschedule()`.

What to watch in the window:

- One timer on the heap belongs to the timeout; the steps add their own.
- The first block finishes its two steps in time: the timeout timer is
  cancelled when the block exits.
- In the second block the warehouse is slow; at 6.000 s (the new deadline
  set by `reschedule`) the task gets `CancelledError` inside `pack_item`
  and the block turns it into `TimeoutError`.

Try this:

1. Remove the `reschedule` line: the second block times out at 4.500 s,
   2.5 s after it started.
2. Replace `asyncio.timeout(2.5)` by `asyncio.timeout(None)`: no deadline,
   so the block waits for as long as the steps take.
"""
import asyncio


async def pack_item(item, seconds):
    await asyncio.sleep(seconds)
    print(f"packed {item}")


async def main():
    async with asyncio.timeout(2.5):
        await pack_item("mug", 1)
        await pack_item("teapot", 1)
    print("first parcel ready")

    loop = asyncio.get_running_loop()
    try:
        #: The deadline covers every await in the block.
        async with asyncio.timeout(2.5) as deadline:
            await pack_item("kettle", 1)
            #: Push the deadline back: from 4.5 s (2.0 + 2.5) to 6.0 s.
            deadline.reschedule(loop.time() + 3)
            await pack_item("toaster", 4)
    except TimeoutError:
        print(f"second parcel timed out at {loop.time():.1f} s")


asyncio.run(main())
