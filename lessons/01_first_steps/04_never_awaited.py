"""A coroutine that never runs
chapter: First steps
order: 4
level: beginner

Calling an `async def` function without `await` (and without making it a
task) creates a coroutine object and then drops it. Its body never runs.
When the object is thrown away, Python notices and prints a warning on
stderr:

    RuntimeWarning: coroutine 'send_receipt' was never awaited

The program itself keeps going; this is why the mistake is easy to miss.

What to watch in the window:

- At the first call of `send_receipt` nothing appears in the task list and
  the current line never enters its body.
- The warning shows up in the console at the moment the coroutine object is
  freed, right after that line.
- The second call uses `await`, and this time the body runs and the receipt
  is printed.

Try this:

1. Wrap the first call in `asyncio.create_task(...)`: the body now runs
   (as `Task-2`) and the warning disappears.
2. Store the first coroutine in a variable and `await` it later: it runs
   then, not when it was created.
"""
import asyncio


async def send_receipt(order_id):
    print(f"receipt for order {order_id} sent")
    return order_id


async def checkout():
    #: Only a coroutine object is made; the body never runs (RuntimeWarning).
    send_receipt(41)
    print("checkout continues as if nothing happened")

    #: With await the body runs and we get the return value.
    sent = await send_receipt(42)
    print(f"confirmed receipt {sent}")


asyncio.run(checkout())
