"""shield: time out without cancelling the work
chapter: Cancellation and timeouts
order: 7
level: advanced

Sometimes a timeout should only mean "stop waiting", not "stop the work".
`asyncio.shield(task)` returns an awaitable whose cancellation does **not**
reach `task`. Combined with `wait_for`, we can tell the user that a report
is slow after 2 seconds and still wait for it afterwards.

What to watch in the window:

- The report runs as its own task (`Task-2`); `shield` adds an outer future
  around it.
- At 2.000 s the `wait_for` deadline fires and cancels only the outer
  future. `Task-2` stays *waiting* on its own timer, untouched.
- `main` prints the message and then awaits the same task again; it wakes
  at 5.000 s with the result.

Try this:

1. Remove `asyncio.shield(...)` and pass `report` to `wait_for` directly:
   the report task is cancelled at 2.000 s and the second `await` raises
   `CancelledError`.
2. Make the report take 1 s: `wait_for` returns the result and the
   "taking longer" message never appears.
"""
import asyncio


async def build_report():
    print("building the yearly report")
    await asyncio.sleep(5)
    print("report built")
    return "report.pdf"


async def main():
    report = asyncio.create_task(build_report())
    try:
        #: The timeout cancels the shield, not the report task.
        path = await asyncio.wait_for(asyncio.shield(report), timeout=2)
    except TimeoutError:
        print("this is taking longer than usual, please wait...")
        #: The task kept running; wait for it properly now.
        path = await report
    print(f"download your {path}")


asyncio.run(main())
