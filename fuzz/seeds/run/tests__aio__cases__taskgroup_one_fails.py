# One failing child cancels its siblings; the group raises an ExceptionGroup
# holding only the real failure.
import asyncio


async def worker(name, seconds, fail=False):
    try:
        await asyncio.sleep(seconds)
        if fail:
            raise ConnectionError(f'{name} lost connection')
        print(f'{name}: finished')
    except asyncio.CancelledError:
        print(f'{name}: cancelled')
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker('a', 1))
            tg.create_task(worker('b', 2, fail=True))
            tg.create_task(worker('c', 3))
            tg.create_task(worker('d', 4))
    except ExceptionGroup as eg:
        print('group:', eg.message, [repr(e) for e in eg.exceptions])

asyncio.run(main())
