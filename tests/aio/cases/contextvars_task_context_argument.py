# create_task(context=...) runs the task in the given Context: its changes stay in it, and
# Task.get_context() returns it.
import asyncio
import contextvars

color = contextvars.ContextVar('color', default='none')


async def paint(what):
    print(what, 'sees', color.get())
    color.set(what)
    await asyncio.sleep(0)
    return color.get()


async def main():
    ctx = contextvars.copy_context()
    ctx.run(color.set, 'blue')
    task = asyncio.create_task(paint('red'), context=ctx)
    print(task.get_context() is ctx)
    print(await task, ctx[color], color.get())
    other = asyncio.create_task(paint('green'))
    print(other.get_context() is ctx, isinstance(other.get_context(), contextvars.Context))
    print(await other, color.get())
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(paint('yellow'), context=ctx)
    print(t.result(), ctx[color])

asyncio.run(main())
