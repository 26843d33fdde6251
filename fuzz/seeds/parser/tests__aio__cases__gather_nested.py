# gather() of gathers: results keep the argument structure and order,
# regardless of which finished first.
import asyncio


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    print(f'{name} arrived')
    return name.upper()


async def main():
    results = await asyncio.gather(
        asyncio.gather(fetch('a', 3), fetch('b', 1)),
        fetch('c', 2),
        asyncio.gather(fetch('d', 0.5)),
    )
    print(results)

asyncio.run(main())
