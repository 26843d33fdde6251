# The iterator behind `await future`, driven by hand: the first step hands the future itself
# to the caller and marks it blocking; a second step while pending is an error; a done future
# returns its result, raises its exception or its CancelledError; throw() goes straight
# through; close() ends it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    it = f.__await__()
    print(type(it).__name__, iter(it) is it, next(it) is f, f._asyncio_future_blocking)
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)

    done = loop.create_future()
    done.set_result(7)
    try:
        next(done.__await__())
    except StopIteration as e:
        print("StopIteration value:", e.value)

    failed = loop.create_future()
    failed.set_exception(KeyError("x"))
    try:
        next(iter(failed))
    except KeyError as e:
        print("KeyError:", e)

    cancelled = loop.create_future()
    cancelled.cancel("why")
    try:
        cancelled.__await__().send(None)
    except asyncio.CancelledError as e:
        print("CancelledError:", e.args)

    pending = loop.create_future()
    it2 = pending.__await__()
    print(it2.send(None) is pending)
    try:
        it2.throw(ValueError("thrown in"))
    except ValueError as e:
        print("ValueError:", e, pending.done())
    it3 = pending.__await__()
    it3.close()
    try:
        next(it3)
    except StopIteration as e:
        print("closed:", e.value)

    # And the ordinary way, twice on one future, and from two tasks at once.
    shared = loop.create_future()
    loop.call_later(0.2, shared.set_result, "shared result")

    async def waiter(n):
        return n, await shared

    print(await asyncio.gather(waiter(1), waiter(2)), await shared)


asyncio.run(main())
