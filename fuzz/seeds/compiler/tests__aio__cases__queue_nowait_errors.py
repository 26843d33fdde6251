# get_nowait() on an empty queue raises QueueEmpty; put_nowait() on a full one
# raises QueueFull; task_done() too often raises ValueError.
import asyncio


async def main():
    queue = asyncio.Queue(maxsize=1)
    try:
        queue.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    queue.put_nowait('a')
    try:
        queue.put_nowait('b')
    except asyncio.QueueFull:
        print('QueueFull, maxsize', queue.maxsize)
    print(queue.get_nowait())
    queue.task_done()
    try:
        queue.task_done()
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
