# asyncio.events: Handle / TimerHandle (one scheduled callback), the abstract loop, and the
# functions that find the current event loop (get_running_loop, get_event_loop, ...).
#
# Index: Handle, TimerHandle, AbstractEventLoop, AbstractEventLoopPolicy,
#        running-loop functions, policy functions.

__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer', 'Handle',
           'TimerHandle', 'get_event_loop_policy', 'set_event_loop_policy',
           'get_event_loop', 'set_event_loop', 'new_event_loop', '_set_running_loop',
           'get_running_loop', '_get_running_loop')

import _loopscope
from _contextvars import Context as _Context, copy_context as _copy_context
from _loopscope import handle_enter as _handle_enter, handle_exit as _handle_exit

# Recording hooks (docs/trace.md): _loopscope_trace exists in loopscope and, as no-ops, in the
# CPython harness. _TRACING is read once; every hook call sits behind `if _TRACING:` so that
# an ordinary run pays one global lookup per hook site.
try:
    import _loopscope_trace as _lt
    _TRACING = _lt.tracing()
except ImportError:
    _lt = None
    _TRACING = False


# functools and reprlib are imported where they are used: most programs never format a
# callback, and importing them with asyncio would cost every program about 2 ms.

def _format_args(args, kwargs=None):
    """`(1, 'a', key=2)`, each value through reprlib so that long ones are cut short."""
    import reprlib
    items = [reprlib.repr(a) for a in args]
    if kwargs:
        items.extend(f'{k}={reprlib.repr(v)}' for k, v in kwargs.items())
    return '(' + ', '.join(items) + ')'


def _describe_call(cb, args, kwargs=None, suffix=''):
    """What a handle will run, as CPython's reprs write it: `name(arg1, arg2)`, where name is
    the callable's __qualname__; a functools.partial shows its own arguments first
    (`tick(5)(<Future ...>)`)."""
    import functools
    if isinstance(cb, functools.partial):
        return _describe_call(cb.func, cb.args, cb.keywords, _format_args(args, kwargs) + suffix)
    name = getattr(cb, '__qualname__', None) or getattr(cb, '__name__', None)
    if not name:
        name = repr(cb)
    return name + _format_args(args, kwargs) + suffix


def _function_source(func):
    """(filename, first line) of a callback that is a plain Python function, looking through
    functools.wraps wrappers and partials; None for anything else (bound methods, builtins),
    as CPython's reprs decide."""
    seen = 0
    while seen < 100:
        wrapped = getattr(func, '__wrapped__', None)
        if wrapped is None:
            break
        func, seen = wrapped, seen + 1
    if type(func) is _FunctionType:
        code = func.__code__
        return code.co_filename, code.co_firstlineno
    import functools
    if isinstance(func, functools.partial):
        return _function_source(func.func)
    return None


def _describe_call_source(cb, args):
    """_describe_call plus where a Python function callback is defined: what handle and
    future reprs and the exception handler show (`boom(1) at lesson.py:4`)."""
    text = _describe_call(cb, args)
    source = _function_source(cb)
    if source is not None:
        text += f' at {source[0]}:{source[1]}'
    return text


_FunctionType = type(_describe_call)


# The context of the library's own callbacks that never read or set a context variable
# (sleep()'s timer, gather()'s callback on each child). CPython gives each of them a copy of
# the caller's context; sharing this one changes nothing they can see and saves a Context per
# sleep and per gathered child. (Callbacks never nest, so it is never entered twice.)
_LIBRARY_CONTEXT = _Context()


# ---- Handle --------------------------------------------------------------------------------

class Handle:
    """One callback with its arguments, queued on a loop by call_soon().

    Fields: _callback/_args what to run; _loop the owning loop; _context the
    contextvars.Context the callback runs in (by default a copy of the scheduler's);
    _cancelled set by cancel()
    (the loop then skips the handle); _repr the description frozen at cancel() time in debug
    mode."""

    # BaseEventLoop.call_soon and call_at build their handles natively with these fields, in this
    # order (engine/lang/builtins/loop_schedule.cpp): keep the two in step.
    def __init__(self, callback, args, loop, context=None):
        if context is None:
            context = _copy_context()
        self._callback = callback
        self._args = args
        self._loop = loop
        self._context = context
        self._cancelled = False
        self._repr = None

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_describe_call_source(self._callback, self._args))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return '<' + ' '.join(self._repr_info()) + '>'

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            if _TRACING:
                _lt.cancel_handle(self)
            self._cancelled = True
            if self._loop.get_debug():
                # CPython keeps the description only in debug mode (for its slow-callback log).
                self._repr = repr(self)
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    # Runs the callback in its context, as self._context.run(callback, *args) does in CPython,
    # with the context entered by _handle_enter rather than by a native call in between (this
    # runs for every callback). The loop leaves the context after its pass of callbacks
    # (_handle_exit; the next _handle_enter also leaves it first). Errors (a context already
    # entered included) go to the loop's exception handler, outside the context, except
    # SystemExit and KeyboardInterrupt, which stop the loop (they propagate out of run_once).
    # Native (make_handle_run below, builtins/handle_run.cpp); this is its Python version, for
    # handles whose _args is not a tuple, and for the CPython shim.
    def _run(self):
        try:
            _handle_enter(self)
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            _handle_exit()
            raise
        except BaseException as exc:
            _handle_exit()
            self._callback_failed(exc)
        self = None

    # The callback raised `exc` (which is being handled): the loop's exception handler hears of it.
    def _callback_failed(self, exc):
        cb = _describe_call_source(self._callback, self._args)
        self._loop.call_exception_handler({
            'message': 'Exception in callback ' + cb,
            'exception': exc,
            'handle': self,
        })


Handle._py_run = Handle._run
Handle._run = _loopscope.make_handle_run(Handle, Handle._py_run, Handle._callback_failed)


class TimerHandle(Handle):
    """A Handle that becomes ready at loop time `when`. Timers are ordered by
    (when, creation sequence), so equal deadlines fire in the order they were made.

    Extra fields: _when the deadline; _seq the loop's timer sequence number;
    _scheduled True while the timer sits in the loop's heap."""

    # BaseEventLoop.call_at builds its timers natively with these fields, after Handle's, in this
    # order (engine/lang/builtins/loop_schedule.cpp): keep the two in step.
    def __init__(self, when, callback, args, loop, context=None, seq=0):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._seq = seq
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        pos = 2 if self._cancelled else 1
        info.insert(pos, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            if self._when != other._when:
                return self._when < other._when
            return self._seq < other._seq
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self is other or self < other
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return other < self
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self is other or other < self
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and self._callback == other._callback and
                    self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        """The absolute loop time at which the callback is due."""
        return self._when


class AbstractServer:
    """Abstract server returned by create_server() (no networking in loopscope)."""


# ---- AbstractEventLoop -----------------------------------------------------------------------

class AbstractEventLoop:
    """The event loop interface; base_events.BaseEventLoop implements it."""

    def run_forever(self):
        raise NotImplementedError

    def run_until_complete(self, future):
        raise NotImplementedError

    def stop(self):
        raise NotImplementedError

    def is_running(self):
        raise NotImplementedError

    def is_closed(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    async def shutdown_asyncgens(self):
        raise NotImplementedError

    async def shutdown_default_executor(self):
        raise NotImplementedError

    def call_soon(self, callback, *args, context=None):
        raise NotImplementedError

    def call_later(self, delay, callback, *args, context=None):
        raise NotImplementedError

    def call_at(self, when, callback, *args, context=None):
        raise NotImplementedError

    def time(self):
        raise NotImplementedError

    def create_future(self):
        raise NotImplementedError

    def create_task(self, coro, *, name=None, context=None):
        raise NotImplementedError

    def call_soon_threadsafe(self, callback, *args, context=None):
        raise NotImplementedError

    def run_in_executor(self, executor, func, *args):
        raise NotImplementedError

    def set_exception_handler(self, handler):
        raise NotImplementedError

    def get_exception_handler(self):
        raise NotImplementedError

    def default_exception_handler(self, context):
        raise NotImplementedError

    def call_exception_handler(self, context):
        raise NotImplementedError

    def get_debug(self):
        raise NotImplementedError

    def set_debug(self, enabled):
        raise NotImplementedError


# ---- policies --------------------------------------------------------------------------------

class AbstractEventLoopPolicy:
    """Abstract policy for accessing the event loop."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """The default policy: one current loop for the (only) thread.

    Fields: _loop the loop set with set_event_loop (or made by get_event_loop);
    _set_called whether set_event_loop() was ever called (after that, get_event_loop()
    no longer makes a loop on demand)."""

    _loop_factory = None

    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None and not self._set_called:
            # 3.12 deprecates making the loop on demand (shown for code in __main__).
            _loopscope.warn('DeprecationWarning: There is no current event loop', True)
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not "
                            f"'{type(loop).__name__}'")
        self._loop = loop

    def new_event_loop(self):
        return self._loop_factory()


# ---- the running loop ------------------------------------------------------------------------

# The loop whose run_forever() is active (there is only one thread).
_running_loop = None


def get_running_loop():
    """The running event loop; RuntimeError when called outside of one."""
    loop = _running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_running_loop():
    """The running event loop or None."""
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


_event_loop_policy = None


def _init_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        from . import DefaultEventLoopPolicy
        _event_loop_policy = DefaultEventLoopPolicy()


def get_event_loop_policy():
    if _event_loop_policy is None:
        _init_event_loop_policy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not "
                        f"'{type(policy).__name__}'")
    _event_loop_policy = policy


def get_event_loop():
    """The running loop if there is one, else the policy's current loop."""
    loop = _running_loop
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()
