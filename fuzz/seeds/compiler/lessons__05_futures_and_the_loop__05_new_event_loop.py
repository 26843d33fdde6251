"""Driving a loop by hand: new_event_loop and run_until_complete
chapter: Futures and the loop underneath
order: 5
level: advanced

`asyncio.run` hides the loop. You can also make one yourself with
`asyncio.new_event_loop()`, run a coroutine on it with
`loop.run_until_complete(coro)`, and must then close it with
`loop.close()`. Older code and some frameworks still do this. Between the
runs, the loop is simply stopped: tasks that were not finished wait,
frozen, until the loop runs again.

What to watch in the window:

- The first `run_until_complete` runs the thermostat until it returns; the
  background logger is created there and keeps running.
- Between the two runs nothing moves: the logger is paused mid-sleep and
  the "outside the loop" line is printed by plain code.
- In the second run the logger continues where it was.

Try this:

1. Remove the second `run_until_complete`: the logger never finishes, and
   `loop.close()` drops it (Python reports "Task was destroyed but it is
   pending!" on stderr).
2. Call `loop.run_until_complete` after `loop.close()`: it raises
   `RuntimeError: Event loop is closed`.
"""
import asyncio


async def log_temperatures():
    for reading in (20.5, 21.0, 21.5):
        await asyncio.sleep(1)
        print(f"logger: {reading} C")


async def set_thermostat(target):
    #: A task created here outlives this run_until_complete call.
    logger = asyncio.create_task(log_temperatures())
    await asyncio.sleep(1.5)
    print(f"thermostat set to {target} C")
    return logger


#: A loop of our own: we start it, stop it and close it ourselves.
loop = asyncio.new_event_loop()
logger = loop.run_until_complete(set_thermostat(22))
print("outside the loop: nothing runs now")
#: The second run lets the unfinished logger task continue.
loop.run_until_complete(logger)
loop.close()
print("loop closed")
