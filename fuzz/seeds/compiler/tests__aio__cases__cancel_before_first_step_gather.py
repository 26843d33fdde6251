# A gathered task cancelled before its first step never runs; gather with
# return_exceptions=True reports it as a CancelledError next to the others.
import asyncio


async def job(name):
    print(f'{name}: running')
    await asyncio.sleep(1)
    return name


async def main():
    tasks = [asyncio.create_task(job(n)) for n in ['a', 'b', 'c']]
    tasks[1].cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([r if isinstance(r, str) else type(r).__name__ for r in results])

asyncio.run(main())
