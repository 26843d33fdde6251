# Nested TaskGroups: a failure in the inner group becomes an ExceptionGroup
# inside the outer group's ExceptionGroup.
import asyncio


async def fail(msg, seconds):
    await asyncio.sleep(seconds)
    raise OSError(msg)


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail('disk', 1))


async def other():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print('other: cancelled')
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(other())
    except ExceptionGroup as eg:
        inner = eg.exceptions[0]
        print(eg.message, '->', type(inner).__name__, inner.message, '->', repr(inner.exceptions[0]))

asyncio.run(main())
