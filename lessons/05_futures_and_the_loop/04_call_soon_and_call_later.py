"""call_soon, call_later, call_at
chapter: Futures and the loop underneath
order: 4
level: intermediate

Underneath tasks, the loop runs plain functions called **callbacks**.
`loop.call_soon(fn, *args)` appends a handle to the **ready queue**;
`loop.call_later(delay, fn, *args)` and `loop.call_at(when, fn, *args)`
put a timer on the **timer heap**, ordered by deadline. Each call returns a
handle whose `cancel()` takes it back.

What to watch in the window:

- The three `call_soon` handles line up in the ready queue in order; the
  cancelled one is skipped when its turn comes.
- The timers sit in the heap sorted by deadline, not by when they were
  added: 0.5 s, then 1.0 s, then 2.0 s.
- Each timer moves to the ready queue when the clock reaches it.

Try this:

1. Call `loop.call_later(0, ...)` before the `call_soon` lines: it still
   runs after them (see the next lesson for why).
2. Cancel the 1.0 s timer: it disappears from the heap and never prints.
"""
import asyncio


def ring(reminder):
    loop = asyncio.get_running_loop()
    print(f"t={loop.time():.1f}: {reminder}")


async def main():
    loop = asyncio.get_running_loop()
    #: Timers are kept sorted by deadline, not by insertion order.
    loop.call_later(2.0, ring, "stand-up meeting")
    loop.call_at(loop.time() + 0.5, ring, "kettle boiled")
    loop.call_later(1.0, ring, "check the oven")
    #: call_soon handles run in the order they were queued.
    loop.call_soon(ring, "answer the door")
    skipped = loop.call_soon(ring, "this reminder was cancelled")
    loop.call_soon(ring, "feed the cat")
    skipped.cancel()
    print("all reminders scheduled")
    await asyncio.sleep(3)


asyncio.run(main())
