"""await: pause here until that is done
chapter: First steps
order: 2
level: beginner

`await` does two things: it runs the awaited coroutine, and it pauses the
coroutine that wrote `await` until the result is there. Awaiting a coroutine
does **not** create a new task: `fetch_menu` and `read_order` run inside
`Task-1`, one after the other, like ordinary function calls that can pause.

What to watch in the window:

- There is only one task the whole time. Its *current line* moves down into
  `fetch_menu`, then back up into `prepare_order`.
- Each `asyncio.sleep` puts one timer on the timer heap; the clock jumps to
  it because the ready queue is empty.
- The output timestamps add up: 2 s for the menu, then 1 s for the order,
  so the last line is stamped 3.000 s. Awaiting one after the other is
  **sequential**; chapter 2 shows how to overlap the waits.

Try this:

1. Swap the two `await` lines: the total is still 3 s, only the order of
   the messages changes.
2. Delete `await` before `fetch_menu()`: `menu` becomes a coroutine object,
   the f-string prints `<coroutine object ...>` and Python warns that the
   coroutine was never awaited.
"""
import asyncio


async def fetch_menu():
    print("fetching the menu...")
    #: Task-1 waits on a 2-second timer.
    await asyncio.sleep(2)
    print("menu fetched")
    return ["espresso", "latte", "tea"]


async def read_order(menu):
    print("reading the order...")
    await asyncio.sleep(1)
    return menu[1]


async def prepare_order():
    #: The coroutine runs inside Task-1; no new task is created.
    menu = await fetch_menu()
    #: Only starts after fetch_menu has returned.
    drink = await read_order(menu)
    print(f"preparing a {drink}")


asyncio.run(prepare_order())
