# Task names: name= at creation, set_name() later, and the steps trace uses
# the name the task has after each step.
import asyncio


async def job():
    me = asyncio.current_task()
    print('started as', me.get_name())
    await asyncio.sleep(1)
    me.set_name('job-renamed')
    print('renamed to', me.get_name())
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(job(), name='job')
    await asyncio.sleep(0.5)
    print('main sees', t.get_name())
    await t
    print('main sees', t.get_name())

asyncio.run(main())
