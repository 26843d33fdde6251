# Timer deadlines are float sums: 0.1 + 0.2 is later than 0.3, yet both fire in
# one iteration (clock resolution 1e-9); 0.30000001 is 1e-8 later and waits.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.1 + 0.2, print, 'timer A (0.1 + 0.2)')
    loop.call_later(0.3, print, 'timer B (0.3)')
    loop.call_later(0.30000001, print, 'timer C (0.30000001)')
    print('A deadline > B deadline:', 0.1 + 0.2 > 0.3)
    await asyncio.sleep(1)
    print('time', loop.time())

asyncio.run(main())
