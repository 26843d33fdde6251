# A task can cancel itself with current_task().cancel(): the CancelledError
# arrives at its next await.
import asyncio


async def self_cancelling():
    me = asyncio.current_task()
    print('cancelling myself:', me.cancel())
    print('still running until the next await')
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('CancelledError delivered at the await')
        raise


async def main():
    task = asyncio.create_task(self_cancelling())
    await asyncio.gather(task, return_exceptions=True)
    print('task cancelled:', task.cancelled())

asyncio.run(main())
