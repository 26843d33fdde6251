# A bare Future resolved by a call_later callback wakes every task awaiting it.
import asyncio


async def waiter(name, fut):
    value = await fut
    print(f'{name} got {value!r}')


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tasks = [asyncio.create_task(waiter(n, fut)) for n in ['first', 'second']]
    loop.call_later(2, fut.set_result, 'payload')
    print('done before:', fut.done())
    await asyncio.gather(*tasks)
    print('done after:', fut.done(), 'result:', fut.result())

asyncio.run(main())
