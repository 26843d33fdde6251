# contextlib.asynccontextmanager: setup before yield, cleanup after, also
# when the body raises or is cancelled.
import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def session(name):
    await asyncio.sleep(0.5)
    print(f'{name}: open')
    try:
        yield name.upper()
    finally:
        print(f'{name}: close')


async def use_and_get_cancelled():
    async with session('slow') as s:
        print('using', s)
        await asyncio.sleep(10)


async def main():
    async with session('db') as s:
        print('using', s)
    try:
        async with session('api'):
            raise KeyError('token')
    except KeyError as e:
        print('caught', repr(e))
    task = asyncio.create_task(use_and_get_cancelled())
    await asyncio.sleep(2)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print('cancelled:', task.cancelled())

asyncio.run(main())
