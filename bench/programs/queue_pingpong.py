# Benchmark: two tasks passing 200,000 items through bounded Queues (ping-pong).
import asyncio

N = 200000


async def pinger(ping, pong):
    total = 0
    for i in range(N):
        await ping.put(i)
        total += await pong.get()
    await ping.put(None)
    return total


async def ponger(ping, pong):
    while (item := await ping.get()) is not None:
        await pong.put(item % 13)


async def main():
    ping, pong = asyncio.Queue(maxsize=1), asyncio.Queue(maxsize=1)
    total, _ = await asyncio.gather(pinger(ping, pong), ponger(ping, pong))
    print("items =", N, "checksum =", total)

asyncio.run(main())
