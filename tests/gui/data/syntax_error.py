"""A lesson with a missing colon
chapter: Tests
order: 1
level: beginner

The `if` on line 11 has no colon, so the app must show the error on its line.
"""
import asyncio

async def main():
    if True
        #: never reached
        await asyncio.sleep(1)

asyncio.run(main())
