# LifoQueue works like a stack: the last item put is the first one taken.
import asyncio


async def main():
    stack = asyncio.LifoQueue()
    for page in ['home', 'products', 'cart']:
        await stack.put(page)
    print('back button pressed:')
    while not stack.empty():
        print(' ', stack.get_nowait())

asyncio.run(main())
