import asyncio

async def user(lock, name, hold):
    print(name, 'wants')
    try:
        async with lock:
            print(name, 'has it')
            await asyncio.sleep(hold)
        print(name, 'released')
    except asyncio.CancelledError:
        print(name, 'cancelled while waiting', lock.locked())
        raise

async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(user(lock, 'a', 1))
    b = asyncio.create_task(user(lock, 'b', 1))
    c = asyncio.create_task(user(lock, 'c', 1))
    await asyncio.sleep(1)
    b.cancel()
    await asyncio.sleep(0.5)
    await asyncio.gather(a, b, c, return_exceptions=True)
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    sem = asyncio.Semaphore(1)
    async def s(name):
        async with sem:
            print(name, 'in sem')
            await asyncio.sleep(1)
    ts = [asyncio.create_task(s(f's{i}')) for i in range(4)]
    await asyncio.sleep(0)
    ts[1].cancel()
    await asyncio.sleep(1)
    ts[2].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    print(sem.locked(), sem._value)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)
    e = asyncio.Event()
    async def ew(n):
        print(n, await e.wait())
    ts = [asyncio.create_task(ew(i)) for i in range(3)]
    await asyncio.sleep(1)
    ts[1].cancel()
    e.set()
    e.set()
    print(e.is_set())
    await asyncio.gather(*ts, return_exceptions=True)
    e.clear()
    print(e.is_set())

asyncio.run(main())
