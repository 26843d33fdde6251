# Waiting for an Event with a timeout using wait_for(): the first wait times
# out, the second succeeds once the event is set.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    done = asyncio.Event()
    try:
        await asyncio.wait_for(done.wait(), timeout=1)
    except TimeoutError:
        print('no signal after 1s')
    loop.call_later(0.5, done.set)
    print('signal received:', await asyncio.wait_for(done.wait(), timeout=1), 'at', loop.time())

asyncio.run(main())
