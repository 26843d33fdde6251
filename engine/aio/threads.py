# asyncio.threads: to_thread(), run a blocking function on a (simulated) worker thread.

from _contextvars import copy_context as _copy_context

from . import events

__all__ = ('to_thread',)


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) on a worker, in a copy of the caller's context; the awaiting
    task resumes when the loop's virtual time reaches the call's start plus the worker's own
    elapsed time (see docs/asyncio-model.md)."""
    loop = events.get_running_loop()
    ctx = _copy_context()
    if kwargs:
        def call():
            return ctx.run(func, *args, **kwargs)
        return await loop.run_in_executor(None, call)
    return await loop.run_in_executor(None, ctx.run, func, *args)
