# Each task runs in a copy of its creator's context: gathered children see the parent's
# values, and a value a task sets is seen neither by its parent nor by its siblings.
import asyncio
import contextvars

request = contextvars.ContextVar('request', default='none')


async def handler(n):
    print(f'handler {n} starts with', request.get())
    request.set(f'req-{n}')
    await asyncio.sleep(0.1 * n)
    print(f'handler {n} still has', request.get())
    return request.get()


async def main():
    request.set('main')
    results = await asyncio.gather(handler(1), handler(2), handler(3))
    print(results)
    print('main still has', request.get())
    task = asyncio.create_task(handler(4))
    request.set('changed after create_task')
    await task
    print('main has', request.get())

request.set('module')
asyncio.run(main())
print('after run:', request.get())
