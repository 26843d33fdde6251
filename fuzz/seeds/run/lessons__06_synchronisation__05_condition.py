"""Condition: wait until the state is right
chapter: Synchronisation
order: 5
level: advanced

An `asyncio.Condition` combines a lock with a way to wait for a change.
A task holding the lock calls `await condition.wait_for(predicate)`: it
releases the lock and sleeps until another task calls `notify()` or
`notify_all()`, then takes the lock again and re-checks the predicate.

A pizza oven holds one tray; cooks wait until there are enough pizzas
prepared before they fire the oven.

What to watch in the window:

- The cook takes the lock, sees too few pizzas, and waits. While waiting
  it does **not** hold the lock, so the helper can take it.
- Each `notify_all()` wakes the cook; it re-acquires the lock, checks
  again, and goes back to waiting until three pizzas are ready.
- The cook proceeds at 3.000 s, after the third pizza.

Try this:

1. Lower the threshold to 2: the oven is fired at 2.000 s.
2. Remove `notify_all()`: the cook never wakes and the loop reports a
   deadlock (exit status 3) once the helper is done.
"""
import asyncio


async def cook(condition, tray):
    async with condition:
        #: Releases the lock while waiting; wakes on every notify.
        await condition.wait_for(lambda: len(tray) >= 3)
        print(f"cook: firing the oven with {tray}")


async def helper(condition, tray):
    for pizza in ("margherita", "funghi", "diavola"):
        await asyncio.sleep(1)
        async with condition:
            tray.append(pizza)
            print(f"helper: {pizza} is on the tray")
            #: Wake the cook so it can check the tray again.
            condition.notify_all()


async def main():
    condition = asyncio.Condition()
    tray = []
    await asyncio.gather(cook(condition, tray), helper(condition, tray))


asyncio.run(main())
