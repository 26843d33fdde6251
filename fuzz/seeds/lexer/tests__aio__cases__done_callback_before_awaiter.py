# Done callbacks registered before a task awaits the future run before that
# task wakes up; callbacks added later run after it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print('callback A', f.result()))
    loop.call_later(1, fut.set_result, 'ok')

    async def late_registrar():
        await asyncio.sleep(0.5)
        fut.add_done_callback(lambda f: print('callback B', f.result()))

    asyncio.create_task(late_registrar())
    value = await fut
    print('main woke with', value)
    await asyncio.sleep(0)

asyncio.run(main())
