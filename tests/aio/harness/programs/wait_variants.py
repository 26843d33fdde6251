import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name

def names(s):
    return sorted(t.get_name() for t in s)

async def main():
    ts = [asyncio.create_task(job('a', 1)), asyncio.create_task(job('b', 2, True)), asyncio.create_task(job('c', 3))]
    done, pending = await asyncio.wait(ts, timeout=0.5)
    print('timeout', names(done), names(pending))
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print('first', names(done), names(pending))
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print('exc', names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print('all', names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print('again', names(done), names(pending))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print('ValueError', e)
    try:
        await asyncio.wait([job('x', 1)])
    except TypeError as e:
        print('TypeError', e)
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(1, f.set_result, 5)
    done, pending = await asyncio.wait([f], timeout=2)
    print(len(done), len(pending), f.result())
    t = asyncio.create_task(job('w', 10))
    done, pending = await asyncio.wait({t}, timeout=1)
    print(len(done), len(pending))
    t.cancel()
    done, pending = await asyncio.wait({t})
    print(t.cancelled())

asyncio.run(main())
