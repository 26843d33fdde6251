# Processing tasks as they finish with a wait(FIRST_COMPLETED) loop.
import asyncio


async def download(name, seconds):
    await asyncio.sleep(seconds)
    return f'{name} ({seconds}s)'


async def main():
    pending = {asyncio.create_task(download(n, s)) for n, s in [('a.txt', 3), ('b.txt', 1), ('c.txt', 2), ('d.txt', 2)]}
    rounds = 0
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        rounds += 1
        print(f'round {rounds}:', sorted(t.result() for t in done), 'still pending:', len(pending))

asyncio.run(main())
