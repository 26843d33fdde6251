# Creating tasks without end stops at the task cap (small here) with a plain message (exit 7).
# flags: --max-tasks 1000
import asyncio

async def idle():
    await asyncio.sleep(3600)

async def main():
    tasks = []
    print("spawning")
    while True:
        for _ in range(100):
            tasks.append(asyncio.create_task(idle()))
        await asyncio.sleep(0)

asyncio.run(main())
