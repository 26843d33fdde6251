# wait_for() around shield(): the timeout fires but the shielded work is not
# cancelled and finishes later.
import asyncio


async def charge_card():
    await asyncio.sleep(2)
    print('card charged')
    return 'receipt-1'


async def main():
    payment = asyncio.create_task(charge_card())
    try:
        await asyncio.wait_for(asyncio.shield(payment), timeout=1)
    except TimeoutError:
        print('timed out waiting, payment cancelled?', payment.cancelled())
    print('receipt:', await payment)

asyncio.run(main())
