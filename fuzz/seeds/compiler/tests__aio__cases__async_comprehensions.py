# Async comprehensions: async for inside list/dict/set comprehensions, and
# await inside an ordinary comprehension.
import asyncio


async def readings(n):
    for i in range(n):
        await asyncio.sleep(0.5)
        yield i * 10


async def double(x):
    await asyncio.sleep(0.1)
    return x * 2


async def main():
    values = [v async for v in readings(4)]
    print(values)
    print({v: v // 10 async for v in readings(3) if v})
    print(sorted({v % 20 async for v in readings(4)}))
    print([await double(v) for v in values])

asyncio.run(main())
