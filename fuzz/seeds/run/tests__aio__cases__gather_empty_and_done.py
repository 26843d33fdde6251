# gather() with no arguments gives [] at once; gather() of already-finished
# futures does not suspend the caller.
import asyncio


async def other():
    print('other task ran')


async def main():
    print('empty gather:', await asyncio.gather())
    loop = asyncio.get_running_loop()
    f1, f2 = loop.create_future(), loop.create_future()
    f1.set_result('x')
    f2.set_result('y')
    asyncio.create_task(other())
    print('done futures:', await asyncio.gather(f1, f2))
    print('before any suspension')
    await asyncio.sleep(0)

asyncio.run(main())
