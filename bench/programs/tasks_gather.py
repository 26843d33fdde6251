# Benchmark: 100,000 tasks that sleep and are gathered; stresses task creation, the timer heap and gather.
import asyncio


async def worker(i):
    await asyncio.sleep(0.01)
    return i % 7


async def main():
    results = await asyncio.gather(*(worker(i) for i in range(100000)))
    print("tasks =", len(results), "sum =", sum(results))

asyncio.run(main())
