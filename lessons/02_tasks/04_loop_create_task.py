"""The loop behind the tasks: get_running_loop
chapter: Tasks
order: 4
level: intermediate

`asyncio.create_task` is a convenience: it finds the running event loop and
calls its `create_task` method. Inside a coroutine you can get that loop
yourself with `asyncio.get_running_loop()` and call `loop.create_task`
directly. The result is the same kind of task. Older code and many tutorials
write `asyncio.get_event_loop()` here: inside a coroutine it returns the same
running loop, but `get_running_loop()` says what it means and fails loudly
when no loop is running.

A small difference is visible in the task names: in Python 3.12
`asyncio.create_task(..., name=...)` still uses up a number from the
`Task-N` counter, while `loop.create_task(..., name=...)` does not.

What to watch in the window:

- `get_running_loop()` returns the loop drawn in the window; there is only
  ever one.
- The sensor task created through the loop behaves exactly like one made
  with `asyncio.create_task`: it sits in the ready queue, then waits on its
  timer.
- The unnamed task created last is called `Task-3`, not `Task-2`, because
  the named task made by `asyncio.create_task` consumed number 2.

Try this:

1. Call `asyncio.get_running_loop()` outside `main` (at module level): it
   raises `RuntimeError: no running event loop`.
2. Create `garage` with `loop.create_task` as well: no number is used up
   and the last task is named `Task-2`.
"""
import asyncio


async def read_sensor(sensor):
    await asyncio.sleep(1)
    print(f"{asyncio.current_task().get_name()}: {sensor} reads 21.5 C")


async def main():
    #: The loop that is running this very coroutine.
    loop = asyncio.get_running_loop()
    #: Same as asyncio.create_task, but called on the loop directly.
    kitchen = loop.create_task(read_sensor("kitchen"), name="kitchen-sensor")
    #: This one uses up task number 2 although it has a name.
    garage = asyncio.create_task(read_sensor("garage"), name="garage-sensor")
    attic = loop.create_task(read_sensor("attic"))
    await kitchen
    await garage
    await attic


asyncio.run(main())
