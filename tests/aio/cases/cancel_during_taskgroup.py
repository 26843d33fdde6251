# Cancelling a task that sits in `async with TaskGroup()`: all children are
# cancelled and the CancelledError comes out of the block.
import asyncio


async def sensor(name, period):
    try:
        while True:
            await asyncio.sleep(period)
            print(f'{name}: reading')
    except asyncio.CancelledError:
        print(f'{name}: stopped')
        raise


async def monitor():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sensor('temp', 1))
            tg.create_task(sensor('humidity', 1.5))
    except asyncio.CancelledError:
        print('monitor: task group cancelled')
        raise


async def main():
    task = asyncio.create_task(monitor())
    await asyncio.sleep(3.2)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('main: monitor cancelled =', task.cancelled())

asyncio.run(main())
