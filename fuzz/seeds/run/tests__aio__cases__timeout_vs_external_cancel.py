# An outside cancel() of a task inside asyncio.timeout() stays a
# CancelledError; it is not turned into TimeoutError.
import asyncio


async def guarded():
    try:
        async with asyncio.timeout(10):
            await asyncio.sleep(60)
    except TimeoutError:
        print('guarded: TimeoutError (not expected)')
    except asyncio.CancelledError:
        print('guarded: CancelledError from outside')
        raise


async def main():
    task = asyncio.create_task(guarded())
    await asyncio.sleep(1)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print('task cancelled:', task.cancelled())

asyncio.run(main())
