# A hundred thousand short tasks, gathered 10,000 at a time, run to the end under the default budgets.
import asyncio

async def work(i):
    return i

async def main():
    total = 0
    for start in range(0, 100000, 10000):
        results = await asyncio.gather(*[work(i) for i in range(start, start + 10000)])
        total += sum(results)
    print(total)

asyncio.run(main())
