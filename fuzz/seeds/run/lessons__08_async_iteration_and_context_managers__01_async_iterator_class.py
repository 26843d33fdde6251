"""Async iterators: __aiter__ and __anext__
chapter: Async iteration and context managers
order: 1
level: intermediate

`async for` is a `for` loop whose "give me the next item" step may wait.
It calls `__aiter__()` once to get an iterator, then `await`s
`__anext__()` for each item; raising `StopAsyncIteration` ends the loop.
Between items the task can be suspended, so other tasks run while the
next page of results is on its way.

This class fetches an API's results page by page.

What to watch in the window:

- Each turn of the `async for` enters `__anext__`, which waits 1 s on a
  timer; the current line jumps between the loop body and the class.
- A ticker task runs in the gaps while the pages are loading.
- After page 3, `__anext__` raises `StopAsyncIteration` and the loop ends
  without an error.

Try this:

1. Use a plain `for` instead of `async for`: Python raises `TypeError`
   because the object has no `__iter__`.
2. Make `pages` 5: the loop takes 5 s; the ticker stops at 2.5 s while
   pages keep arriving.
"""
import asyncio


class PagedResults:
    def __init__(self, query, pages):
        self.query = query
        self.pages = pages

    def __aiter__(self):
        self.current = 0
        return self

    async def __anext__(self):
        if self.current >= self.pages:
            #: Ends the async for loop.
            raise StopAsyncIteration
        #: The task may be suspended between items.
        await asyncio.sleep(1)
        self.current += 1
        return f"{self.query} page {self.current}"


async def ticker():
    for second in range(5):
        await asyncio.sleep(0.5)
        print(f"  ticker: still responsive ({second})")


async def main():
    background = asyncio.create_task(ticker())
    async for page in PagedResults("flights to Rome", 3):
        print(page)
    await background


asyncio.run(main())
