"""Errors travel through await
chapter: First steps
order: 5
level: beginner

An exception raised inside an awaited coroutine comes out of the `await`
expression, exactly like an exception from a normal function call. So the
usual `try`/`except` around `await` is how you handle a failing operation.

What to watch in the window:

- `Task-1` sleeps for 1 s inside `charge_card`, then the `raise` line is
  highlighted.
- The exception unwinds back to the `await` in `place_order`, where the
  `except` block catches it. The task then finishes normally (*done*), not
  *failed*.

Try this:

1. Remove the `try`/`except`: the task ends with `ValueError` and the
   program prints a traceback and exits with status 1.
2. Change the amount to 5: the payment goes through and the `else` branch
   runs instead.
"""
import asyncio


async def charge_card(amount):
    await asyncio.sleep(1)
    if amount > 100:
        #: The exception leaves charge_card...
        raise ValueError(f"amount {amount} is over the card limit")
    return f"charged {amount}"


async def place_order(amount):
    try:
        #: ...and comes out of this await, where we can catch it.
        receipt = await charge_card(amount)
    except ValueError as error:
        print(f"payment refused: {error}")
    else:
        print(receipt)


asyncio.run(place_order(250))
