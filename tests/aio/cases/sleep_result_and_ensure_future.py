# asyncio.sleep(delay, result) returns result; ensure_future() wraps a
# coroutine in a task (taking the next number) but returns tasks unchanged.
import asyncio


async def main():
    print(await asyncio.sleep(1, result='woke up'))
    task = asyncio.ensure_future(asyncio.sleep(1, result='from ensure_future'))
    print('same task back:', asyncio.ensure_future(task) is task, task.get_name())
    print(await task)

asyncio.run(main())
