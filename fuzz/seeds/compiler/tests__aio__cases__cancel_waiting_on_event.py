# Cancelling a task blocked in Event.wait(): the other waiter still wakes
# up when the event is set.
import asyncio


async def waiter(name, event):
    try:
        await event.wait()
        print(f'{name}: event seen')
    except asyncio.CancelledError:
        print(f'{name}: stopped waiting (cancelled)')
        raise


async def main():
    ready = asyncio.Event()
    first = asyncio.create_task(waiter('first', ready))
    second = asyncio.create_task(waiter('second', ready))
    await asyncio.sleep(1)
    first.cancel()
    await asyncio.sleep(1)
    print('setting the event')
    ready.set()
    await asyncio.sleep(0)
    print('first cancelled:', first.cancelled(), 'second done:', second.done())

asyncio.run(main())
