# Nested asyncio.timeout() blocks: the one that expires raises TimeoutError at
# its own `async with`; the other is unaffected.
import asyncio


async def main():
    try:
        async with asyncio.timeout(5) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(3)
            except TimeoutError:
                print('inner expired:', inner.expired(), 'outer expired:', outer.expired())
            await asyncio.sleep(1)
            print('outer block still running')
    except TimeoutError:
        print('not expected')

    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(5) as inner:
                    await asyncio.sleep(3)
            except TimeoutError:
                print('not expected: inner')
    except TimeoutError:
        print('outer expired:', outer.expired(), 'inner expired:', inner.expired())

asyncio.run(main())
