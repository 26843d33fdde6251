# A task that catches CancelledError and returns normally ends up NOT
# cancelled: its result is the value it returned.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('stubborn: ignoring the cancellation')
    await asyncio.sleep(1)
    return 'still here'


async def main():
    task = asyncio.create_task(stubborn())
    await asyncio.sleep(1)
    task.cancel()
    result = await task
    print('main: result', repr(result), 'cancelled?', task.cancelled(), 'cancelling()', task.cancelling())

asyncio.run(main())
