# Classes implementing async with (__aenter__/__aexit__) and async for
# (__aiter__/__anext__).
import asyncio


class Database:
    async def __aenter__(self):
        await asyncio.sleep(0.5)
        print('connected')
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.5)
        print('disconnected, error:', exc_type.__name__ if exc_type else None)
        return False

    def rows(self, n):
        return RowCursor(n)


class RowCursor:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0.25)
        self.i += 1
        return {'id': self.i}


async def main():
    async with Database() as db:
        async for row in db.rows(3):
            print('row', row)
    try:
        async with Database():
            raise ValueError('bad query')
    except ValueError as e:
        print('caught', e)

asyncio.run(main())
