# call_soon callbacks and sleep(0) interleave in FIFO order of the ready queue.
import asyncio


async def worker(name):
    for i in range(2):
        print(f'{name} step {i}')
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, 'callback', 1)
    t = asyncio.create_task(worker('w'))
    loop.call_soon(print, 'callback', 2)
    await asyncio.sleep(0)
    print('main after first sleep(0)')
    loop.call_soon(print, 'callback', 3)
    await t
    print('main done')

asyncio.run(main())
