# Awaiting a Future that nobody will ever resolve, with no timers pending:
# a deadlock (exit code 3).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    reply = loop.create_future()
    print('waiting for a reply that never comes')
    await reply

asyncio.run(main())
