import asyncio

async def main():
    while True:
        print('tick')
        await asyncio.sleep(1000)

asyncio.run(main())
