# gather() over the kinds of children it can get: tasks, plain futures, a Future subclass with
# its own cancelled()/exception(), a child that fails after the outer future is already done
# (its exception counts as retrieved), and return_exceptions collecting a cancelled child.
import asyncio


class LoudFuture(asyncio.Future):
    def cancelled(self):
        print("  LoudFuture.cancelled() asked")
        return super().cancelled()

    def exception(self):
        print("  LoudFuture.exception() asked")
        return super().exception()


async def value_after(v, delay):
    await asyncio.sleep(delay)
    return v


async def fail_after(delay):
    await asyncio.sleep(delay)
    raise RuntimeError(f"failed after {delay}")


async def main():
    loop = asyncio.get_running_loop()
    plain = loop.create_future()
    loud = LoudFuture()
    loop.call_later(0.1, plain.set_result, "plain")
    loop.call_later(0.2, loud.set_result, "loud")
    print(await asyncio.gather(value_after("task", 0.3), plain, loud))

    late = asyncio.create_task(fail_after(0.5))
    try:
        await asyncio.gather(fail_after(0.1), late)
    except RuntimeError as e:
        print("first failure:", e)
    await asyncio.sleep(1)
    print("late task done:", late.done(), "- no 'never retrieved' warning expected")

    victim = asyncio.create_task(value_after("never", 5))
    loop.call_later(0.2, victim.cancel, "called off")
    results = await asyncio.gather(value_after(1, 0.1), victim, fail_after(0.3), return_exceptions=True)
    for r in results:
        print(" ", type(r).__name__, r)


asyncio.run(main())
