"""Forgetting await
chapter: Pitfalls
order: 3
level: beginner

A missing `await` is not a syntax error, so the program runs on, wrongly:

- `asyncio.sleep(2)` without `await` creates a coroutine and throws it
  away: there is no pause at all (and Python warns "coroutine 'sleep' was
  never awaited" on stderr).
- `fetch_balance()` without `await` gives you a coroutine object instead of
  the number, and the mistake only shows up later, when the value is used.

What to watch in the window:

- After the first forgotten `await`, no timer appears in the timer heap and
  the clock stays at 0.000 s.
- The fixed version below waits 2 s and gets the real number.

Try this:

1. Add `await` to the first sleep: "reminder sent" moves to 2.000 s.
2. Print `balance` without the `type(...)` wrapper: you see a coroutine
   object where a number was expected.
"""
import asyncio


async def fetch_balance(account):
    await asyncio.sleep(1)
    return 250


async def careless():
    #: No await: a coroutine is created and dropped, nothing waits.
    asyncio.sleep(2)
    print("careless: reminder sent")
    #: No await: balance is a coroutine object, not a number.
    balance = fetch_balance("ACC-7")
    print(f"careless: balance is a {type(balance).__name__}")
    balance.close()


async def careful():
    await asyncio.sleep(2)
    print("careful: reminder sent")
    balance = await fetch_balance("ACC-7")
    print(f"careful: balance is {balance} EUR")


asyncio.run(careless())
asyncio.run(careful())
