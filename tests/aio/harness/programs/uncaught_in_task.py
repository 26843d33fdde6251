import asyncio

async def crash():
    await asyncio.sleep(1)
    raise ValueError('task crashed')

async def main():
    t = asyncio.create_task(crash())
    await asyncio.sleep(2)
    print('main sees', t.done())
    await t

asyncio.run(main())
