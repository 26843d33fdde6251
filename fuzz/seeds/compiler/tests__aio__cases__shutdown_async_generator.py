# An async generator left unfinished is closed at shutdown by
# shutdown_asyncgens(): its finally block runs after main returns.
import asyncio


async def ticker(name):
    try:
        n = 0
        while True:
            yield n
            n += 1
            await asyncio.sleep(1)
    finally:
        print(f'{name}: closed')


async def main():
    gen = ticker('clock')
    async for value in gen:
        print('tick', value)
        if value == 2:
            break
    print('main: done, generator not closed yet')
    global keep
    keep = gen

asyncio.run(main())
print('after run')
