# Tasks that pile up without end: the memory cap (small here) stops the run with MemoryError
# flags: --max-memory 32M
import asyncio

async def idle():
    await asyncio.sleep(3600)

async def main():
    tasks = []
    print("spawning")
    while True:
        for _ in range(10000):
            tasks.append(asyncio.create_task(idle()))
        await asyncio.sleep(0)

asyncio.run(main())
