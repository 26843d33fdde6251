# main cancelled by another task and not caught anywhere: asyncio.run()
# raises CancelledError and the program exits with 1.
import asyncio


async def canceller(target):
    await asyncio.sleep(1)
    print('cancelling main')
    target.cancel()


async def main():
    asyncio.create_task(canceller(asyncio.current_task()))
    await asyncio.sleep(5)
    print('not reached')

asyncio.run(main())
