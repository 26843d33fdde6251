# Several producers and consumers over one Queue, stopped with sentinel values.
import asyncio


async def producer(name, queue, count):
    for i in range(count):
        await asyncio.sleep(0.3)
        await queue.put(f'{name}-{i}')


async def consumer(name, queue, log):
    while True:
        item = await queue.get()
        if item is None:
            break
        log.append(item)
        print(f'{name} handled {item}')


async def main():
    queue = asyncio.Queue()
    log = []
    consumers = [asyncio.create_task(consumer(f'c{i}', queue, log)) for i in range(2)]
    await asyncio.gather(producer('p1', queue, 2), producer('p2', queue, 3))
    for _ in consumers:
        await queue.put(None)
    await asyncio.gather(*consumers)
    print(len(log), 'items handled')

asyncio.run(main())
