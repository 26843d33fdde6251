# The paths one task step can take: a coroutine that awaits a finished future and a failed one,
# bare yields, a cancel() that arrives before the first step, a task woken by another task, and
# a task that cancels the task awaiting it (which cancels the awaited task in turn).
import asyncio


async def await_done_future():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("ready")
    print("done future:", await fut)
    bad = asyncio.get_running_loop().create_future()
    bad.set_exception(KeyError("k"))
    try:
        await bad
    except KeyError as e:
        print("failed future:", repr(e))


async def yielder(n):
    for i in range(n):
        print("yielder", i)
        await asyncio.sleep(0)
    return n


async def never_started():
    print("never printed")


async def finishes_while_cancelled(other):
    other.cancel()
    print("cancelled the other task; cancelling() =", other.cancelling())
    return "finished anyway"


async def waiter(t):
    print("waiter got", await t)


async def main():
    await await_done_future()
    y = asyncio.create_task(yielder(3))
    w = asyncio.create_task(waiter(y))
    n = asyncio.create_task(never_started())
    n.cancel()
    await asyncio.sleep(0)
    print("never_started cancelled:", n.cancelled())
    await w
    me = asyncio.current_task()
    t = asyncio.create_task(finishes_while_cancelled(me))
    try:
        await t
        print("main was not cancelled")
    except asyncio.CancelledError:
        print("main cancelled; t cancelled too:", t.cancelled())
        print("uncancel ->", me.uncancel())


asyncio.run(main())
