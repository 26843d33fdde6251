# as_completed(timeout=...) raises TimeoutError once the remaining items are
# not done in time.
import asyncio


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    loop = asyncio.get_running_loop()
    try:
        for item in asyncio.as_completed([fetch('quick', 1), fetch('slow', 10), fetch('medium', 2)], timeout=5):
            print('got', await item, 'at', loop.time())
    except TimeoutError:
        print('as_completed timed out at', loop.time())

asyncio.run(main())
