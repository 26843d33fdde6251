# Async generators by hand: __anext__(), asend(), athrow() and aclose().
import asyncio


async def accumulator():
    total = 0
    try:
        while True:
            try:
                value = yield total
            except ValueError as e:
                print('accumulator: ignoring', e)
                continue
            await asyncio.sleep(0.5)
            total += value or 0
    finally:
        print('accumulator: closing with total', total)


async def main():
    acc = accumulator()
    print(await acc.__anext__())
    print(await acc.asend(5))
    print(await acc.asend(10))
    print(await acc.athrow(ValueError('bad value')))
    await acc.aclose()
    try:
        await acc.__anext__()
    except StopAsyncIteration:
        print('StopAsyncIteration after aclose')

asyncio.run(main())
