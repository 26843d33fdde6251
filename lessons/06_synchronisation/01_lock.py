"""Lock: one task at a time in the critical section
chapter: Synchronisation
order: 1
level: beginner

`asyncio.Lock` lets only one task at a time run the code inside
`async with lock:`. A task that finds the lock taken is suspended and put
in the lock's **waiters** queue, first come first served. When the holder
leaves the block, the lock is handed to the first waiter.

Three baristas share one espresso machine.

What to watch in the window:

- At 0.000 s `Ana` takes the lock; `Ben` and `Cleo` reach `async with` and
  join the lock's waiters in that order.
- Each time the holder releases the lock (every 2 s), the next waiter
  wakes and becomes the holder. The waiters list shrinks one at a time.
- The machine is used 0-2, 2-4 and 4-6 s: the lock turned three 2-second
  jobs back into a sequence. That is its purpose, and also its cost.

Try this:

1. Remove the `async with machine:` line (and dedent its body): all three
   use the machine at once and everything finishes at 2.000 s.
2. Print `machine.locked()` in `main` after `asyncio.sleep(1)`: `True`.
"""
import asyncio


async def pull_espresso(barista, machine):
    print(f"{barista} wants the machine")
    #: Only one barista may hold the machine; the others queue as waiters.
    async with machine:
        print(f"{barista} is using the machine")
        await asyncio.sleep(2)
        #: Leaving the block after this line hands the lock to the next waiter.
        print(f"{barista} is done with the machine")


async def main():
    machine = asyncio.Lock()
    await asyncio.gather(
        pull_espresso("Ana", machine),
        pull_espresso("Ben", machine),
        pull_espresso("Cleo", machine),
    )


asyncio.run(main())
