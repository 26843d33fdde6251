"""async with: context managers that await
chapter: Async iteration and context managers
order: 3
level: intermediate

`async with thing as value:` is `with` for setup and teardown that need to
wait, such as opening and closing a network connection. Python awaits
`thing.__aenter__()` before the block and `thing.__aexit__(...)` after
it, also when the block raises. A true return value from `__aexit__`
would swallow the exception; returning `False` lets it continue.

What to watch in the window:

- The task is suspended in `__aenter__` (connecting takes 0.5 s) before
  the block's first line runs.
- The second block raises `KeyError`; `__aexit__` still runs (and awaits),
  receives the exception type, and the error then reaches the `except`.

Try this:

1. Return `True` from `__aexit__`: the `KeyError` is swallowed and "order
   lookup failed" is never printed.
2. Open both connections at once with `asyncio.gather` of two small
   coroutines: both connect during the same 0.5 s.
"""
import asyncio


class DatabaseConnection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print(f"{self.name}: connecting")
        await asyncio.sleep(0.5)
        print(f"{self.name}: connected")
        return self

    async def __aexit__(self, exc_type, exc, traceback):
        #: Runs after the block, also when the block raised.
        error = exc_type.__name__ if exc_type else "no error"
        await asyncio.sleep(0.5)
        print(f"{self.name}: closed ({error})")
        return False

    async def query(self, sql):
        await asyncio.sleep(1)
        return {"SELECT count(*) FROM orders": 17}[sql]


async def main():
    #: __aenter__ is awaited before the first line of the block.
    async with DatabaseConnection("orders-db") as db:
        print(f"orders: {await db.query('SELECT count(*) FROM orders')}")
    try:
        async with DatabaseConnection("orders-db") as db:
            await db.query("SELECT * FROM customers")
    except KeyError:
        print("order lookup failed")


asyncio.run(main())
