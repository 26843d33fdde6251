# Asking a future or a task whether it is done or cancelled, in each state, through
# subclasses that override the answers, and with a wrong call. Locks and queues ask the same
# question before they wake a waiter.
import asyncio


class StickyFuture(asyncio.Future):
    """Says when done() is asked. CPython's C Task reads an awaited future's state directly
    and never asks; its pure-Python Task would ask once while suspending on it."""
    def done(self):
        answer = super().done()
        print("  StickyFuture.done() ->", answer)
        return answer


class ShoutingFuture(asyncio.Future):
    def cancelled(self):
        answer = super().cancelled()
        print("  ShoutingFuture.cancelled() ->", answer)
        return answer


async def sleeper(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    loop = asyncio.get_running_loop()
    plain = loop.create_future()
    print("pending:", plain.done(), plain.cancelled())
    plain.set_result(1)
    print("finished:", plain.done(), plain.cancelled())
    gone = loop.create_future()
    gone.cancel("no longer needed")
    print("cancelled:", gone.done(), gone.cancelled())
    failed = loop.create_future()
    failed.set_exception(ValueError("bad"))
    print("failed:", failed.done(), failed.cancelled(), repr(failed.exception()))

    task = asyncio.create_task(sleeper(1))
    print("task pending:", task.done(), task.cancelled())
    await asyncio.sleep(0)
    task.cancel()
    print("task cancelling:", task.done(), task.cancelled(), task.cancelling())
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled:", task.done(), task.cancelled())

    sticky = StickyFuture()
    loop.call_later(0.5, sticky.set_result, "late")
    print("awaited sticky:", await sticky, sticky.done())
    shouting = ShoutingFuture()
    shouting.cancel()
    print("shouting:", shouting.cancelled())

    for method in (plain.done, plain.cancelled):
        try:
            method(1)
        except TypeError as exc:
            print("TypeError raised:", type(exc).__name__)

    # A lock hands over to waiters in order, skipping one whose wait was cancelled.
    lock = asyncio.Lock()
    order = []

    async def holder(name, hold):
        async with lock:
            order.append(name)
            await asyncio.sleep(hold)

    tasks = [asyncio.create_task(holder(n, 0.1)) for n in "abcd"]
    await asyncio.sleep(0.05)
    tasks[2].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("lock order:", order, [t.cancelled() for t in tasks])


asyncio.run(main())
