# A server waiting on an Event that is never set while a heartbeat keeps a
# timer pending: no deadlock, but the virtual time limit is hit (exit 4).
import asyncio


async def heartbeat():
    n = 0
    while True:
        await asyncio.sleep(900)
        n += 1
        print('heartbeat', n)


async def main():
    shutdown = asyncio.Event()
    asyncio.create_task(heartbeat())
    await shutdown.wait()

asyncio.run(main())
