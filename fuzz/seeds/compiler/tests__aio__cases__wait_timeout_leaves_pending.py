# wait(timeout=...) does not cancel anything: tasks still running at the
# timeout are returned in `pending` and go on running.
import asyncio


async def job(name, seconds):
    await asyncio.sleep(seconds)
    print(f'{name} finished')


async def main():
    tasks = [asyncio.create_task(job(n, s), name=n) for n, s in [('a', 1), ('b', 3), ('c', 5)]]
    done, pending = await asyncio.wait(tasks, timeout=2)
    print('after timeout done:', sorted(t.get_name() for t in done), 'pending:', sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending)
    print('finally done:', sorted(t.get_name() for t in done), 'pending:', len(pending))

asyncio.run(main())
