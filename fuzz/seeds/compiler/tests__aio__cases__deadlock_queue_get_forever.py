# A consumer waiting for more items than the producer puts: the queue stays
# empty and nothing can wake anyone (exit code 3).
import asyncio


async def producer(queue):
    for i in range(2):
        await queue.put(i)
        print('put', i)


async def consumer(queue):
    for _ in range(3):
        item = await queue.get()
        print('got', item)


async def main():
    queue = asyncio.Queue()
    await asyncio.gather(producer(queue), consumer(queue))
    print('never printed')

asyncio.run(main())
