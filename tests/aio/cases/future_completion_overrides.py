# Completing futures when the classes involved customise things: a Future subclass, a loop whose
# call_soon is overridden (done callbacks go through it), a second set_result and set_exception
# (InvalidStateError), and callbacks added before and after completion.
import asyncio


class NoisyLoop(asyncio.SelectorEventLoop):
    def call_soon(self, callback, *args, context=None):
        name = getattr(callback, "__qualname__", type(callback).__name__)
        if "done" in name:
            print("  call_soon:", name)
        return super().call_soon(callback, *args, context=context)


class TracedFuture(asyncio.Future):
    def result(self):
        print("  TracedFuture.result()")
        return super().result()


def first_done(fut):
    print("first_done sees", fut.result())


def second_done(fut):
    print("second_done sees", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    fut = TracedFuture()
    fut.add_done_callback(first_done)
    fut.add_done_callback(second_done)
    fut.set_result("traced")
    await asyncio.sleep(0)
    plain = loop.create_future()
    plain.add_done_callback(first_done)
    loop.call_later(0.5, plain.set_result, "plain")
    print("awaited:", await plain)
    try:
        plain.set_result("again")
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        fut.set_exception(ValueError("late"))
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    plain.add_done_callback(second_done)
    await asyncio.sleep(0)
    print("future repr:", plain)


asyncio.run(main(), loop_factory=NoisyLoop)
