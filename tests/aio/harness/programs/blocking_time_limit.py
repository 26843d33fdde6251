import asyncio, time

async def main():
    print('before')
    time.sleep(3000)
    print('after 3000')
    time.sleep(1000)
    print('never')

asyncio.run(main())
