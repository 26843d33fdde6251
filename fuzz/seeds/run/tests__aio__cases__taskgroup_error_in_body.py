# An exception raised in the `async with TaskGroup()` body itself cancels the
# children and is reported inside the ExceptionGroup.
import asyncio


async def background(name):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print(f'{name}: cancelled because the body failed')
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(background('sync'))
            tg.create_task(background('backup'))
            await asyncio.sleep(1)
            raise RuntimeError('body failed')
    except* RuntimeError as eg:
        print('caught:', [repr(e) for e in eg.exceptions])

asyncio.run(main())
