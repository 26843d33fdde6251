"""wait(ALL_COMPLETED): look at every outcome yourself
chapter: Running many
order: 7
level: intermediate

With the default `return_when=ALL_COMPLETED`, `asyncio.wait` waits for
every task, like `gather`, but it never raises: failed tasks simply land
in the `done` set with their exception stored. You check each one with
`task.exception()` before asking for `task.result()`.

What to watch in the window:

- The backup of `photos` fails at 1.000 s; the other tasks carry on.
- `Task-1` wakes only at 3.000 s, when the last backup is done.
- For the failed task, `exception()` returns the error object; calling
  `result()` on it would raise that error.

Try this:

1. Add `timeout=2` to the `wait` call: `wait` returns at 2.000 s and
   `music` is in `pending`, still running. It is cancelled when `main`
   ends.
2. Call `task.result()` on the failed task: the `OSError` is raised in
   `main`.
"""
import asyncio


async def back_up(folder, seconds, disk_full=False):
    await asyncio.sleep(seconds)
    if disk_full:
        raise OSError(f"disk full while copying {folder}")
    return f"{folder} backed up"


async def main():
    backups = [
        asyncio.create_task(back_up("documents", 2), name="documents"),
        asyncio.create_task(back_up("photos", 1, disk_full=True), name="photos"),
        asyncio.create_task(back_up("music", 3), name="music"),
    ]
    #: Waits for all three; a failure does not end the wait early.
    done, pending = await asyncio.wait(backups)
    print(f"{len(done)} done, {len(pending)} pending")
    for task in sorted(done, key=lambda t: t.get_name()):
        #: exception() returns the stored error instead of raising it.
        if task.exception() is not None:
            print(f"{task.get_name()}: FAILED ({task.exception()})")
        else:
            print(f"{task.get_name()}: {task.result()}")


asyncio.run(main())
