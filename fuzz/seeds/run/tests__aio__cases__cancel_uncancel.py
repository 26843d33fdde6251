# cancelling() counts pending cancel requests; uncancel() takes one back, so a
# task that handled its cancellation can keep going.
import asyncio


async def resilient():
    task = asyncio.current_task()
    for attempt in range(3):
        try:
            await asyncio.sleep(5)
            print('resilient: slept without interruption')
            return 'finished'
        except asyncio.CancelledError:
            print(f'resilient: cancelled on attempt {attempt}, cancelling() = {task.cancelling()}')
            print('resilient: uncancel() ->', task.uncancel())


async def main():
    task = asyncio.create_task(resilient())
    await asyncio.sleep(1)
    task.cancel()
    await asyncio.sleep(1)
    task.cancel()
    print('main: result', await task, 'cancelled?', task.cancelled())

asyncio.run(main())
