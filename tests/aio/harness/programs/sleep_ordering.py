import asyncio

async def spinner(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)

async def timed(name, d):
    await asyncio.sleep(d)
    print(name, 'woke')

async def main():
    ts = [asyncio.create_task(spinner(f's{i}', 3)) for i in range(3)]
    ts += [asyncio.create_task(timed(f't{i}', 0.1 * i)) for i in range(5)]
    ts += [asyncio.create_task(timed(f'u{i}', 0.3)) for i in range(3)]
    await asyncio.gather(*ts)
    print(await asyncio.sleep(0, 'r0'), await asyncio.sleep(0.5, 'r1'), await asyncio.sleep(-1, 'neg'))
    await asyncio.sleep(1e-10)
    print('tiny')

asyncio.run(main())
