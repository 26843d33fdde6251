import asyncio

async def job(n):
    await asyncio.sleep(n)
    return n

async def main():
    for coro in asyncio.as_completed([job(3), job(1), job(2)]):
        print(await coro)
    try:
        for coro in asyncio.as_completed([job(3), job(1), job(5)], timeout=2):
            print(await coro)
    except TimeoutError:
        print('timeout')
    f = asyncio.get_running_loop().create_future()
    f.set_result('ready')
    t = asyncio.create_task(job(1))
    it = asyncio.as_completed([t, f, job(0)])
    print('made iterator')
    await asyncio.sleep(0)
    for c in it:
        print(await c)
    await asyncio.sleep(5)

asyncio.run(main())
