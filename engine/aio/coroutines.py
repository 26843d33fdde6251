# asyncio.coroutines: recognising coroutine objects and coroutine functions.

import _loopscope

__all__ = ('iscoroutinefunction', 'iscoroutine')

# Marker a plain function can carry to be treated as a coroutine function.
_is_coroutine = object()


def iscoroutinefunction(func):
    """True for an `async def` function (or one marked with `_is_coroutine`)."""
    if _loopscope.iscoroutinefunction(func):
        return True
    return getattr(func, '_is_coroutine', None) is _is_coroutine


def iscoroutine(obj):
    """True for a coroutine object (what calling an `async def` function returns)."""
    return _loopscope.iscoroutine(obj)
