# Condition.notify(n) wakes at most n waiters, in the order they started waiting.
import asyncio


async def waiter(name, cond):
    async with cond:
        print(f'{name} waiting')
        await cond.wait()
        print(f'{name} woke up')


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(n, cond)) for n in ['w1', 'w2', 'w3']]
    await asyncio.sleep(1)
    async with cond:
        cond.notify(1)
    await asyncio.sleep(1)
    async with cond:
        cond.notify(5)
    await asyncio.gather(*tasks)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
