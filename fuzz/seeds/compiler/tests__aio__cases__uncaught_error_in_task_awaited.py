# An exception raised in a task propagates to whoever awaits it and, uncaught
# in main, ends the program with exit 1.
import asyncio


class PaymentDeclined(Exception):
    pass


async def charge(amount):
    await asyncio.sleep(1)
    if amount > 100:
        raise PaymentDeclined(f'amount {amount} exceeds the limit')
    return 'ok'


async def main():
    print(await asyncio.create_task(charge(50)))
    print(await asyncio.create_task(charge(500)))

asyncio.run(main())
