# asyncio.timeout_at() takes an absolute loop time; several steps share one deadline.
import asyncio


async def step(name, seconds):
    await asyncio.sleep(seconds)
    print(f'{name} done')


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 3
    try:
        async with asyncio.timeout_at(deadline) as cm:
            await step('fetch', 1)
            await step('parse', 1)
            await step('store', 2)
    except TimeoutError:
        print('deadline hit at', loop.time(), 'when() ==', cm.when() == deadline)

asyncio.run(main())
