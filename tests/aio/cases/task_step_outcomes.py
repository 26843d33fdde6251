# Every way one step of a task can end: awaiting a pending future, a bare yield (sleep(0)),
# a task cancelling itself before it awaits, a future that is already done, a future of another
# loop, a bad yield from a generator-based awaitable, a task awaiting itself, returning and
# raising. The order of the output is the order of the loop's steps.
import asyncio


class BareYields:
    """Awaiting it yields None twice: two bare yields, like sleep(0)."""

    def __await__(self):
        yield
        yield
        return "waitable done"


class BadYield:
    def __await__(self):
        yield 42


async def ticker(name, n):
    for i in range(n):
        print(name, "tick", i)
        await asyncio.sleep(0)
    return name + " finished"


async def cancels_itself():
    me = asyncio.current_task()
    me.cancel("by myself")
    fut = asyncio.get_running_loop().create_future()
    try:
        await fut
    except asyncio.CancelledError as e:
        print("self-cancel delivered", e.args, fut.cancelled(), me.cancelling())
        raise


async def awaits_done_future():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("ready")
    print("done future ->", await fut)
    return await BareYields()


async def other_loop_future():
    other = asyncio.new_event_loop()
    try:
        await other.create_future()
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" got ")[0].split(" ")[0], "... attached to a different loop" in str(e))
    finally:
        other.close()


async def yields_badly():
    try:
        await BadYield()
    except RuntimeError as e:
        print("RuntimeError:", str(e)[:20])


async def raises():
    await asyncio.sleep(0)
    raise KeyError("boom")


async def main():
    tasks = [asyncio.create_task(c) for c in (
        ticker("a", 3), ticker("b", 2), cancels_itself(), awaits_done_future(),
        other_loop_future(), yields_badly(), raises())]
    for t in tasks:
        try:
            print("result:", await t)
        except asyncio.CancelledError:
            print("cancelled:", t.get_name(), t.cancelled())
        except KeyError as e:
            print("raised:", repr(e))
    waiter = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.5, waiter.set_result, "late")
    print("after 0.5:", await waiter)


asyncio.run(main())
