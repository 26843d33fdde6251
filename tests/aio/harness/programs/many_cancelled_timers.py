import asyncio

async def quick(i):
    await asyncio.sleep(0.01 * (i % 7))
    return i

async def main():
    total = 0
    for round_ in range(3):
        rs = await asyncio.gather(*[asyncio.wait_for(quick(i), 10 + i) for i in range(300)])
        total += sum(rs)
        print('round', round_, total, asyncio.get_running_loop().time())
    waits = [asyncio.create_task(asyncio.sleep(100 + i)) for i in range(150)]
    await asyncio.sleep(1)
    for w in waits[:120]:
        w.cancel()
    await asyncio.sleep(0)
    print('cancelled many')
    await asyncio.sleep(50)
    print('still fine', sum(w.cancelled() for w in waits))
    for w in waits:
        w.cancel()

asyncio.run(main())
