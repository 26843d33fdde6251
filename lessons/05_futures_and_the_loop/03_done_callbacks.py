"""Done callbacks
chapter: Futures and the loop underneath
order: 3
level: intermediate

`future.add_done_callback(fn)` asks the future to call `fn(future)` when it
is finished. The callbacks are **not** called on the spot: when the future
completes, each one is put on the ready queue with `call_soon`, in the order
they were added. A callback added to a future that is already done is also
queued, not run at once.

Tasks are futures, so the same works for tasks: this is how you get told
that a background job ended without awaiting it.

What to watch in the window:

- When the print job finishes at 2.000 s, two handles for the callbacks
  enter the ready queue together and run on the next pass.
- The callback added after the job is done still goes through the ready
  queue: "added late" is printed after "registered callbacks".

Try this:

1. Add a third callback before the `await`: it runs third, after the two
   others, in registration order.
2. Make the job raise an exception: the callbacks still run, but the
   `result()` call in `notify_user` re-raises it; the loop logs
   "Exception in callback ..." on stderr and carries on.
"""
import asyncio


async def print_document(name):
    await asyncio.sleep(2)
    return f"{name} printed"


def notify_user(finished):
    print(f"notify user: {finished.result()}")


def log_job(finished):
    print(f"log: job {finished.get_name()} ended")


async def main():
    job = asyncio.create_task(print_document("invoice.pdf"), name="print-job")
    #: Both callbacks will be queued with call_soon when the task completes.
    job.add_done_callback(notify_user)
    job.add_done_callback(log_job)
    await asyncio.sleep(3)
    #: Already done: still queued, not called right now.
    job.add_done_callback(lambda finished: print("added late, still called"))
    print("registered callbacks")
    await asyncio.sleep(0)


asyncio.run(main())
