"""Awaiting a future that a callback fills
chapter: Futures and the loop underneath
order: 2
level: intermediate

Awaiting a pending future suspends the task until someone sets its result.
That someone can be another task, or a plain callback scheduled on the loop.
This is how asyncio connects callback-style code (a network library saying
"the reply arrived") with `await`.

`request_quote` returns a future at once, before any answer exists; a timer
callback fills it one second later.

What to watch in the window:

- `call_later` puts a timer on the heap; no task is created for it.
- `Task-1` waits on the future. Nothing is ready, so the clock jumps to
  1.000 s and the timer's callback runs as a plain handle.
- `set_result` schedules the task's wake-up with `call_soon`: it appears
  in the ready queue and runs on the **next** pass.

Try this:

1. Set the result immediately inside `request_quote`: `await` then returns
   without suspending at all and "got quote" is stamped 0.000 s.
2. Replace the callback by one that calls `set_exception(TimeoutError())`:
   the `await` raises it.
"""
import asyncio


def deliver_quote(future, price):
    #: A plain callback, not a task, completes the future.
    print(f"callback: quote arrived ({price})")
    future.set_result(price)


def request_quote(product):
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    print(f"asking the supplier about {product}")
    loop.call_later(1, deliver_quote, future, 9.75)
    #: Handed back at once, still empty.
    return future


async def main():
    quote = request_quote("coffee beans")
    print(f"future done? {quote.done()}")
    #: Task-1 suspends until the callback sets the result.
    price = await quote
    print(f"got quote: {price}")


asyncio.run(main())
