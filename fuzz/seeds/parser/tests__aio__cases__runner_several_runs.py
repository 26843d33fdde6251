# One asyncio.Runner can run several coroutines on the same loop; state such
# as a Queue survives between runs, and task numbers continue without gaps.
import asyncio


async def produce(queue):
    for item in ['a', 'b', 'c']:
        await queue.put(item)
    print('produced by', asyncio.current_task().get_name())


async def consume(queue):
    items = []
    while not queue.empty():
        items.append(await queue.get())
    print('consumed', items, 'by', asyncio.current_task().get_name())


with asyncio.Runner() as runner:
    queue = asyncio.Queue()
    runner.run(produce(queue))
    runner.run(consume(queue))
    print('same loop time:', runner.get_loop().time())
print('runner closed')
