import asyncio

async def party(b, name, d):
    await asyncio.sleep(d)
    print(name, 'arrives', b.n_waiting)
    i = await b.wait()
    print(name, 'passes', i)

async def main():
    b = asyncio.Barrier(3)
    await asyncio.gather(*[party(b, f'p{i}', i * 0.5) for i in range(3)])
    await asyncio.gather(*[party(b, f'q{i}', 0) for i in range(3)])
    print(b.parties, b.broken)
    t = asyncio.create_task(party(b, 'r', 0))
    await asyncio.sleep(1)
    await b.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print('broken', b.broken)
    bs = asyncio.BoundedSemaphore(2)
    async def use(name, d):
        async with bs:
            print(name, 'in', bs.locked())
            await asyncio.sleep(d)
        print(name, 'out')
    await asyncio.gather(*[use(f'u{i}', 1 + i % 2) for i in range(5)])
    try:
        bs.release()
    except ValueError as e:
        print(e)
    s = asyncio.Semaphore(0)
    async def acq(name):
        await s.acquire()
        print(name, 'acquired')
    ts = [asyncio.create_task(acq(f'a{i}')) for i in range(3)]
    await asyncio.sleep(0)
    s.release(); s.release()
    ts[0].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    s.release()
    await asyncio.gather(*ts, return_exceptions=True)
    print('value', s._value)

asyncio.run(main())
