# as_completed() over a mix of a finished future and pending coroutines: the
# finished one comes out first.
import asyncio


async def slow(value, seconds):
    await asyncio.sleep(seconds)
    return value


async def main():
    loop = asyncio.get_running_loop()
    ready = loop.create_future()
    ready.set_result('cached')
    for item in asyncio.as_completed([slow('fresh-2', 2), ready, slow('fresh-1', 1)]):
        print(await item, 'at', loop.time())

asyncio.run(main())
