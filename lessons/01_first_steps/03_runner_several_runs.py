"""One runner, several runs
chapter: First steps
order: 3
level: beginner

`asyncio.run()` is a shortcut: it makes an event loop, runs one coroutine
and closes the loop again. When a program has several top-level steps that
should share **one** loop, use `asyncio.Runner` as a context manager. Each
`runner.run(...)` runs one coroutine to completion on the same loop; the
loop is closed when the `with` block ends.

What to watch in the window:

- The same loop serves all three runs: the clock keeps going (runs end at
  1 s, 3 s and 4 s) instead of restarting.
- Each run gets its own task. Task names count up without gaps inside one
  runner: `Task-1`, `Task-2`, `Task-3`.
- At the end of the `with` block the runner shuts the loop down; that is
  when the two internal shutdown tasks appear briefly.

Try this:

1. Replace the `with` block by three separate `asyncio.run(...)` calls: the
   task names become `Task-1`, `Task-4`, `Task-7`, because closing each
   loop uses up two task numbers.
2. Make `open_shop` sleep 3 s: every later timestamp moves by 3 s.
"""
import asyncio


async def open_shop():
    print("unlocking the door")
    await asyncio.sleep(1)
    return "shop open"


async def brew(drink, seconds):
    task = asyncio.current_task()
    #: Each run() gets a fresh task on the same loop.
    print(f"{task.get_name()} brewing {drink}")
    await asyncio.sleep(seconds)
    return f"{drink} ready"


#: One loop for the whole with-block; it is closed when the block ends.
with asyncio.Runner() as runner:
    print(runner.run(open_shop()))
    print(runner.run(brew("espresso", 2)))
    print(runner.run(brew("tea", 1)))
print("runner closed")
