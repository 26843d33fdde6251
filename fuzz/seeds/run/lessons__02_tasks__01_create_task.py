"""create_task: schedule a coroutine to run soon
chapter: Tasks
order: 1
level: beginner

`asyncio.create_task(coro)` wraps a coroutine in a **task** and puts the
task's first step on the **ready queue**. It returns at once: the new task
does not start running until the current task gives control back to the
loop, which happens at the next `await` that really waits.

What to watch in the window:

- After `create_task`, `Task-2` sits in the ready queue in state *pending*,
  while `Task-1` keeps running and prints "order placed".
- At `await kitchen`, `Task-1` suspends and waits on `Task-2`. Only now does
  the loop take `Task-2` off the ready queue and run it.
- When `Task-2` finishes at 2.000 s it wakes `Task-1`, and the `await`
  gives back the task's return value.

Try this:

1. Add `await asyncio.sleep(0)` right after `create_task`: "grinding beans"
   is now printed before "order placed", because `Task-1` gave the loop one
   turn.
2. Replace `await kitchen` with `await asyncio.sleep(3)`: the task still runs
   and finishes while `Task-1` sleeps; you just do not get its result.
"""
import asyncio


async def make_coffee(drink):
    print(f"grinding beans for {drink}")
    await asyncio.sleep(2)
    print(f"{drink} poured")
    return f"one {drink}"


async def counter():
    #: Task-2 is created and queued, but not started yet.
    kitchen = asyncio.create_task(make_coffee("cappuccino"))
    print("order placed, waiting at the counter")
    #: Task-1 suspends here; now Task-2 gets its first step.
    served = await kitchen
    print(f"served: {served}")


asyncio.run(counter())
