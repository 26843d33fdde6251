import asyncio, sys

async def quitter():
    await asyncio.sleep(1)
    print('exiting')
    sys.exit(7)

async def other():
    try:
        await asyncio.sleep(10)
    finally:
        print('other finally')

async def main():
    asyncio.create_task(other())
    await quitter()

asyncio.run(main())
