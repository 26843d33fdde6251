# Lock waiters are served in FIFO order; a task arriving while others wait
# cannot jump the queue.
import asyncio


async def use_printer(name, lock, arrive):
    await asyncio.sleep(arrive)
    print(f'{name} arrives, locked={lock.locked()}')
    async with lock:
        print(f'{name} prints')
        await asyncio.sleep(1)


async def main():
    lock = asyncio.Lock()
    arrivals = [('ann', 0), ('bob', 0.1), ('cy', 0.2), ('di', 1.0)]
    await asyncio.gather(*(use_printer(n, lock, t) for n, t in arrivals))
    print('all printed, locked:', lock.locked())

asyncio.run(main())
