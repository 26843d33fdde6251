# The ExceptionGroup a TaskGroup raises keeps its errors as a list in args and repr,
# .exceptions is a tuple, and except* splits it into groups that also hold lists.
import asyncio


async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1, ValueError("a")))
            tg.create_task(fail(1, KeyError("b")))
            tg.create_task(fail(2, ValueError("never")))
    except ExceptionGroup as eg:
        print(repr(eg))
        print(eg.args[1], type(eg.args[1]).__name__, type(eg.exceptions).__name__)
        print(repr(eg.subgroup(ValueError)))
        match, rest = eg.split(KeyError)
        print(repr(match), repr(rest))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1, ValueError("x")))
            tg.create_task(fail(1, TypeError("y")))
    except* ValueError as eg:
        print("except* ValueError:", repr(eg))
    except* TypeError as eg:
        print("except* TypeError:", repr(eg), eg.exceptions)


asyncio.run(main())
