"""as_completed: handle results as they arrive
chapter: Running many
order: 8
level: intermediate

`asyncio.as_completed(aws)` gives you an iterator of awaitables. Each one
you await yields the **next result to finish**, so you can process fast
answers without waiting for slow ones. The coroutines are wrapped into
tasks in argument order when `as_completed` is called.

What to watch in the window:

- Three page-fetch tasks are created together and start at 0.000 s.
- Each turn of the `for` loop, `Task-1` waits for whichever page is next;
  the "got" lines are stamped 1, 2 and 4 seconds.
- The order of the output is the finishing order, the opposite of the
  argument order here.

Try this:

1. Give two pages the same delay: they arrive in the same loop pass, in the
   order their timers were created.
2. Add `timeout=3` to `as_completed`: the third `await` raises
   `TimeoutError` at 3.000 s.
"""
import asyncio


async def fetch_page(url, seconds):
    await asyncio.sleep(seconds)
    return f"{url} ({seconds} s)"


async def crawl():
    pages = [
        fetch_page("example.org/about", 4),
        fetch_page("example.org/blog", 2),
        fetch_page("example.org/", 1),
    ]
    #: Each await gives the next page to finish, whatever its position.
    for next_page in asyncio.as_completed(pages):
        page = await next_page
        print(f"got {page}")


asyncio.run(crawl())
