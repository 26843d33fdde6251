# A Condition waiter cancelled while waiting re-acquires the lock before the
# CancelledError leaves wait(); notify(1) then goes to the next waiter.
import asyncio


async def waiter(name, cond):
    async with cond:
        try:
            await cond.wait()
            print(f'{name}: notified')
        except asyncio.CancelledError:
            print(f'{name}: cancelled, lock held again: {cond.locked()}')
            raise


async def main():
    cond = asyncio.Condition()
    w1 = asyncio.create_task(waiter('w1', cond))
    w2 = asyncio.create_task(waiter('w2', cond))
    await asyncio.sleep(1)
    w1.cancel()
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
    await asyncio.gather(w1, w2, return_exceptions=True)
    print('w1 cancelled:', w1.cancelled(), 'w2 done:', w2.done())

asyncio.run(main())
