# If the code inside asyncio.timeout() catches the CancelledError and does not
# re-raise it, no TimeoutError comes out, but expired() is still True.
import asyncio


async def main():
    async with asyncio.timeout(1) as cm:
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('caught the cancellation inside the block')
    print('after block, expired:', cm.expired())

asyncio.run(main())
