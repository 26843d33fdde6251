import asyncio

async def ok(n):
    await asyncio.sleep(n)
    print('ok', n)
    return n

async def bad(n, exc):
    await asyncio.sleep(n)
    raise exc

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(ok(1))
        b = tg.create_task(ok(2), name='second')
    print(a.result(), b.result(), b.get_name())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(1))
            tg.create_task(bad(0.5, ValueError('x')))
            await asyncio.sleep(5)
            print('not reached')
    except ExceptionGroup as eg:
        print('eg', eg, [repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(1))
            raise KeyError('body')
    except ExceptionGroup as eg:
        print('body eg', eg, [repr(e) for e in eg.exceptions])
    async def wrapper():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(3))
            tg.create_task(ok(4))
    w = asyncio.create_task(wrapper())
    await asyncio.sleep(1)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print('wrapper cancelled')
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(1, ValueError('a')))
            tg.create_task(bad(1, TypeError('b')))
            tg.create_task(bad(2, KeyError('c')))
    except* ValueError as eg:
        print('V', eg.exceptions)
    except* TypeError as eg:
        print('T', eg.exceptions)
    tg = asyncio.TaskGroup()
    try:
        tg.create_task(ok(1))
    except RuntimeError as e:
        print(e)
    print('cancelling', asyncio.current_task().cancelling())

asyncio.run(main())
