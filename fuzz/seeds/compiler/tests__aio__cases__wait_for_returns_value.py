# wait_for() with enough time returns the coroutine's value; with timeout=None
# it simply waits.
import asyncio


async def compute_total(prices):
    await asyncio.sleep(1)
    return sum(prices)


async def main():
    total = await asyncio.wait_for(compute_total([3, 4, 5]), timeout=2)
    print('total within timeout:', total)
    total = await asyncio.wait_for(compute_total([10]), timeout=None)
    print('total without timeout:', total)
    loop = asyncio.get_running_loop()
    print('time now:', loop.time())

asyncio.run(main())
