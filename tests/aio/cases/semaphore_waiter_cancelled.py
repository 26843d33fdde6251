# A task cancelled while waiting on a Semaphore does not consume a slot.
import asyncio


async def worker(name, sem):
    try:
        async with sem:
            print(f'{name}: working')
            await asyncio.sleep(2)
            print(f'{name}: done')
    except asyncio.CancelledError:
        print(f'{name}: cancelled while queued')
        raise


async def main():
    sem = asyncio.Semaphore(1)
    tasks = [asyncio.create_task(worker(n, sem)) for n in ['first', 'second', 'third']]
    await asyncio.sleep(1)
    tasks[1].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print('slots free:', not sem.locked())

asyncio.run(main())
