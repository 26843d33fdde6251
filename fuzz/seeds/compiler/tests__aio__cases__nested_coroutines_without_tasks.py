# Awaiting coroutines directly runs them one after another inside the same
# task: no concurrency and no new task numbers.
import asyncio


async def fetch(name, seconds):
    print(f'{name}: start in {asyncio.current_task().get_name()}')
    await asyncio.sleep(seconds)
    print(f'{name}: end')
    return seconds


async def main():
    loop = asyncio.get_running_loop()
    total = 0
    for name, s in [('a', 1), ('b', 2)]:
        total += await fetch(name, s)
    print('sequential total', total, 'time', loop.time())
    results = await asyncio.gather(fetch('c', 1), fetch('d', 2))
    print('concurrent', results, 'time', loop.time())

asyncio.run(main())
