# asyncio.Runner: a task left pending by one run() keeps running during the
# next run(); close() cancels whatever is still pending.
import asyncio


async def background():
    try:
        for i in range(10):
            await asyncio.sleep(1)
            print('background tick', i)
    except asyncio.CancelledError:
        print('background cancelled by close()')
        raise


async def start():
    asyncio.create_task(background())
    await asyncio.sleep(1.5)
    print('start() returns')


async def later():
    await asyncio.sleep(1)
    print('later() returns in', asyncio.current_task().get_name())


runner = asyncio.Runner()
runner.run(start())
runner.run(later())
runner.close()
print('closed')
