# call_at() and call_later() share one timer heap ordered by deadline, with
# equal deadlines firing in registration order.
import asyncio


def ring(label, loop):
    print(f'{label} at {loop.time()}')


async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    loop.call_at(now + 2, ring, 'call_at +2', loop)
    loop.call_later(1, ring, 'call_later 1', loop)
    loop.call_later(2, ring, 'call_later 2', loop)
    loop.call_at(now + 1, ring, 'call_at +1', loop)
    loop.call_soon(ring, 'call_soon', loop)
    loop.call_later(0, ring, 'call_later 0', loop)
    await asyncio.sleep(3)

asyncio.run(main())
