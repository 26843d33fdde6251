# as_completed() yields awaitables in completion order; an exception comes
# out of the await of the matching item.
import asyncio


async def fetch(name, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise LookupError(f'{name} not found')
    return name


async def main():
    coros = [fetch('x', 3), fetch('y', 1, fail=True), fetch('z', 2)]
    for next_done in asyncio.as_completed(coros):
        try:
            print('got', await next_done)
        except LookupError as e:
            print('error', e)

asyncio.run(main())
