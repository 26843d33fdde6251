# loop.time(), time.monotonic() and time.time() all follow the virtual clock,
# which jumps straight to the next timer.
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(1.25)
    print('loop.time advanced by', loop.time() - start)
    print('monotonic matches:', time.monotonic() == loop.time())
    print('wall clock offset:', time.time() - loop.time())
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.2)
    print('0.1 + 0.2 seconds later:', loop.time())

asyncio.run(main())
