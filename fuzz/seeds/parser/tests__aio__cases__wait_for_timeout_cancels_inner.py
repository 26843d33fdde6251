# When wait_for() times out, the inner coroutine is cancelled first (its
# cleanup runs), then TimeoutError is raised in the caller.
import asyncio


async def slow_query():
    try:
        print('query: started')
        await asyncio.sleep(5)
        return 'rows'
    except asyncio.CancelledError:
        print('query: cancelled by the timeout')
        raise
    finally:
        print('query: connection returned to the pool')


async def main():
    try:
        await asyncio.wait_for(slow_query(), timeout=1.5)
    except TimeoutError as e:
        print('main: TimeoutError', repr(e), isinstance(e, asyncio.TimeoutError))
    print('main: continuing')

asyncio.run(main())
