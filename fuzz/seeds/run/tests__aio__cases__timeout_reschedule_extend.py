# Timeout.reschedule() pushes the deadline later while work keeps arriving,
# like an idle timeout that is reset on activity.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(2) as idle:
            for chunk in range(4):
                await asyncio.sleep(1.5)
                print(f'chunk {chunk} at {loop.time()}')
                idle.reschedule(loop.time() + 2)
            print('all chunks read; deadline', idle.when())
            await asyncio.sleep(5)
    except TimeoutError:
        print('idle timeout at', loop.time())

asyncio.run(main())
