# Calling cancel() twice before the task runs: both return True and
# cancelling() counts 2, but only one CancelledError is delivered.
import asyncio


async def target():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('target: one CancelledError, cancelling() =', asyncio.current_task().cancelling())
        raise


async def main():
    task = asyncio.create_task(target())
    await asyncio.sleep(0)
    print(task.cancel(), task.cancel(), task.cancelling())
    await asyncio.gather(task, return_exceptions=True)
    print('cancelled:', task.cancelled())

asyncio.run(main())
