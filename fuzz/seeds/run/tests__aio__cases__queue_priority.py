# PriorityQueue hands out the smallest item first: (priority, job) tuples.
import asyncio


async def main():
    queue = asyncio.PriorityQueue()
    for job in [(3, 'send newsletter'), (1, 'fix outage'), (2, 'review code'), (1, 'answer pager')]:
        queue.put_nowait(job)
    print('queued', queue.qsize())
    while not queue.empty():
        priority, name = await queue.get()
        print(priority, name)
        queue.task_done()

asyncio.run(main())
