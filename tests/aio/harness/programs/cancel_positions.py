import asyncio

async def worker(name, delay):
    try:
        print(name, 'start')
        await asyncio.sleep(delay)
        print(name, 'end')
        return name
    except asyncio.CancelledError as e:
        print(name, 'cancelled', e.args)
        raise
    finally:
        print(name, 'finally')

async def swallow():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print('swallowed', asyncio.current_task().cancelling())
        asyncio.current_task().uncancel()
    await asyncio.sleep(1)
    return 'swallow-result'

async def self_cancel():
    asyncio.current_task().cancel('self')
    print('after self cancel')
    return 1

async def main():
    t1 = asyncio.create_task(worker('a', 1))
    t1.cancel('before start')
    t2 = asyncio.create_task(worker('b', 1))
    await asyncio.sleep(0)
    t2.cancel('while sleeping')
    t3 = asyncio.create_task(worker('c', 1))
    await asyncio.sleep(1)
    print('t3 cancel after done:', t3.cancel())
    t4 = asyncio.create_task(swallow())
    await asyncio.sleep(0.5)
    t4.cancel()
    t4.cancel()
    print('t4 cancelling', t4.cancelling())
    t5 = asyncio.create_task(self_cancel())
    for t in (t1, t2):
        try:
            await t
        except asyncio.CancelledError as e:
            print('awaited cancelled', e.args)
    print(await t4)
    try:
        await t5
    except asyncio.CancelledError as e:
        print('t5', e.args, t5.cancelled())
    t6 = asyncio.create_task(worker('d', 3))
    await asyncio.sleep(0)
    t6.cancel('m1')
    t6.cancel('m2')
    try:
        await t6
    except asyncio.CancelledError as e:
        print('t6', e.args)
    print([t.cancelled() for t in (t1, t2, t3, t4, t5, t6)])

asyncio.run(main())
