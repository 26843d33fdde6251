# A sibling that swallows its cancellation finishes normally, but the group
# still raises the other child's error.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print('stubborn: ignoring cancel, finishing up')
        await asyncio.sleep(1)
        print('stubborn: done')
        return 'ok'


async def failing():
    await asyncio.sleep(1)
    raise ValueError('bad input')


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            s = tg.create_task(stubborn())
            tg.create_task(failing())
    except* ValueError:
        print('ValueError at', loop.time(), 'stubborn result', s.result())

asyncio.run(main())
