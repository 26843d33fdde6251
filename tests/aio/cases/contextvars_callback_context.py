# loop.call_soon/call_later/call_at run each callback in a copy of the context current when
# it was scheduled, or in the context= given.
import asyncio
import contextvars

step = contextvars.ContextVar('step', default=0)


def report(label):
    print(label, step.get())
    step.set(step.get() + 100)


async def main():
    loop = asyncio.get_running_loop()
    step.set(1)
    loop.call_soon(report, 'soon')
    step.set(2)
    loop.call_later(0.5, report, 'later')
    step.set(3)
    loop.call_at(loop.time() + 1, report, 'at')
    ctx = contextvars.Context()
    ctx.run(step.set, 40)
    loop.call_soon(report, 'given', context=ctx)
    loop.call_later(0.2, report, 'given later', context=ctx)
    handle = loop.call_soon(report, 'handle')
    print(isinstance(handle.get_context(), contextvars.Context))
    await asyncio.sleep(2)
    print('main', step.get(), 'ctx', ctx[step])
    fut = loop.create_future()
    step.set(7)
    fut.add_done_callback(lambda f: print('done callback', step.get()))
    step.set(8)
    fut.set_result(None)
    await asyncio.sleep(0)

asyncio.run(main())
