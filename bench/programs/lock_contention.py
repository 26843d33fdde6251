# Benchmark: 1,000 tasks contending for 10 Locks, 50,000 acquisitions in total.
import asyncio


async def worker(i, locks, counters):
    for k in range(50):
        idx = (i + k) % len(locks)
        async with locks[idx]:
            counters[idx] += 1
            await asyncio.sleep(0)


async def main():
    locks = [asyncio.Lock() for _ in range(10)]
    counters = [0] * 10
    await asyncio.gather(*(worker(i, locks, counters) for i in range(1000)))
    print("acquisitions =", sum(counters), "per lock =", counters[0])

asyncio.run(main())
