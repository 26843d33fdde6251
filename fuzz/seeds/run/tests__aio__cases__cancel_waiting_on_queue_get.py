# A consumer cancelled inside Queue.get(): the item put later goes to the
# remaining consumer, nothing is lost.
import asyncio


async def consumer(name, queue):
    try:
        while True:
            item = await queue.get()
            print(f'{name}: got {item}')
    except asyncio.CancelledError:
        print(f'{name}: cancelled in get()')
        raise


async def main():
    queue = asyncio.Queue()
    c1 = asyncio.create_task(consumer('c1', queue))
    c2 = asyncio.create_task(consumer('c2', queue))
    await asyncio.sleep(1)
    c1.cancel()
    await asyncio.sleep(0)
    for item in ['apple', 'pear']:
        await queue.put(item)
    await asyncio.sleep(1)
    print('queue size:', queue.qsize())
    c2.cancel()
    await asyncio.gather(c1, c2, return_exceptions=True)

asyncio.run(main())
