# A task that exits while holding a Lock without releasing it: the next waiter
# can never run, so the program deadlocks (exit code 3).
import asyncio


async def careless(lock):
    await lock.acquire()
    print('careless: acquired and forgot to release')


async def polite(lock):
    print('polite: waiting for the lock')
    async with lock:
        print('polite: never gets here')


async def main():
    lock = asyncio.Lock()
    await careless(lock)
    await polite(lock)

asyncio.run(main())
