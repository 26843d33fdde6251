"""Cancelling a task
chapter: Cancellation and timeouts
order: 1
level: beginner

`task.cancel()` asks a task to stop. It does not stop it on the spot: the
request is recorded, and the next time the task runs, a `CancelledError`
is raised **inside** it, at the `await` where it was waiting. If the task
lets the error escape, it ends *cancelled*, and awaiting it raises
`CancelledError` in the awaiter.

Here a 10-second download is watched by `main`, which checks on it once a
second and gives up after 5 seconds.

What to watch in the window:

- Every second `Task-1` wakes, prints, and sleeps again, while `Task-2`
  keeps waiting on its 10-second timer.
- At 5.000 s `cancel()` is called: `Task-2` becomes *cancelling* and goes
  back on the ready queue; its timer is removed from the heap. Right after
  the call, `done()` is still `False`: nothing has happened to it yet.
- `Task-1` awaits the task and suspends. Now `Task-2` takes its step: the
  `CancelledError` appears at its `await`, and it ends *cancelled*. Then
  `await download` raises in `Task-1`, still at 5.000 s.

Try this:

1. Raise the limit to 12 seconds: the download finishes at 10.000 s and is
   never cancelled.
2. Remove the `try`/`except` around `await download`: the `CancelledError`
   ends `main` too, and `asyncio.run` raises it.
"""
import asyncio


async def download_video(seconds):
    print(f"downloading, this will take {seconds} s")
    await asyncio.sleep(seconds)
    print("download complete")


async def main():
    download = asyncio.create_task(download_video(10))
    waited = 0
    while not download.done():
        await asyncio.sleep(1)
        waited += 1
        print(f"still downloading after {waited} s")
        if waited == 5:
            #: Only a request: the error arrives at the task's next step.
            download.cancel()
            print(f"cancel requested; done() is still {download.done()}")
            break
    try:
        #: Awaiting a cancelled task raises CancelledError here.
        await download
    except asyncio.CancelledError:
        print("we gave up on the download")


asyncio.run(main())
