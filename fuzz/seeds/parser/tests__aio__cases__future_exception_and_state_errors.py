# Future.set_exception() makes awaiting raise; result() on a pending future and
# a second set_result() raise InvalidStateError.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError:
        print('InvalidStateError from result() of a pending future')
    fut.set_exception(ValueError('sensor offline'))
    try:
        await fut
    except ValueError as e:
        print('await raised', repr(e))
    print('exception():', repr(fut.exception()))
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError:
        print('InvalidStateError from set_result() on a finished future')
    cancelled = loop.create_future()
    cancelled.cancel()
    try:
        cancelled.result()
    except asyncio.CancelledError:
        print('result() of a cancelled future raises CancelledError')

asyncio.run(main())
