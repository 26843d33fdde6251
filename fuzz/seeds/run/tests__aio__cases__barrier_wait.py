# asyncio.Barrier(3): tasks wait until three have arrived, then all go on;
# wait() returns each task's arrival index.
import asyncio


async def runner(name, barrier, delay):
    await asyncio.sleep(delay)
    print(f'{name} at the start line')
    index = await barrier.wait()
    print(f'{name} starts running (arrival index {index})')


async def main():
    barrier = asyncio.Barrier(3)
    await asyncio.gather(runner('ann', barrier, 1), runner('bob', barrier, 2), runner('cy', barrier, 0.5))
    print('parties:', barrier.parties, 'waiting:', barrier.n_waiting, 'broken:', barrier.broken)

asyncio.run(main())
