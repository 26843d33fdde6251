"""Producer and consumer
chapter: Queues
order: 1
level: beginner

An `asyncio.Queue` passes items from tasks that make them (producers) to
tasks that use them (consumers). `await queue.get()` suspends a consumer
while the queue is empty; `put` wakes the first waiting consumer. Neither
side needs to know about the other: the queue is the only contact.

A kitchen puts orders on a pass; one waiter carries them out.

What to watch in the window:

- The waiter starts first, finds the queue empty and joins the queue's
  `get` waiters.
- The first `put` wakes the waiter, which takes the soup and walks for
  1.5 s. The kitchen makes a dish every 0.5 s, faster than the waiter
  carries them, so salad and pasta pile up: the queue holds 2 at 1.500 s.
- A `None` item is the agreed "no more orders" signal, so the waiter can
  finish and the program can end.

Try this:

1. Make the kitchen slower (`sleep(2)`): the queue never holds more than one
   dish and the waiter is idle between dishes.
2. Forget to put `None`: the waiter waits forever on `get()` and the loop
   reports a deadlock.
"""
import asyncio


async def kitchen(orders):
    for dish in ("soup", "salad", "pasta"):
        await asyncio.sleep(0.5)
        #: Wakes the waiter if it is waiting in get().
        await orders.put(dish)
        print(f"kitchen: {dish} ready, {orders.qsize()} dish(es) on the pass")
    await orders.put(None)


async def waiter(orders):
    while True:
        #: Suspends while the queue is empty.
        dish = await orders.get()
        if dish is None:
            break
        print(f"waiter: carrying {dish}")
        await asyncio.sleep(1.5)
    print("waiter: all orders served")


async def main():
    orders = asyncio.Queue()
    await asyncio.gather(waiter(orders), kitchen(orders))


asyncio.run(main())
