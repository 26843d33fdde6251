# Queue.join() waits until every item has been marked with task_done();
# workers are then cancelled.
import asyncio


async def worker(name, queue):
    while True:
        order = await queue.get()
        await asyncio.sleep(order['prep'])
        print(f'{name} served order {order["id"]}')
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for i, prep in enumerate([2, 1, 3, 1], start=1):
        queue.put_nowait({'id': i, 'prep': prep})
    workers = [asyncio.create_task(worker(f'barista-{n}', queue)) for n in (1, 2)]
    await queue.join()
    print('all orders served, unfinished', queue.qsize())
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])

asyncio.run(main())
