# A waiter that is woken for the lock but cancelled before it runs passes the
# wake-up on to the next waiter, so nobody is stranded.
import asyncio


async def worker(name, lock):
    try:
        async with lock:
            print(f'{name}: has the lock')
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(f'{name}: cancelled')
        raise


async def main():
    lock = asyncio.Lock()
    holder = asyncio.create_task(worker('holder', lock))
    await asyncio.sleep(0)
    w1 = asyncio.create_task(worker('w1', lock))
    w2 = asyncio.create_task(worker('w2', lock))
    await asyncio.sleep(0.5)
    await asyncio.sleep(0.5)
    w1.cancel()
    await asyncio.gather(holder, w1, w2, return_exceptions=True)
    print('lock free:', not lock.locked())

asyncio.run(main())
