"""Exceptions nobody looks at
chapter: Pitfalls
order: 5
level: intermediate

When a task raises and nobody awaits it, the exception is stored in the
task and nothing else happens: no traceback at that moment, the program
goes on as if all were fine. Only when the task object is thrown away does
asyncio log "Task exception was never retrieved" on stderr, which is easy
to miss and may come much later.

The fix is to always look at the outcome of your tasks: await them, use
`gather`/`TaskGroup`, or add a done callback that reports failures.

What to watch in the window:

- At 1.000 s the email task ends *failed*; nobody is waiting for it, so
  no task wakes up and `main` carries on. Nothing refers to the task any
  more, so it is freed at once and the "never retrieved" report appears
  on **stderr** right then. Had we kept it in a list, the report would
  only come when the list is dropped, perhaps at the very end.
- The report task has a done callback: it is queued when the task fails
  and prints the error right away.

Try this:

1. Keep the email task in a variable and `await` it at the end of `main`:
   the `SMTPError` now ends the program with a traceback.
2. Put both coroutines in a `TaskGroup`: the first failure cancels the
   other task and `main` gets an `ExceptionGroup`.
"""
import asyncio


class SMTPError(Exception):
    pass


async def send_newsletter():
    await asyncio.sleep(1)
    #: Stored in the task; nobody ever asks for it.
    raise SMTPError("mail server said 550")


async def build_report():
    await asyncio.sleep(2)
    raise ValueError("sales figure missing for March")


def report_failure(task):
    if not task.cancelled() and task.exception() is not None:
        print(f"background job failed: {task.exception()!r}")


async def main():
    asyncio.create_task(send_newsletter())
    report = asyncio.create_task(build_report())
    #: The done callback makes the failure visible as soon as it happens.
    report.add_done_callback(report_failure)
    await asyncio.sleep(3)
    print("main: everything looks fine (it is not)")


asyncio.run(main())
