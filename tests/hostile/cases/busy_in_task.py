# A task that never awaits blocks the loop: the step budget stops it (BlockedLoopError, exit 5).
import asyncio

async def spin():
    n = 0
    while True:
        n += 1

async def main():
    print("starting")
    await asyncio.gather(spin(), asyncio.sleep(1))

asyncio.run(main())
