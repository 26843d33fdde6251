import asyncio

async def slow(n):
    try:
        await asyncio.sleep(n)
        return n
    except asyncio.CancelledError:
        print('slow cancelled', n)
        raise

async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print('stubborn ignores')
    return 'stubborn done'

async def main():
    print(await asyncio.wait_for(slow(1), 2))
    try:
        await asyncio.wait_for(slow(3), 1)
    except TimeoutError as e:
        print('timeout', type(e).__name__)
    try:
        await asyncio.wait_for(slow(3), 0)
    except TimeoutError:
        print('timeout zero')
    try:
        await asyncio.wait_for(slow(3), -1)
    except TimeoutError:
        print('timeout negative')
    print(await asyncio.wait_for(stubborn(), 1))
    print(await asyncio.wait_for(stubborn(), 0))
    t = asyncio.create_task(slow(2))
    try:
        await asyncio.wait_for(t, 1)
    except asyncio.TimeoutError:
        print('task timeout', t.cancelled())
    print(await asyncio.wait_for(slow(1), None))
    f = asyncio.get_running_loop().create_future()
    f.set_result(7)
    print(await asyncio.wait_for(f, 0))
    async def outer():
        return await asyncio.wait_for(slow(10), 5)
    o = asyncio.create_task(outer())
    await asyncio.sleep(1)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print('outer cancelled')

asyncio.run(main())
