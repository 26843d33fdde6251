# A callback that raises: the loop's exception handler runs while that exception is the one
# being handled (sys.exc_info()), and an error raised inside the handler chains to it.
import asyncio
import sys


def broken(label):
    print("running", label)
    raise ValueError(f"bad {label}")


def handler(loop, context):
    exc = context["exception"]
    current = sys.exc_info()[1]
    print("handler:", context["message"].split(" ")[0:3], repr(exc), "handled now:", current is exc)
    if "second" in str(exc):
        try:
            raise KeyError("inside handler")
        except KeyError as inner:
            print("inner context:", repr(inner.__context__))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(broken, "first")
    loop.call_later(0.5, broken, "second")
    loop.call_soon(print, "a plain callback still runs")
    await asyncio.sleep(1)
    print("after: exc_info is", sys.exc_info())


asyncio.run(main())
