# What printing tasks, futures and handles shows, as CPython 3.12 writes it: where each
# coroutine is suspended (or where it was defined, once done), which callbacks a future will
# call (with the line each Python function is defined at), partials, long arguments cut short,
# and the wake-up callback a waiting task leaves on the future it awaits.
import asyncio
import functools

_real_print = print


def print(*parts):
    """Prints with this file's path shortened: where the case is checked out varies."""
    _real_print(*(str(p).replace(__file__, "<case>") for p in parts))


def report(fut):
    print("report sees", fut.result())


def logged(func):
    @functools.wraps(func)
    def wrapper(*args):
        return func(*args)
    return wrapper


@logged
def wrapped_report(fut):
    print("wrapped_report sees", fut.result())


class Counter:
    def bump(self, fut):
        print("Counter.bump sees", fut.result())


def tick(label, *rest):
    print("tick", label, len(rest))


async def nap(seconds):
    await asyncio.sleep(seconds)
    return seconds


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(nap(1), name="napper")
    print(task)
    await asyncio.sleep(0)
    print(task)
    coro = task.get_coro()
    print("frame:", type(coro.cr_frame).__name__, coro.cr_frame.f_lineno,
          coro.cr_frame.f_code.co_name, coro.cr_frame.f_back)
    await task
    print(task)
    print("finished frame:", coro.cr_frame)

    fut = loop.create_future()
    for cb in (report, wrapped_report, Counter().bump, functools.partial(tick, "p"),
               functools.partial(tick, "k", 2)):
        fut.add_done_callback(cb)
    print(fut)
    print(loop.call_soon(tick, "x" * 50, list(range(20)), {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}))
    timer = loop.call_later(5, tick, 12345678901234567890123456789012345678901234567890)
    print(repr(timer).split(" ", 1)[1])  # without the class name (the oracle's clock subclasses it)
    print(loop.call_soon(functools.partial(tick, "late")))
    pair = loop.create_future()
    pair.add_done_callback(wrapped_report)
    pair.add_done_callback(Counter().bump)
    print(pair)
    pair.set_result("pair")
    fut.set_result("done")
    print(fut)
    await asyncio.sleep(0)
    timer.cancel()
    follower = asyncio.create_task(nap(0.5))
    follower.add_done_callback(report)
    print(follower)
    await follower


asyncio.run(main())
