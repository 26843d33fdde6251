# BoundedSemaphore counts acquisitions; locked() is True when no slot is
# left, and waiting tasks get slots as others release them.
import asyncio


async def use(name, sem):
    await sem.acquire()
    print(f'{name} acquired, locked={sem.locked()}')
    await asyncio.sleep(1)
    sem.release()
    print(f'{name} released')


async def main():
    sem = asyncio.BoundedSemaphore(2)
    await asyncio.gather(use('a', sem), use('b', sem), use('c', sem))
    try:
        sem.release()
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
