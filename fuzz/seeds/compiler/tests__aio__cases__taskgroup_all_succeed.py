# A TaskGroup whose children all succeed: the block waits for all of them,
# then their results can be read.
import asyncio


async def fetch_price(item, seconds):
    await asyncio.sleep(seconds)
    print(f'price for {item} ready')
    return len(item) * 10


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = {item: tg.create_task(fetch_price(item, s)) for item, s in [('tea', 2), ('coffee', 1), ('cocoa', 3)]}
        print('created', len(tasks), 'tasks')
    print({item: t.result() for item, t in tasks.items()})

asyncio.run(main())
