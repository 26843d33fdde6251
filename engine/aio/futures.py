# asyncio.futures: Future, the awaitable result slot that tasks wait on.

import _loopscope
from _contextvars import copy_context as _copy_context

from . import events
from . import exceptions
from .events import _TRACING, _lt

__all__ = ('Future', 'wrap_future', 'isfuture')

# The three states; compared by identity-free string equality.
_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for an asyncio-compatible Future (it has _asyncio_future_blocking set)."""
    return (hasattr(type(obj), '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


# The cb=[...] part of a future's repr: each callback as a call, and past two callbacks only
# the first and the last, with the others counted between them (as CPython shows them).
def _format_callbacks(callbacks):
    names = [events._describe_call_source(cb, ()) for cb, ctx in callbacks]
    if len(names) > 2:
        names = [names[0], f'<{len(names) - 2} more>', names[-1]]
    return 'cb=[' + ', '.join(names) + ']'


class Future:
    """A result that will be set later; awaiting it suspends the task until then.

    Fields: _state PENDING/CANCELLED/FINISHED; _result/_exception the outcome;
    _loop the owning loop; _callbacks [(fn, context)] run (via call_soon, in order) when
    the future completes; _cancel_message the msg given to cancel(); _cancelled_exc the
    CancelledError to re-raise (kept by a task that ended cancelled);
    _asyncio_future_blocking True while a task is suspended on `yield self`."""

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False
    _log_traceback = False

    def __init__(self, *, loop=None):
        if loop is None:
            loop = events.get_event_loop()
        self._state = _PENDING  # in the instance dict, where the natives look first
        self._loop = loop
        self._callbacks = []

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={self._result!r}')
        if self._callbacks:
            info.append(_format_callbacks(self._callbacks))
        return info

    def __repr__(self):
        return '<' + type(self).__name__ + ' ' + ' '.join(self._repr_info()) + '>'

    def get_loop(self):
        return self._loop

    # A future freed with an exception nobody read (result(), exception() or an await)
    # reports it to the loop's exception handler, as CPython does when it frees one.
    # set_exception asks for this call (_loopscope.finalize_when_freed): a __del__ would run
    # for every future freed.
    def __loopscope_free__(self):
        if not self._log_traceback:
            return
        self._loop.call_exception_handler({
            'message': f'{type(self).__name__} exception was never retrieved',
            'exception': self._exception,
            'future': self,
        })

    # The CancelledError to raise from result()/exception() of a cancelled future: the one
    # the task ended with (once), else a new one carrying the cancel() message.
    def _make_cancelled_error(self):
        exc = self._cancelled_exc
        if exc is not None:
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        """Cancel a pending future and schedule its callbacks; False if already done."""
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    # Queues every done callback with call_soon, in registration order.
    def _schedule_callbacks(self):
        if _TRACING:
            _lt.future_done(self)
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        loop = self._loop
        for cb, ctx in callbacks:
            loop.call_soon(cb, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        state = self._state
        if state == _FINISHED:
            self._log_traceback = False
            if self._exception is not None:
                raise self._exception
            return self._result
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        raise exceptions.InvalidStateError('Result is not set.')

    def exception(self):
        state = self._state
        if state == _FINISHED:
            self._log_traceback = False
            return self._exception
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        raise exceptions.InvalidStateError('Exception is not set.')

    def add_done_callback(self, fn, *, context=None):
        """Run fn(future) when done, in 'context' (by default a copy of the current one);
        if already done, it is queued right away."""
        if context is None:
            context = _copy_context()
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        """Remove every registration of fn; returns how many were removed."""
        kept = [(f, ctx) for (f, ctx) in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')  # CPython's C Future's wording
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')  # CPython's C Future's wording
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            new_exc = RuntimeError("StopIteration interacts badly with generators "
                                   "and cannot be raised into a Future")
            new_exc.__cause__ = exception
            new_exc.__context__ = exception
            exception = new_exc
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True
        _loopscope.finalize_when_freed(self)

    # `await future`: hand the future itself to the task (which then waits for it), and once
    # resumed return the result or raise. Native, like CPython's C future iterator (see
    # engine/lang/builtins/future_iter.cpp): the same steps as
    #     if self._state == _PENDING:
    #         self._asyncio_future_blocking = True
    #         yield self
    #     if self._state == _PENDING:
    #         raise RuntimeError("await wasn't used with future")
    #     return Future.result(self)    # the outcome read directly, never a subclass's override
    __await__ = _loopscope.future_await()
    __iter__ = __await__


# set_result and _schedule_callbacks in C++ unless the run is recorded (the Python
# _schedule_callbacks reports each completed future to the recorder); the Python methods stay for
# the rare cases (docs/native-api.md).
Future._py_set_result = Future.set_result
Future._py_schedule_callbacks = Future._schedule_callbacks
if not _TRACING:
    Future.set_result, Future._schedule_callbacks = _loopscope.make_future_done(
        Future, Future._py_set_result, Future._py_schedule_callbacks)
# done() and cancelled() in C++ in every run (they report nothing).
Future._py_done = Future.done
Future._py_cancelled = Future.cancelled
Future.done, Future.cancelled = _loopscope.make_future_state(Future, Future._py_done, Future._py_cancelled)


def _get_loop(fut):
    get_loop = getattr(fut, 'get_loop', None)
    if get_loop is not None:
        return get_loop()
    return fut._loop


def _set_result_unless_cancelled(fut, result):
    """Helper for sleep() and timeouts: set the result unless already cancelled."""
    if fut.cancelled():
        return
    fut.set_result(result)


def wrap_future(future, *, loop=None):
    """Only asyncio futures exist in loopscope: returns `future` itself."""
    if isfuture(future):
        return future
    raise TypeError(f'concurrent.futures.Future is expected, got {future!r}')
