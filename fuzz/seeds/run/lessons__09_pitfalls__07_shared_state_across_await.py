"""Shared state across an await
chapter: Pitfalls
order: 7
level: intermediate

asyncio runs one task at a time, so there are no threads racing inside a
single line. But every `await` is a point where other tasks may run. If
you read shared data, `await`, and then write based on what you read, the
data may have changed in between: this is a race condition, even with one
thread.

Two customers buy the last ticket. Each checks that a ticket is left, then
waits for the payment, then takes it.

What to watch in the window:

- Both tasks read `tickets_left == 1` before either of them writes.
- Both pass the check, both pay, both take a ticket: the counter ends at
  -1. The timeline shows the two reads happening before the two writes.
- The safe version holds a lock from the check to the update, so the
  second buyer sees 0 and is refused.

Try this:

1. Move the payment `await` before the check in `buy_unsafe`: the race
   disappears, because nothing is awaited between reading and writing.
2. Start three buyers: the unsafe counter drops to -2.
"""
import asyncio

box_office = {"tickets_left": 1}


async def buy_unsafe(customer):
    #: Read...
    if box_office["tickets_left"] > 0:
        #: ...other tasks run here...
        await asyncio.sleep(1)
        #: ...and write based on a value that is now stale.
        box_office["tickets_left"] -= 1
        print(f"{customer} got a ticket")


async def buy_safe(customer, lock):
    #: The check and the update happen while holding the lock.
    async with lock:
        if box_office["tickets_left"] > 0:
            await asyncio.sleep(1)
            box_office["tickets_left"] -= 1
            print(f"{customer} got a ticket")
        else:
            print(f"{customer}: sold out")


async def main():
    await asyncio.gather(buy_unsafe("Ines"), buy_unsafe("Omar"))
    print(f"unsafe: tickets left = {box_office['tickets_left']}")
    box_office["tickets_left"] = 1
    lock = asyncio.Lock()
    await asyncio.gather(buy_safe("Ines", lock), buy_safe("Omar", lock))
    print(f"safe: tickets left = {box_office['tickets_left']}")


asyncio.run(main())
