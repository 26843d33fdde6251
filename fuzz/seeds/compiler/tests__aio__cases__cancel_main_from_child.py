# A child cancels the main task; asyncio.run() then raises CancelledError
# to its caller, which we catch at top level.
import asyncio


async def watchdog(main_task):
    await asyncio.sleep(2)
    print('watchdog: cancelling main')
    main_task.cancel()


async def main():
    watcher = asyncio.create_task(watchdog(asyncio.current_task()))
    try:
        await asyncio.sleep(10)
    finally:
        print('main: finally runs')

try:
    asyncio.run(main())
except asyncio.CancelledError:
    print('asyncio.run raised CancelledError')
