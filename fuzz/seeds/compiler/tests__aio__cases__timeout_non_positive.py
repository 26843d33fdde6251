# asyncio.timeout(0) and timeout(-1): the deadline is already past, so the
# first await in the block is cancelled and TimeoutError follows.
import asyncio


async def main():
    for delay in (0, -1):
        try:
            async with asyncio.timeout(delay):
                print(f'timeout({delay}): body starts')
                await asyncio.sleep(1)
                print('not printed')
        except TimeoutError:
            print(f'timeout({delay}): TimeoutError')
    async with asyncio.timeout(0):
        print('a block without awaits finishes normally')

asyncio.run(main())
