# current_task() and all_tasks(): counting live tasks and listing their names sorted.
import asyncio


async def worker(seconds):
    await asyncio.sleep(seconds)


async def main():
    print('main is', asyncio.current_task().get_name())
    tasks = [asyncio.create_task(worker(s), name=f'worker-{s}') for s in (1, 2, 3)]
    print('live tasks:', len(asyncio.all_tasks()))
    await asyncio.sleep(1.5)
    print('after 1.5s:', sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*tasks)
    print('at the end:', len(asyncio.all_tasks()), 'current is main:', asyncio.current_task() is asyncio.current_task())

asyncio.run(main())
