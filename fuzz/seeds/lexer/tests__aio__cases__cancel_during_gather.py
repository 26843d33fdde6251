# Cancelling the task that awaits gather() cancels every child that is still
# running; children that already finished keep their results.
import asyncio


async def fetch(name, seconds):
    try:
        await asyncio.sleep(seconds)
        print(f'{name}: done')
        return name
    except asyncio.CancelledError:
        print(f'{name}: cancelled')
        raise


async def collect(children):
    try:
        return await asyncio.gather(*children)
    except asyncio.CancelledError:
        print('collect: cancelled while gathering')
        raise


async def main():
    children = [asyncio.create_task(fetch(n, s)) for n, s in [('fast', 1), ('slow', 5), ('slower', 9)]]
    collector = asyncio.create_task(collect(children))
    await asyncio.sleep(2)
    collector.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('states:', [(c.cancelled(), c.done()) for c in children])
    print('collector done yet?', collector.done())
    await asyncio.gather(collector, return_exceptions=True)
    print('fast result:', children[0].result(), 'collector cancelled:', collector.cancelled())

asyncio.run(main())
