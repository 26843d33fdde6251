"""I/O-bound work: waiting overlaps
chapter: I/O-bound vs CPU-bound
order: 1
level: beginner

Most of the time a web crawler spends is **waiting**: for the DNS answer,
for the server, for the bytes to arrive. That is I/O-bound work, and it is
what asyncio is made for. While one request waits, the loop starts or
finishes others, so the waits overlap and the total is close to the
longest single wait rather than the sum.

(`asyncio.sleep` stands in for network waits here: the loop treats both the
same way, as something to wait for while others run.)

What to watch in the window:

- Sequential crawl: one timer at a time, the clock steps 0.8 + 1.2 + 0.5 +
  1.0 = 3.5 s.
- Concurrent crawl: four tasks, four timers on the heap at once; the crawl
  ends after 1.2 s, the slowest page.

Try this:

1. Add ten more URLs with 1 s each: the sequential crawl grows by 10 s,
   the concurrent one does not grow at all.
2. Limit the concurrent crawl to two requests at a time with a
   `Semaphore(2)` (chapter 6): it takes 2.2 s instead of 1.2 s.
"""
import asyncio
import time

PAGES = {"news.example/": 0.8, "news.example/world": 1.2,
         "news.example/sport": 0.5, "news.example/weather": 1.0}


async def fetch(url):
    #: Waiting for the network: the loop is free to run other tasks.
    await asyncio.sleep(PAGES[url])
    return len(url)


async def main():
    started = time.perf_counter()
    sizes = [await fetch(url) for url in PAGES]
    print(f"sequential: {sum(sizes)} bytes in {time.perf_counter() - started:.1f} s")

    started = time.perf_counter()
    #: All four waits happen at the same time.
    sizes = await asyncio.gather(*(fetch(url) for url in PAGES))
    print(f"concurrent: {sum(sizes)} bytes in {time.perf_counter() - started:.1f} s")


asyncio.run(main())
