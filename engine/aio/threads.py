# asyncio.threads: to_thread(), run a blocking function on a (simulated) worker thread.

from . import events

__all__ = ('to_thread',)


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) on a worker; the awaiting task resumes when the loop's
    virtual time reaches the call's start plus the worker's own elapsed time (see
    docs/asyncio-model.md)."""
    loop = events.get_running_loop()
    if kwargs:
        def call():
            return func(*args, **kwargs)
        return await loop.run_in_executor(None, call)
    return await loop.run_in_executor(None, func, *args)
