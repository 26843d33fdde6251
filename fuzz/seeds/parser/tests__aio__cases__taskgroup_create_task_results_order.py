# TaskGroup children start in creation order at the next loop iteration, not
# when create_task() is called.
import asyncio


async def step(name):
    print(f'{name} first step')
    await asyncio.sleep(0)
    print(f'{name} second step')


async def main():
    async with asyncio.TaskGroup() as tg:
        for name in ['a', 'b', 'c']:
            tg.create_task(step(name))
        print('body finished creating tasks')
    print('group done')

asyncio.run(main())
