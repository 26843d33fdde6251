"""Ten thousand tasks (the app's benchmark)
chapter: benchmarks
level: advanced

A lesson-sized program with 10,000 tasks: each sleeps a little, takes a semaphore, prints
now and then and hands a result to a queue that one consumer drains. Used by
`loopscope tests/gui/data/ten_thousand_tasks.py --bench-frames 300`.
"""
import asyncio

N = 10_000


async def worker(i, gate, results):
    await asyncio.sleep((i % 50) / 100)
    async with gate:
        if i % 1000 == 0:
            print(f"worker {i} has the gate")
        await asyncio.sleep(0)
    await results.put(i)


async def consumer(results):
    total = 0
    for _ in range(N):
        total += await results.get()
    return total


async def main():
    gate = asyncio.Semaphore(100)
    results = asyncio.Queue()
    drain = asyncio.create_task(consumer(results))
    workers = [asyncio.create_task(worker(i, gate, results)) for i in range(N)]
    await asyncio.gather(*workers)
    print("sum", await drain)


asyncio.run(main())
