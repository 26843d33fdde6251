"""A busy loop starves the other tasks
chapter: Pitfalls
order: 2
level: intermediate

A long computation with no `await` in it never gives control back: every
other task waits until it is over, just as with `time.sleep`. If you must
crunch numbers in a coroutine, cut the work into slices and
`await asyncio.sleep(0)` between slices. `sleep(0)` does not wait for any
time; it puts the task at the back of the ready queue so others get a turn.

(Computation takes no *virtual* time here, so look at the **order** of the
lines, not at their timestamps. Chapter 10 says more about CPU work.)

What to watch in the window:

- First run: the chat task is in the ready queue the whole time, but it
  only gets to run after all three batches are counted.
- Second run: after each batch the counting task yields, moves to the end
  of the ready queue, and the chat task answers a message in between.

Try this:

1. Yield after every 1000 numbers instead of every batch: the chat task
   answers sooner, at the price of more switches.
2. Replace `sleep(0)` with `sleep(0.1)`: the counting now takes virtual
   time, and each pause puts a timer on the heap.
"""
import asyncio


async def answer_chat(messages):
    for message in messages:
        print(f"  chat: replied to {message!r}")
        await asyncio.sleep(0)


async def count_primes(limit, batches, polite):
    found = 0
    for batch in range(batches):
        start = batch * limit
        for number in range(max(start, 2), start + limit):
            if all(number % d for d in range(2, int(number ** 0.5) + 1)):
                found += 1
        print(f"batch {batch + 1}: {found} primes so far")
        if polite:
            #: Give the other tasks a turn between batches.
            await asyncio.sleep(0)
    return found


async def main():
    for polite in (False, True):
        print(f"polite={polite}")
        chat = asyncio.create_task(answer_chat(["hi", "are you there?", "hello??"]))
        #: Without an await inside, this call keeps the loop to itself.
        await count_primes(2000, 3, polite)
        await chat


asyncio.run(main())
