"""Cancelling a task before it starts
chapter: Cancellation and timeouts
order: 3
level: intermediate

A task created with `create_task` has not run yet; its first step is only
waiting in the ready queue. If you cancel it before that step, its
coroutine never runs at all, not even up to the first `await`: no
`try`/`finally` inside it gets a chance, because it was never entered.

What to watch in the window:

- `Task-2` and `Task-3` are created in the same step of `Task-1`.
- `Task-2` is cancelled right away, while still in the ready queue. When
  the loop reaches it, it goes straight to *cancelled* without highlighting
  a single line of `send_email`.
- `Task-3` runs normally, starts sending, and completes at 1.000 s.

Try this:

1. Put `await asyncio.sleep(0)` before `first.cancel()`: now the first
   email task has started: "sending email to ana" is printed, and its
   `finally` block runs when the cancellation arrives.
2. Call `second.cancel()` after the `gather`: it returns `False`, because a
   task that has already finished cannot be cancelled any more.
"""
import asyncio


async def send_email(to):
    try:
        print(f"sending email to {to}")
        await asyncio.sleep(1)
        print(f"email to {to} delivered")
        return f"delivered to {to}"
    finally:
        print(f"email to {to} finished or aborted")


async def main():
    first = asyncio.create_task(send_email("ana@example.com"))
    second = asyncio.create_task(send_email("ben@example.com"))
    #: The first task is still waiting in the ready queue: it will never start.
    print(f"cancel requested: {first.cancel()}")
    await asyncio.gather(second)
    print(f"first cancelled: {first.cancelled()}")
    print(f"second result: {second.result()}")


asyncio.run(main())
