# With return_exceptions=True, a cancelled child shows up as a CancelledError
# object in the results instead of cancelling the gather.
import asyncio


async def part(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    tasks = [asyncio.create_task(part(n, s)) for n, s in [('a', 1), ('b', 2), ('c', 3)]]
    gathered = asyncio.gather(*tasks, return_exceptions=True)
    await asyncio.sleep(1.5)
    tasks[1].cancel()
    results = await gathered
    print([type(r).__name__ for r in results], repr(str(results[1])), results[0], results[2])

asyncio.run(main())
