# A task that fails while nobody awaits it: the program goes on (the
# "Task exception was never retrieved" report goes to stderr, not stdout).
import asyncio


async def flaky():
    await asyncio.sleep(1)
    raise ConnectionError('lost')


async def main():
    task = asyncio.create_task(flaky())
    await asyncio.sleep(2)
    print('task done:', task.done())
    del task
    await asyncio.sleep(1)
    print('main finished normally')

asyncio.run(main())
