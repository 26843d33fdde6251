import asyncio

async def consumer(cond, name, box):
    async with cond:
        print(name, 'waiting')
        await cond.wait_for(lambda: box)
        print(name, 'got', box.pop())

async def waiter(cond, name):
    async with cond:
        try:
            await cond.wait()
            print(name, 'woken')
        except asyncio.CancelledError:
            print(name, 'cancelled, locked:', cond.locked())
            raise

async def main():
    cond = asyncio.Condition()
    box = []
    ts = [asyncio.create_task(consumer(cond, f'c{i}', box)) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(3):
        async with cond:
            box.append(i)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*ts)
    ws = [asyncio.create_task(waiter(cond, f'w{i}')) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
        ws[0].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    res = await asyncio.gather(*ws, return_exceptions=True)
    print([type(r).__name__ for r in res])
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print(e)

asyncio.run(main())
