"""Event: wake everyone who is waiting for a signal
chapter: Synchronisation
order: 2
level: beginner

An `asyncio.Event` is a flag. Tasks call `await event.wait()` and sleep
until some other code calls `event.set()`; then **all** waiters wake at
once. Once set, the event stays set: later `wait()` calls return
immediately, until `clear()` resets it.

Runners wait at the start line for the starting signal.

What to watch in the window:

- Three runner tasks suspend on `start_signal.wait()`; the event's waiter
  list shows all three.
- At 3.000 s `set()` is called. All three wake up in the same pass, in the
  order they started waiting.
- The late runner arrives after `set()`: its `wait()` does not suspend.

Try this:

1. Call `start_signal.clear()` right after `set()` but before the late
   runner arrives: the late runner now waits forever, which the loop
   reports as a deadlock at the end.
2. Remove `start_signal.set()`: all tasks wait forever (deadlock, exit
   status 3).
"""
import asyncio


async def runner(name, start_signal):
    print(f"{name} is at the start line")
    #: Suspends until the event is set.
    await start_signal.wait()
    print(f"{name} starts running")


async def main():
    start_signal = asyncio.Event()
    runners = [asyncio.create_task(runner(name, start_signal))
               for name in ("Kim", "Lou", "Max")]
    await asyncio.sleep(3)
    print("starter: go!")
    #: Wakes every waiter at once; the flag stays set.
    start_signal.set()
    await asyncio.gather(*runners)
    await runner("late Nia", start_signal)


asyncio.run(main())
