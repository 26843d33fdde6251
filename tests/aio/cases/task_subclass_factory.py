# A Task subclass installed with loop.set_task_factory: its steps, wake-ups, cancellation and
# failures behave as the base Task's do.
import asyncio


class CountingTask(asyncio.Task):
    created = 0

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(coro, loop=loop, name=name, context=context)
        CountingTask.created += 1


async def sleeper(label, delay):
    await asyncio.sleep(delay)
    print(label, "woke at", asyncio.get_running_loop().time())
    return label


async def failing():
    await asyncio.sleep(0.2)
    raise ValueError("boom")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: cancelled, cleaning up")
        await asyncio.sleep(0.1)
        print("stubborn: clean")
        raise


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(lambda loop, coro, **kw: CountingTask(coro, loop=loop, **kw))
    a = asyncio.create_task(sleeper("a", 0.3))
    b = asyncio.create_task(failing())
    c = asyncio.create_task(stubborn())
    print(type(a).__name__, a.get_name())
    try:
        await b
    except ValueError as e:
        print("b failed:", e)
    c.cancel("stop now")
    print("a:", await a)
    try:
        await c
    except asyncio.CancelledError as e:
        print("c cancelled:", e.args)
    print("created", CountingTask.created, "tasks")


asyncio.run(main())
