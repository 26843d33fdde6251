# wait(FIRST_EXCEPTION) returns as soon as one task raises; the rest stay
# pending and keep running until we cancel them.
import asyncio


async def job(name, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise RuntimeError(f'{name} crashed')
    print(f'{name} finished')
    return name


async def main():
    tasks = [asyncio.create_task(job(n, s, f), name=n)
             for n, s, f in [('alpha', 1, False), ('beta', 2, True), ('gamma', 4, False)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print('done:', sorted(t.get_name() for t in done))
    print('pending:', sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), '->', repr(t.exception()))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print('gamma cancelled:', tasks[2].cancelled())

asyncio.run(main())
