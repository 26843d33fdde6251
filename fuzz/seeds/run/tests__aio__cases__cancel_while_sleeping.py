# Cancelling a task while it sleeps: CancelledError is raised at its await,
# the finally block runs, and awaiting the task raises CancelledError.
import asyncio


async def download(name):
    try:
        print(f'{name}: downloading')
        await asyncio.sleep(10)
        print(f'{name}: finished (not expected)')
    finally:
        print(f'{name}: closing connection')


async def main():
    task = asyncio.create_task(download('report.pdf'))
    await asyncio.sleep(2)
    print('main: cancelling, returned', task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print('main: task is cancelled:', task.cancelled())

asyncio.run(main())
