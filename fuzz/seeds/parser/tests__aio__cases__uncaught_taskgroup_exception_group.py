# An ExceptionGroup escaping main: exit 1, and the error line is the last
# sub-exception.
import asyncio


async def check(name, seconds, exc):
    await asyncio.sleep(seconds)
    raise exc


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(check('disk', 1, OSError('disk full')))
        tg.create_task(check('net', 1, ConnectionError('network down')))
    print('not reached')

asyncio.run(main())
