# Cancelling a task that is inside wait_for() cancels the inner awaitable and
# the CancelledError propagates (no TimeoutError).
import asyncio


async def fetch():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('fetch: cancelled')
        raise


async def caller():
    try:
        await asyncio.wait_for(fetch(), timeout=5)
    except TimeoutError:
        print('caller: TimeoutError (not expected)')


async def main():
    task = asyncio.create_task(caller())
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('main: caller cancelled at', asyncio.get_running_loop().time())

asyncio.run(main())
