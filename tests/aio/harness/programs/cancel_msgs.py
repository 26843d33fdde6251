import asyncio

async def inner():
    await asyncio.sleep(10)

async def middle():
    try:
        await inner()
    except asyncio.CancelledError as e:
        print('middle saw', e.args)
        raise

async def main():
    t = asyncio.create_task(middle())
    await asyncio.sleep(1)
    t.cancel('reason 1')
    try:
        await t
    except asyncio.CancelledError as e:
        print('main saw', e.args)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result again', e.args)
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print('exception()', e.args)
    fut = asyncio.get_running_loop().create_future()
    async def waits():
        return await fut
    w = asyncio.create_task(waits())
    await asyncio.sleep(0)
    fut.cancel('fut msg')
    try:
        await w
    except asyncio.CancelledError as e:
        print('w', e.args, w.cancelled())
    async def catcher():
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            pass
        await asyncio.sleep(1)
        return 'finished anyway'
    c = asyncio.create_task(catcher())
    await asyncio.sleep(0)
    c.cancel()
    print(await c, c.cancelling())
    async def recancel():
        asyncio.current_task().cancel()
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            print('recancel caught')
        return 5
    print(await asyncio.create_task(recancel()))

asyncio.run(main())
