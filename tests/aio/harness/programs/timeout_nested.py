import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(2) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(5)
            except TimeoutError:
                print('inner expired', inner.expired(), outer.expired())
            await asyncio.sleep(5)
    except TimeoutError:
        print('outer expired', outer.expired(), loop.time())
    try:
        async with asyncio.timeout(1) as outer:
            async with asyncio.timeout(3) as inner:
                await asyncio.sleep(5)
    except TimeoutError:
        print('outer first', outer.expired(), inner.expired(), loop.time())
    async with asyncio.timeout(None) as t:
        print(t.when())
        t.reschedule(loop.time() + 1)
        try:
            await asyncio.sleep(0.5)
        finally:
            print('expired?', t.expired())
    try:
        async with asyncio.timeout(1) as t:
            t.reschedule(loop.time() + 3)
            await asyncio.sleep(5)
    except TimeoutError:
        print('rescheduled', loop.time())
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(1)
    except TimeoutError:
        print('past deadline', loop.time())
    t = asyncio.timeout(1)
    try:
        t.reschedule(3)
    except RuntimeError as e:
        print(e)
    async with t:
        pass
    try:
        t.reschedule(3)
    except RuntimeError as e:
        print(e)
    try:
        async with asyncio.timeout(0):
            print('zero body')
            await asyncio.sleep(0)
            print('not reached')
    except TimeoutError:
        print('zero timeout')
    async def victim():
        try:
            async with asyncio.timeout(5):
                await asyncio.sleep(10)
        except TimeoutError:
            print('victim timeout (wrong)')
    v = asyncio.create_task(victim())
    await asyncio.sleep(1)
    v.cancel()
    try:
        await v
    except asyncio.CancelledError:
        print('victim cancelled')

asyncio.run(main())
