"""What one pass of the loop does
chapter: Futures and the loop underneath
order: 6
level: advanced

The event loop repeats one pass over and over:

1. If nothing is ready, move the clock to the earliest timer.
2. Move every timer that is due to the **end** of the ready queue.
3. Run exactly the handles that are in the ready queue now, in order.
   Anything scheduled while they run waits for the **next** pass.

That explains two surprises shown here: `call_later(0, ...)` runs after
`call_soon(...)` even though it was registered first (it is a timer, and
timers join the queue behind what is already there), and a callback that
schedules another callback never gets it run in the same pass.

What to watch in the window:

- Pass 1 runs only `main`. It leaves three handles in the ready queue
  (two `call_soon`s and its own wake-up from `sleep(0)`) and one timer.
- Pass 2 starts by moving the due timer **behind** those three, then runs
  all four: "first in line", "second in line", "main: back", and only then
  "call_later(0)".
- Pass 3 runs what pass 2 scheduled: the follow-up, then `main` again.
  Everything happens at 0.000 s; the clock never moves.

Try this:

1. Change `call_later(0, ...)` to `call_later(0.1, ...)`: it never runs,
   because `main` ends at 0.000 s and the loop stops before the timer is
   due. Add `await asyncio.sleep(1)` at the end of `main` to see it fire
   at 0.100 s, in a pass of its own.
2. Let `first_in_line` schedule two follow-ups: both run in the same
   next pass, in order.
"""
import asyncio


def note(message):
    print(f"  {message}")


def first_in_line():
    note("call_soon: first in line")
    #: Scheduled during this pass, so it runs in the next one.
    asyncio.get_running_loop().call_soon(note, "follow-up from first_in_line")


async def main():
    loop = asyncio.get_running_loop()
    #: A timer, even with delay 0: it joins the queue behind ready handles.
    loop.call_later(0, note, "call_later(0), registered first")
    loop.call_soon(first_in_line)
    loop.call_soon(note, "call_soon: second in line")
    print("main: yielding with sleep(0)")
    #: main's wake-up is queued with call_soon, behind the handles above.
    await asyncio.sleep(0)
    print("main: back")
    await asyncio.sleep(0)
    print("main: back again")


asyncio.run(main())
