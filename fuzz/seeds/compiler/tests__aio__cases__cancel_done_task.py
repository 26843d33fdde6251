# cancel() on a task that already finished returns False and changes nothing.
import asyncio


async def quick():
    return 42


async def main():
    task = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print('done:', task.done())
    print('cancel() returned', task.cancel())
    print('cancelled:', task.cancelled(), 'result:', task.result())
    failing = asyncio.create_task(asyncio.sleep(1))
    failing.cancel()
    await asyncio.sleep(0)
    print('second cancel on a cancelled task:', failing.cancel())

asyncio.run(main())
