# A Semaphore(2) limits concurrent downloads to two; the others wait in order.
import asyncio


async def download(name, sem, seconds):
    async with sem:
        print(f'{name}: start')
        await asyncio.sleep(seconds)
        print(f'{name}: end')


async def main():
    sem = asyncio.Semaphore(2)
    jobs = [('a', 2), ('b', 1), ('c', 1), ('d', 2), ('e', 1)]
    await asyncio.gather(*(download(n, sem, s) for n, s in jobs))
    print('semaphore locked?', sem.locked())

asyncio.run(main())
