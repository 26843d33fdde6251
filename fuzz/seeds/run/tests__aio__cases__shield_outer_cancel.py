# shield(): cancelling the waiter does not cancel the shielded task; it keeps
# running and its result can still be collected.
import asyncio


async def save_to_disk():
    await asyncio.sleep(3)
    print('save finished')
    return 'saved'


async def request_handler(task):
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        print('handler cancelled, but the save goes on')
        raise


async def main():
    save = asyncio.create_task(save_to_disk())
    handler = asyncio.create_task(request_handler(save))
    await asyncio.sleep(1)
    handler.cancel()
    await asyncio.sleep(0)
    print('handler cancelled:', handler.cancelled(), 'save done:', save.done())
    print('save result:', await save)

asyncio.run(main())
