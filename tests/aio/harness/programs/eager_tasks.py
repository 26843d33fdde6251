import asyncio

async def quick(n):
    print('quick', n, asyncio.current_task().get_name())
    return n

async def slow(n):
    print('slow start', n)
    await asyncio.sleep(n)
    print('slow end', n)
    return n

async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    t = asyncio.create_task(quick(1))
    print('created', t.done(), t.result())
    t2 = asyncio.create_task(slow(1), name='named')
    print('created slow', t2.done(), t2.get_name())
    print(await asyncio.gather(quick(2), slow(0.5), quick(3)))
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(quick(4))
        b = tg.create_task(slow(1))
    print(a.result(), b.result(), await t2)
    print(asyncio.current_task().get_name())

asyncio.run(main())
