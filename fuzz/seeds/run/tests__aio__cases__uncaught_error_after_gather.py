# An exception escaping main() ends asyncio.run() and the program with exit 1;
# pending tasks are cancelled first.
import asyncio


async def background():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print('background: cancelled during shutdown')
        raise


async def main():
    asyncio.create_task(background())
    totals = await asyncio.gather(asyncio.sleep(1, result=3), asyncio.sleep(2, result=0))
    print('totals', totals)
    print('average', totals[0] / totals[1])

asyncio.run(main())
