# A task suspends on exact Futures and Tasks (read directly by the Task) and on subclasses
# that override add_done_callback, get_loop or result (used through their methods), and wakes
# up from each with a result, an exception or a cancellation.
import asyncio


class LoggingFuture(asyncio.Future):
    def add_done_callback(self, fn, *, context=None):
        print("  LoggingFuture.add_done_callback", callable(fn))
        super().add_done_callback(fn, context=context)

    def get_loop(self):
        print("  LoggingFuture.get_loop")
        return super().get_loop()

    def result(self):
        print("  LoggingFuture.result")
        return super().result()


async def resolve_later(fut, how, value):
    await asyncio.sleep(0.1)
    if how == "result":
        fut.set_result(value)
    elif how == "exception":
        fut.set_exception(value)
    else:
        fut.cancel(value)


async def wait_on(label, fut, how, value):
    loop = asyncio.get_running_loop()
    loop.create_task(resolve_later(fut, how, value))
    try:
        print(label, "->", await fut)
    except asyncio.CancelledError as e:
        print(label, "-> cancelled", e.args)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


async def child(n):
    await asyncio.sleep(0.05)
    if n < 0:
        raise ValueError(n)
    return n * 10


async def main():
    loop = asyncio.get_running_loop()
    for how, value in (("result", 1), ("exception", KeyError("k")), ("cancel", "stop")):
        await wait_on("Future/" + how, loop.create_future(), how, value)
        await wait_on("LoggingFuture/" + how, LoggingFuture(), how, value)
    print("task ->", await asyncio.create_task(child(4)))
    try:
        await asyncio.create_task(child(-1))
    except ValueError as e:
        print("task raised", e)
    t = asyncio.create_task(child(1))
    loop.call_later(0.01, t.cancel, "bye")
    try:
        await t
    except asyncio.CancelledError as e:
        print("task cancelled", e.args, t.cancelled())
    # A finished future awaited again, and one awaited by two tasks at once.
    f = loop.create_future()
    waiters = [asyncio.create_task(wait_on(f"shared{i}", f, "result", i)) for i in range(1)]
    other = asyncio.create_task(asyncio.wait_for(f, 5))
    await asyncio.gather(*waiters)
    print("other ->", await other, "again ->", await f)


asyncio.run(main())
