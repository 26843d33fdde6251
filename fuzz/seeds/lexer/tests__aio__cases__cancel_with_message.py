# cancel(msg) passes a message; the CancelledError inside the task carries it.
import asyncio


async def job():
    try:
        await asyncio.sleep(60)
    except asyncio.CancelledError as e:
        print('job: cancelled with args', e.args)
        raise


async def main():
    task = asyncio.create_task(job())
    await asyncio.sleep(1)
    task.cancel('user pressed stop')
    try:
        await task
    except asyncio.CancelledError as e:
        print('main: caught CancelledError, args', e.args)

asyncio.run(main())
