# Cancelling a task that is iterating an async generator: the CancelledError is
# raised inside the generator, whose finally block runs.
import asyncio


async def sensor_stream():
    try:
        n = 0
        while True:
            await asyncio.sleep(1)
            n += 1
            yield n
    finally:
        print('stream: closed')


async def consume():
    stream = sensor_stream()
    async for value in stream:
        print('reading', value)


async def main():
    task = asyncio.create_task(consume())
    await asyncio.sleep(2.5)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print('consumer cancelled:', task.cancelled())

asyncio.run(main())
