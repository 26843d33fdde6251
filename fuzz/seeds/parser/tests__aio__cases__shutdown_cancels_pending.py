# When main returns, asyncio.run() cancels the tasks still pending, in
# creation order, and lets their cleanup code run.
import asyncio


async def background(name, seconds):
    try:
        await asyncio.sleep(seconds)
        print(f'{name}: finished')
    except asyncio.CancelledError:
        print(f'{name}: cancelled at shutdown')
        raise
    finally:
        await asyncio.sleep(0)
        print(f'{name}: cleanup done')


async def main():
    for name, s in [('uploader', 10), ('quick', 0.5), ('indexer', 20)]:
        asyncio.create_task(background(name, s))
    await asyncio.sleep(1)
    print('main: returning')

asyncio.run(main())
print('after asyncio.run')
