# Condition.wait_for(predicate): consumers wake on notify_all() but only
# proceed once their condition holds.
import asyncio


async def consumer(name, cond, stock, need):
    async with cond:
        await cond.wait_for(lambda: stock['items'] >= need)
        stock['items'] -= need
        print(f'{name} took {need}, left {stock["items"]}')


async def producer(cond, stock):
    for _ in range(4):
        await asyncio.sleep(1)
        async with cond:
            stock['items'] += 2
            print('produced 2, stock', stock['items'])
            cond.notify_all()


async def main():
    cond = asyncio.Condition()
    stock = {'items': 0}
    await asyncio.gather(consumer('big', cond, stock, 3), consumer('small', cond, stock, 1), producer(cond, stock))

asyncio.run(main())
