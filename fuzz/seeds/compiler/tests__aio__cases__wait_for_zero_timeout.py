# wait_for() with timeout <= 0: an unfinished awaitable is wrapped in a task,
# cancelled and TimeoutError raised at once; a finished future just returns.
import asyncio


async def job():
    print('job: this never prints')
    return 1


async def main():
    try:
        await asyncio.wait_for(job(), timeout=0)
    except TimeoutError:
        print('timeout=0: TimeoutError')
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result('already done')
    print('finished future with timeout=-1:', await asyncio.wait_for(done, timeout=-1))
    task = asyncio.create_task(job())
    print('next task is named', task.get_name())
    await task

asyncio.run(main())
