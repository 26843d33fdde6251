"""Semaphore: at most N at a time
chapter: Synchronisation
order: 3
level: intermediate

An `asyncio.Semaphore(n)` is a lock with `n` keys. Up to `n` tasks can be
inside `async with semaphore:` at the same time; the next one waits until
somebody leaves. This is the standard way to limit concurrency, for
example to open at most two connections to one server.

What to watch in the window:

- Five download tasks start; the first two take a key at once, the other
  three join the semaphore's waiters.
- Whenever a download finishes, one key is released and the first waiter
  gets it. At any moment at most two downloads are in progress.
- Five 1-second downloads, two at a time: the last one ends at 3.000 s.

Try this:

1. Use `Semaphore(5)`: no one waits, all end at 1.000 s.
2. Use `Semaphore(1)`: it behaves like a lock and the total becomes 5 s.
"""
import asyncio
import time


async def download(file, connections):
    #: At most two tasks get past this line at the same time.
    async with connections:
        print(f"{time.monotonic():.0f}s start {file}")
        await asyncio.sleep(1)
        print(f"{time.monotonic():.0f}s done  {file}")


async def main():
    connections = asyncio.Semaphore(2)
    files = ["a.zip", "b.zip", "c.zip", "d.zip", "e.zip"]
    await asyncio.gather(*(download(file, connections) for file in files))


asyncio.run(main())
