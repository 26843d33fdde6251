# A child failing while the TaskGroup body is still awaiting something: the
# body's await is cancelled and the group raises the child's error.
import asyncio


async def failing():
    await asyncio.sleep(1)
    raise ValueError('child failed')


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            try:
                await asyncio.sleep(10)
                print('body: not reached')
            except asyncio.CancelledError:
                print('body: my await was cancelled by the group')
                raise
    except* ValueError as eg:
        print('group raised', [str(e) for e in eg.exceptions], 'at', asyncio.get_running_loop().time())

asyncio.run(main())
