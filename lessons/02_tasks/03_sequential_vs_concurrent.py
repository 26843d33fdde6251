"""Sequential awaits versus concurrent tasks
chapter: Tasks
order: 3
level: beginner

The same two jobs, run twice. First with plain `await`s, one after the
other; then as two tasks. The jobs are identical, only the scheduling
differs. Look at the timestamps: 5 seconds the first way, 3 seconds the
second way.

What to watch in the window:

- In the sequential half only `Task-1` exists. Its timer heap never holds
  more than one timer.
- In the concurrent half two new tasks appear, both timers are on the heap
  at once, and the 2-second job finishes *before* the 3-second one even
  though it was started second.
- The results still come back in the order we awaited the tasks.

Try this:

1. Make both jobs take 3 seconds: sequential takes 6 s, concurrent 3 s.
2. In `concurrently`, await `stock` before creating `weather`: the second
   half becomes sequential again, because the second task is only created
   after the first has finished.
"""
import asyncio
import time


async def fetch_weather():
    print("  weather: request sent")
    await asyncio.sleep(3)
    print("  weather: response received")
    return "sunny"


async def fetch_stock_price():
    print("  stock: request sent")
    await asyncio.sleep(2)
    print("  stock: response received")
    return 101.5


async def one_after_another():
    #: fetch_stock_price cannot start until fetch_weather has returned.
    weather = await fetch_weather()
    price = await fetch_stock_price()
    return weather, price


async def concurrently():
    #: Both requests are in flight before we wait for either of them.
    weather = asyncio.create_task(fetch_weather())
    stock = asyncio.create_task(fetch_stock_price())
    return await weather, await stock


async def main():
    for approach in (one_after_another, concurrently):
        started = time.monotonic()
        print(f"{approach.__name__}:")
        results = await approach()
        print(f"  {results} after {time.monotonic() - started:.1f} s")


asyncio.run(main())
