# Task names come from one process-wide counter: each asyncio.run() uses two
# extra numbers for its shutdown tasks, and name= still uses up a number.
import asyncio


async def child():
    await asyncio.sleep(0)


async def main(label):
    me = asyncio.current_task().get_name()
    named = asyncio.create_task(child(), name='custom')
    unnamed = asyncio.create_task(child())
    loop_named = asyncio.get_running_loop().create_task(child(), name='via-loop')
    after = asyncio.create_task(child())
    await asyncio.gather(named, unnamed, loop_named, after)
    print(label, me, named.get_name(), unnamed.get_name(), loop_named.get_name(), after.get_name())

asyncio.run(main('run 1:'))
asyncio.run(main('run 2:'))
