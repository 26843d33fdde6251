# A blocking time.sleep() inside a coroutine freezes the whole loop: the
# heartbeat task misses its beats and catches up afterwards.
import asyncio
import time


async def heartbeat():
    loop = asyncio.get_running_loop()
    for _ in range(4):
        await asyncio.sleep(1)
        print(f'heartbeat at {loop.time()}')


async def bad_handler():
    await asyncio.sleep(1.5)
    print('handler: blocking for 3 seconds with time.sleep')
    time.sleep(3)
    print('handler: unblocked')


async def main():
    await asyncio.gather(heartbeat(), bad_handler())

asyncio.run(main())
