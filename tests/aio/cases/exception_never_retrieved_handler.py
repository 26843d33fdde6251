# A failed task or future freed before anyone read its exception is reported to the loop's
# exception handler ("... exception was never retrieved") at the moment it is freed; reading
# the exception (await, result(), exception()) cancels the report. (CPython's pure-Python Task,
# used by the oracle's --steps mode, keeps failed tasks alive in a reference cycle until the end:
# the recorded stdout is the C Task's, where they are freed at once.)
import asyncio


def handler(loop, context):
    print("handler:", context["message"], repr(context["exception"]), type(context["future"]).__name__)


async def flaky(n):
    await asyncio.sleep(n)
    raise ConnectionError(f"lost {n}")


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    task = asyncio.create_task(flaky(1))
    asyncio.create_task(flaky(1.5))  # nobody keeps it: freed right after it fails
    checked = asyncio.create_task(flaky(0.5))
    await asyncio.sleep(2)
    print("task done:", task.done(), "checked:", repr(checked.exception()))
    del task
    print("task dropped")
    del checked
    print("checked dropped")
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(KeyError("never read"))
    fut = None
    print("future dropped")
    await asyncio.sleep(1)
    print("main finished normally")


asyncio.run(main())
