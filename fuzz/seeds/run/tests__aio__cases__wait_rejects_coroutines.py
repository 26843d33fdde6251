# asyncio.wait() in 3.12 refuses bare coroutines and an empty set.
import asyncio


async def job():
    return 1


async def main():
    coro = job()
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print('TypeError:', e)
    finally:
        coro.close()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
