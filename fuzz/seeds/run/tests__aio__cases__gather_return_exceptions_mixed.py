# gather(return_exceptions=True) puts exceptions in the result list in argument
# order, and the other awaitables keep running.
import asyncio


async def check(host, seconds, error=None):
    await asyncio.sleep(seconds)
    if error:
        raise error
    return f'{host} ok'


async def main():
    results = await asyncio.gather(
        check('db', 2),
        check('cache', 1, ConnectionRefusedError('port 6379')),
        check('api', 3),
        check('dns', 0.5, TimeoutError()),
        return_exceptions=True,
    )
    for r in results:
        print(type(r).__name__, r)

asyncio.run(main())
