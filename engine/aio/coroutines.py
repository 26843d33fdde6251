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


def _format_coroutine(coro):
    """How a Task's repr shows its coroutine, as CPython does: `qualname() running at
    FILE:LINE` while the coroutine has a frame (LINE is where it is suspended, or its def line
    before it starts), `qualname() done, defined at FILE:LINE` once it has finished."""
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if not name:
        name = f'<{type(coro).__name__} without __name__>'
    name += '()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', getattr(coro, 'gi_running', False))
        return name + ' running' if running else name
    filename = code.co_filename or '<empty co_filename>'
    frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'
