# A second cancel() arriving while the task awaits inside its finally block
# interrupts the cleanup too.
import asyncio


async def upload():
    try:
        print('upload: sending')
        await asyncio.sleep(10)
    finally:
        print('upload: cleanup started')
        try:
            await asyncio.sleep(5)
            print('upload: cleanup finished (not expected)')
        except asyncio.CancelledError:
            print('upload: cleanup was cancelled as well')
            raise


async def main():
    task = asyncio.create_task(upload())
    await asyncio.sleep(1)
    task.cancel()
    await asyncio.sleep(1)
    print('main: cancelling again during cleanup, cancelling() =', task.cancelling())
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('main: upload cancelled, cancelling() =', task.cancelling())

asyncio.run(main())
