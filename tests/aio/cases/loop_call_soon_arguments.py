# loop.call_soon: positional arguments, callback by keyword, context=, the handle it returns,
# order against other callbacks, cancelling, and the errors of a bad call or a closed loop.
import asyncio


def show(*args):
    print("show", args)


async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(show, 1, 2)
    h2 = loop.call_soon(callback=show)
    h3 = loop.call_soon(show, "ctx", context=None)
    h4 = loop.call_soon(show, "cancelled")
    h4.cancel()
    print(type(h1).__name__, h1.cancelled(), h4.cancelled(), h3.cancelled())
    print(isinstance(h2, asyncio.Handle), isinstance(h2, asyncio.TimerHandle))
    for bad in (lambda: loop.call_soon(),
                lambda: loop.call_soon(show, callback=show),
                lambda: loop.call_soon(show, when=1),
                lambda: loop.call_soon(show, context=None, extra=2)):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)
    await asyncio.sleep(0)
    print("after one pass")
    results = []
    for i in range(3):
        loop.call_soon(results.append, i)
    loop.call_later(0, results.append, "later")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(results)


asyncio.run(main())

loop = asyncio.new_event_loop()
loop.call_soon(show, "before close")
loop.close()
try:
    loop.call_soon(show, "after close")
except RuntimeError as e:
    print("RuntimeError:", e)


class CountingLoop(asyncio.SelectorEventLoop):
    soon = 0

    def call_soon(self, callback, *args, context=None):
        CountingLoop.soon += 1
        return super().call_soon(callback, *args, context=context)


async def small():
    await asyncio.sleep(0)
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, "done")
    print(await fut)


asyncio.run(small(), loop_factory=CountingLoop)
print("call_soon calls seen by the subclass:", CountingLoop.soon > 0)
