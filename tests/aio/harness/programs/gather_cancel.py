import asyncio

async def child(name, n, fail=None):
    try:
        await asyncio.sleep(n)
        if fail:
            raise fail
        return name
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise

async def main():
    g = asyncio.gather(child('a', 1), child('b', 2), child('c', 3))
    await asyncio.sleep(1.5)
    print('cancel ->', g.cancel('stop it'))
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather cancelled', e.args, g.cancelled())
    g = asyncio.gather(child('d', 1), child('e', 2), return_exceptions=True)
    await asyncio.sleep(0.5)
    g.cancel()
    try:
        print(await g)
    except asyncio.CancelledError as e:
        print('gather rex cancelled', e.args)
    t1 = asyncio.create_task(child('f', 1))
    t2 = asyncio.create_task(child('g', 2))
    g = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0.5)
    t2.cancel('inner msg')
    print(await g)
    try:
        await asyncio.gather(child('h', 1, ValueError('h')), child('i', 2))
    except ValueError as e:
        print('first error', e)
    await asyncio.sleep(2)
    f1 = asyncio.get_running_loop().create_future()
    f1.set_result(1)
    f2 = asyncio.get_running_loop().create_future()
    f2.set_result(2)
    print('all done', await asyncio.gather(f1, f2, f1))
    print('empty', await asyncio.gather())
    c = child('dup', 1)
    print(await asyncio.gather(c, c))
    async def outer():
        return await asyncio.gather(child('j', 2), child('k', 3))
    o = asyncio.create_task(outer())
    await asyncio.sleep(1)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print('outer cancelled')

asyncio.run(main())
