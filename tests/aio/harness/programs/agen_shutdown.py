import asyncio

async def ticker(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(1)
            yield i
    finally:
        print(name, 'closing at shutdown?')
        await asyncio.sleep(0.5)
        print(name, 'closed')

keep = []

async def main():
    g1 = ticker('g1', 10)
    keep.append(g1)
    print(await g1.__anext__())
    g2 = ticker('g2', 10)
    keep.append(g2)
    print(await g2.__anext__())
    g3 = ticker('g3', 1)
    keep.append(g3)
    async for x in g3:
        print('g3', x)
    print('main done')

asyncio.run(main())
async def second():
    print(asyncio.current_task().get_name())
asyncio.run(second())
