# Children failing at different times: after the first failure the others are
# cancelled, but a child failing during its cancellation is also collected.
import asyncio


async def first():
    await asyncio.sleep(1)
    raise ValueError('first failure')


async def fails_in_cleanup():
    try:
        await asyncio.sleep(5)
    finally:
        raise KeyError('cleanup failure')


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(first())
            tg.create_task(fails_in_cleanup())
    except* ValueError as eg:
        print('ValueErrors:', [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print('KeyErrors:', [str(e) for e in eg.exceptions])

asyncio.run(main())
