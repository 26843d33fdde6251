import asyncio

async def important(n):
    print('important start')
    await asyncio.sleep(n)
    print('important end')
    return 'precious'

async def main():
    inner = asyncio.create_task(important(2))
    outer = asyncio.shield(inner)
    async def waiter():
        return await outer
    w = asyncio.create_task(waiter())
    await asyncio.sleep(1)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print('waiter cancelled; outer cancelled:', outer.cancelled(), 'inner done:', inner.done())
    print(await inner)
    done = asyncio.shield(inner)
    print(done is inner)
    r = await asyncio.shield(important(1))
    print(r)
    try:
        await asyncio.wait_for(asyncio.shield(important(3)), 1)
    except TimeoutError:
        print('timed out, but shielded continues')
    await asyncio.sleep(3)

asyncio.run(main())
