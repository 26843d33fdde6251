# wait_for() on a coroutine that swallows the timeout's cancellation: in 3.12
# the result is returned instead of raising TimeoutError.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print('stubborn: ignoring cancellation')
    return 'late result'


async def main():
    loop = asyncio.get_running_loop()
    try:
        result = await asyncio.wait_for(stubborn(), timeout=1)
        print('wait_for returned', repr(result), 'at', loop.time())
    except TimeoutError:
        print('TimeoutError at', loop.time())

asyncio.run(main())
