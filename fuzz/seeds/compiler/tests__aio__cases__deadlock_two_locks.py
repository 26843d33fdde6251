# The classic lock-ordering deadlock: two tasks take two locks in opposite order.
import asyncio


async def transfer(name, first, second):
    async with first:
        print(f'{name}: holding first lock')
        await asyncio.sleep(1)
        print(f'{name}: waiting for second lock')
        async with second:
            print(f'{name}: transferred (never printed)')


async def main():
    accounts_a, accounts_b = asyncio.Lock(), asyncio.Lock()
    await asyncio.gather(transfer('t1', accounts_a, accounts_b), transfer('t2', accounts_b, accounts_a))

asyncio.run(main())
