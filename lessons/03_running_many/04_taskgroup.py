"""TaskGroup: a block that waits for its tasks
chapter: Running many
order: 4
level: beginner

`async with asyncio.TaskGroup() as group:` opens a scope for tasks.
`group.create_task(...)` starts tasks inside it, and the end of the `async
with` block waits until **all** of them are finished. There is no need to
await each task: leaving the block does it for you. After the block, every
task is done and `result()` gives its return value.

What to watch in the window:

- Both tasks are created inside the block and start at 0.000 s.
- `Task-1` reaches the end of the block and waits there (the `__aexit__` of
  the group) until both children are done.
- "after the group" is stamped 3.000 s: the time of the longer child.

Try this:

1. Create a third task inside the block that sleeps 5 s: "after the group"
   moves to 5.000 s.
2. Create a task from inside one of the children with `group.create_task`
   (pass the group in): the block waits for that one too.
"""
import asyncio


async def bake(item, minutes):
    print(f"{item} in the oven")
    await asyncio.sleep(minutes)
    print(f"{item} baked")
    return f"{item} ({minutes} min)"


async def main():
    print("before the group")
    async with asyncio.TaskGroup() as group:
        bread = group.create_task(bake("bread", 2))
        cake = group.create_task(bake("cake", 3))
        print("both tasks started")
    #: The block ended only when both tasks were done.
    print("after the group")
    print(f"results: {bread.result()}, {cake.result()}")


asyncio.run(main())
