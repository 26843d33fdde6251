# anext(agen, default): the default once the generator is exhausted or closed, and the
# generator's own values before that (also across an await inside the generator).
import asyncio


async def countdown(n):
    while n > 0:
        await asyncio.sleep(0.5)
        yield n
        n -= 1


async def main():
    g = countdown(2)
    print(await anext(g, "done"))
    print(await anext(g, "done"))
    print(await anext(g, "done"))
    print(await anext(g, "still done"))
    closed = countdown(5)
    await closed.aclose()
    print(await anext(closed, None))
    try:
        await anext(countdown(0))
    except StopAsyncIteration as e:
        print("no default:", repr(e))


asyncio.run(main())
