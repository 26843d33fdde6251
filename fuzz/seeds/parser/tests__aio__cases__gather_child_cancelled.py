# When one child of gather() is cancelled from outside, gather() raises
# CancelledError while the other children keep running.
import asyncio


async def part(name, seconds):
    await asyncio.sleep(seconds)
    print(f'{name} done')
    return name


async def main():
    a = asyncio.create_task(part('a', 1))
    b = asyncio.create_task(part('b', 2))
    c = asyncio.create_task(part('c', 3))
    gathered = asyncio.gather(a, b, c)
    await asyncio.sleep(1.5)
    b.cancel()
    try:
        await gathered
    except asyncio.CancelledError:
        print('gather: CancelledError; c still pending:', not c.done())
    print('c result:', await c)

asyncio.run(main())
