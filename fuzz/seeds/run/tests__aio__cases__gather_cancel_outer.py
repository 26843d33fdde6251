# Cancelling the future returned by gather() cancels all children that are
# still pending; awaiting it then raises CancelledError.
import asyncio


async def part(n):
    try:
        await asyncio.sleep(n)
        print(f'part {n} done')
    except asyncio.CancelledError:
        print(f'part {n} cancelled')
        raise


async def main():
    group = asyncio.gather(part(1), part(3), part(5))
    await asyncio.sleep(2)
    print('cancel() returned', group.cancel())
    try:
        await group
    except asyncio.CancelledError:
        print('gather raised CancelledError; cancelled() =', group.cancelled())

asyncio.run(main())
