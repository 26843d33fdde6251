"""wait(FIRST_COMPLETED): react to whichever finishes first
chapter: Running many
order: 6
level: intermediate

`asyncio.wait(tasks, return_when=...)` does not return results; it returns
two **sets** of tasks: `done` and `pending`. With `FIRST_COMPLETED` it
returns as soon as at least one task is finished, and the rest keep
running. Sets have no order, so sort them (here by name) before printing.

This lesson asks three taxi companies for a car and takes the first one
that answers, then cancels the others.

What to watch in the window:

- `Task-1` waits on the `wait` call while three request tasks sleep.
- At 2.000 s the fastest task is done and `Task-1` wakes, although two
  timers are still on the heap.
- `cancel()` turns the other two *cancelling*; they end *cancelled* on
  the next loop pass.

Try this:

1. Use `return_when=asyncio.ALL_COMPLETED`: `wait` returns at 5.000 s and
   `pending` is empty.
2. Pass `timeout=1`: `wait` returns at 1.000 s with an empty `done` set;
   unlike `wait_for`, it raises nothing and cancels nothing.
"""
import asyncio


async def request_taxi(company, minutes):
    await asyncio.sleep(minutes)
    return f"{company} arrives in {minutes} min"


async def main():
    requests = [
        asyncio.create_task(request_taxi("CityCab", 4), name="CityCab"),
        asyncio.create_task(request_taxi("QuickRide", 2), name="QuickRide"),
        asyncio.create_task(request_taxi("NightOwl", 5), name="NightOwl"),
    ]
    #: Returns as soon as one task is finished.
    done, pending = await asyncio.wait(requests, return_when=asyncio.FIRST_COMPLETED)
    for task in sorted(done, key=lambda t: t.get_name()):
        print(f"booked: {task.result()}")
    for task in sorted(pending, key=lambda t: t.get_name()):
        print(f"cancelling {task.get_name()}")
        #: The losers are cancelled so they do not run on.
        task.cancel()
    await asyncio.sleep(0)
    print([task.cancelled() for task in requests])


asyncio.run(main())
