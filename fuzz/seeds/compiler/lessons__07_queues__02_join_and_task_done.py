"""join and task_done: wait until every item is handled
chapter: Queues
order: 2
level: intermediate

A queue counts unfinished items: `put` adds one, `task_done()` takes one
away. `await queue.join()` waits until the count is back to zero, that is
until every item put so far has been **processed**, not just taken out.
This lets several worker tasks run forever while `main` knows exactly
when the work is finished; then it cancels the idle workers.

What to watch in the window:

- Two workers pull from one queue of six thumbnails; the work is shared
  by whoever is free.
- `main` waits in `join()` until the sixth `task_done()` (at 5.000 s here).
- The workers are then waiting in `get()`; cancelling them ends them cleanly.

Try this:

1. Comment out `thumbnails.task_done()`: `join()` never returns and the
   loop reports a deadlock.
2. Start three workers: the queue is drained sooner.
"""
import asyncio


async def worker(name, thumbnails):
    while True:
        image, seconds = await thumbnails.get()
        await asyncio.sleep(seconds)
        print(f"{name} resized {image}")
        #: One item fully processed: the unfinished count drops.
        thumbnails.task_done()


async def main():
    thumbnails = asyncio.Queue()
    for number, seconds in enumerate([2, 1, 1, 3, 1, 2], start=1):
        thumbnails.put_nowait((f"img{number}.png", seconds))
    workers = [asyncio.create_task(worker(f"worker-{n}", thumbnails)) for n in (1, 2)]
    #: Returns when every item put so far has been marked done.
    await thumbnails.join()
    print("all thumbnails ready")
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(f"workers cancelled: {[task.cancelled() for task in workers]}")


asyncio.run(main())
