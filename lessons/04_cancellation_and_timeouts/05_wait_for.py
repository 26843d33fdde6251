"""wait_for: give up after a timeout
chapter: Cancellation and timeouts
order: 5
level: beginner

`asyncio.wait_for(aw, timeout)` awaits `aw`, but if it is not finished
after `timeout` seconds, it **cancels** it and raises `TimeoutError`. The
timer for the timeout sits on the timer heap next to the operation's own
timers, and whichever fires first wins.

What to watch in the window:

- First call: the price lookup takes 1 s, the timeout is 2 s. The lookup's
  timer fires first and the timeout timer is removed.
- Second call: the lookup needs 3 s. At 3.000 s (1 s + 2 s) the timeout
  fires, the lookup gets a `CancelledError` (its `finally` prints), and
  `main` receives `TimeoutError`.
- In Python 3.12, `wait_for` with a positive timeout runs the coroutine in
  the calling task: there is no extra task in the task list.

Try this:

1. Use `timeout=None`: `wait_for` waits as long as it takes.
2. Pass `timeout=0` in the second call: the coroutine is wrapped in a task that is cancelled
   before it ever starts, so "looking up" is not printed at all.
"""
import asyncio


async def look_up_price(product, seconds):
    try:
        print(f"looking up {product}")
        await asyncio.sleep(seconds)
        return f"{product}: 4.20 EUR"
    finally:
        print(f"lookup of {product} ended")


async def main():
    print(await asyncio.wait_for(look_up_price("oat milk", 1), timeout=2))
    try:
        #: A 2-second deadline for a 3-second lookup.
        print(await asyncio.wait_for(look_up_price("honey", 3), timeout=2))
    except TimeoutError:
        print("the honey lookup timed out")


asyncio.run(main())
