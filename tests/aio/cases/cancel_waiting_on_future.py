# A task awaiting a bare Future is cancelled: the future itself is cancelled
# too, so its done callback sees cancelled() == True.
import asyncio


async def wait_for_reply(fut):
    try:
        return await fut
    except asyncio.CancelledError:
        print('waiter: cancelled while awaiting the future')
        raise


async def main():
    loop = asyncio.get_running_loop()
    reply = loop.create_future()
    reply.add_done_callback(lambda f: print('future done, cancelled =', f.cancelled()))
    task = asyncio.create_task(wait_for_reply(reply))
    await asyncio.sleep(1)
    task.cancel()
    await asyncio.sleep(0)
    print('future cancelled?', reply.cancelled())
    await asyncio.sleep(0)
    print('task cancelled?', task.cancelled())

asyncio.run(main())
