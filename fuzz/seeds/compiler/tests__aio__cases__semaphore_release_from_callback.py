# A Semaphore(0) used as a signal: call_later() callbacks release it and the
# waiting tasks proceed one per release, in FIFO order.
import asyncio


async def waiter(name, sem):
    await sem.acquire()
    print(f'{name} got a permit at {asyncio.get_running_loop().time()}')


async def main():
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(0)
    tasks = [asyncio.create_task(waiter(n, sem)) for n in ['x', 'y', 'z']]
    for delay in (1, 2, 2):
        loop.call_later(delay, sem.release)
    await asyncio.gather(*tasks)

asyncio.run(main())
