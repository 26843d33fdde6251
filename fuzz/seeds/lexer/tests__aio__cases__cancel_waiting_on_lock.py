# A task cancelled while waiting for a Lock leaves the waiter queue; the lock
# then goes to the next waiter in FIFO order.
import asyncio


async def worker(name, lock):
    print(f'{name}: waiting for the lock')
    try:
        async with lock:
            print(f'{name}: got the lock')
            await asyncio.sleep(1)
            print(f'{name}: releasing')
    except asyncio.CancelledError:
        print(f'{name}: cancelled while waiting')
        raise


async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(worker('a', lock))
    b = asyncio.create_task(worker('b', lock))
    c = asyncio.create_task(worker('c', lock))
    await asyncio.sleep(0.5)
    b.cancel()
    results = await asyncio.gather(a, b, c, return_exceptions=True)
    print('results:', [type(r).__name__ for r in results])
    print('lock is free:', not lock.locked())

asyncio.run(main())
