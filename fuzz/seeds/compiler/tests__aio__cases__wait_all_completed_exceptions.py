# wait(ALL_COMPLETED) never raises: failed tasks end up in `done` and their
# exceptions are read with exception().
import asyncio


async def ping(host, seconds, ok=True):
    await asyncio.sleep(seconds)
    if not ok:
        raise OSError(f'{host} unreachable')
    return f'{host} up'


async def main():
    tasks = [asyncio.create_task(ping(h, s, ok), name=h)
             for h, s, ok in [('web', 1, True), ('db', 2, False), ('mail', 3, True)]]
    done, pending = await asyncio.wait(tasks)
    print(len(done), 'done,', len(pending), 'pending')
    for t in sorted(done, key=lambda t: t.get_name()):
        exc = t.exception()
        print(t.get_name(), 'error' if exc else 'ok', exc if exc else t.result())

asyncio.run(main())
