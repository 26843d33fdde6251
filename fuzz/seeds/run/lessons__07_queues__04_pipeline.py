"""A pipeline of stages connected by queues
chapter: Queues
order: 4
level: advanced

Queues chain: the output queue of one stage is the input queue of the
next. Each stage is its own task and works on a different item at the
same time, like stations on an assembly line. A web crawler is a classic
pipeline: fetch a page, parse it, store the result.

What to watch in the window:

- Three stage tasks, each waiting on its own input queue most of the time.
- Once the pipeline is full, all stages are busy at once: while page 2 is
  being parsed, page 3 is already being fetched.
- A `None` travels down the line behind the last page and shuts each
  stage down in turn.

Try this:

1. Make parsing slow (`sleep(2)`): pages pile up in the `parse` queue, and
   parsing becomes the stage that sets the pace.
2. Add a second parser task reading from the same queue (it then needs to
   receive two `None`s): throughput rises again.
"""
import asyncio


async def fetch(urls, fetched):
    for url in urls:
        await asyncio.sleep(1)
        print(f"fetched {url}")
        await fetched.put(url)
    await fetched.put(None)


async def parse(fetched, parsed):
    #: Works on one page while fetch is already on the next.
    while (url := await fetched.get()) is not None:
        await asyncio.sleep(1)
        links = len(url) - 5  # pretend: count the links on the page
        print(f"parsed  {url}: {links} links")
        await parsed.put((url, links))
    await parsed.put(None)


async def store(parsed, index):
    while (item := await parsed.get()) is not None:
        await asyncio.sleep(0.5)
        index.append(item)
        print(f"stored  {item[0]}")


async def main():
    urls = ["shop.example/", "shop.example/tea", "shop.example/cups"]
    fetched, parsed = asyncio.Queue(), asyncio.Queue()
    index = []
    #: Three stages run concurrently, connected by two queues.
    await asyncio.gather(fetch(urls, fetched), parse(fetched, parsed), store(parsed, index))
    print(f"index holds {len(index)} pages")


asyncio.run(main())
