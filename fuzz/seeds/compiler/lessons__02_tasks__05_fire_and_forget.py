"""Fire and forget: tasks you do not wait for
chapter: Tasks
order: 5
level: intermediate

A task runs whether or not anyone awaits it. If you do not need its result,
you can create it and carry on. But `asyncio.run` only waits for the
**main** coroutine: when `main` returns, every task that is still pending
is cancelled, in the order the tasks were created.

Keep a reference to fire-and-forget tasks (here, a list). The loop only
holds weak references to tasks, so a task nobody refers to could be
garbage-collected mid-flight.

What to watch in the window:

- Three tasks are created and `main` goes on printing without waiting.
- The 1 s and 2 s uploads finish while `main` sleeps for 3 s.
- When `main` returns at 3.000 s, the 10 s upload is still waiting on its
  timer. `asyncio.run` cancels it: its state becomes *cancelling*, a
  `CancelledError` is delivered at its `await`, its `finally` block runs,
  and it ends *cancelled*. Its timer is removed from the heap.

Try this:

1. Make `main` sleep 11 s: all three uploads finish and nothing is
   cancelled.
2. Remove the `finally` block: the big upload still gets cancelled, just
   silently.
"""
import asyncio


async def upload_log(name, seconds):
    print(f"uploading {name}")
    try:
        await asyncio.sleep(seconds)
        print(f"{name} uploaded")
    finally:
        #: Runs both when the upload finishes and when it is cancelled.
        print(f"{name}: connection closed")


async def main():
    background = []
    for name, seconds in [("app.log", 1), ("db.log", 2), ("core.dump", 10)]:
        #: Started and then forgotten: main never awaits these tasks.
        background.append(asyncio.create_task(upload_log(name, seconds)))
    print("main keeps serving requests")
    await asyncio.sleep(3)
    #: main returns after this line, so asyncio.run cancels core.dump.
    print("main is done")


asyncio.run(main())
print("after asyncio.run")
