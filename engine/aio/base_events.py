# asyncio.base_events: the event loop itself, running on loopscope's virtual clock.
#
# Index: heap helpers, BaseEventLoop (scheduling: call_soon/call_later/call_at;
#        running: _run_once/run_forever/run_until_complete/stop/close;
#        tasks and futures; async generators; executor; exception handling).
#
# The loop mirrors CPython's: a FIFO ready queue of Handles, a heap of TimerHandles ordered
# by (deadline, sequence), and one _run_once pass that is the only place callbacks run.
# There is no I/O: when nothing is ready the clock jumps to the earliest deadline; with
# nothing ready and no timer the program is deadlocked (fatal exit 3).

import sys
import _loopscope

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks
from .events import _TRACING, _lt

__all__ = ('BaseEventLoop',)

# The longest single clock jump, as CPython's select() timeout cap (24 hours).
MAXIMUM_SELECT_TIMEOUT = 24 * 3600
# Purge cancelled timers from the heap when more than half of at least this many are dead.
_MIN_SCHEDULED_TIMER_HANDLES = 100
# Timers due before now + this are run (CPython's clock resolution on Linux).
_CLOCK_RESOLUTION = 1e-9

EXIT_DEADLOCK = 3
EXIT_TIME_LIMIT = 4
DEADLOCK_MESSAGE = 'DeadlockError: all tasks are waiting and nothing can wake them'


# ---- the timer heap: heapq's lists of (when, seq, TimerHandle) tuples (seq is unique), as in CPython

from heapq import heappush as _heap_push, heappop as _heap_pop, heapify as _heapify


def _fmt_seconds(s):
    """3600 for whole seconds, else the float's repr (the oracle's wording)."""
    s = float(s)
    if s == int(s):
        return str(int(s))
    return repr(s)


def time_limit_exceeded():
    """Stop the program: the next wake-up would pass --max-time (fatal exit 4)."""
    _loopscope.fatal(EXIT_TIME_LIMIT, 'TimeLimitError: virtual time passed %s seconds'
                     % _fmt_seconds(_loopscope.max_time()))


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    futures._get_loop(fut).stop()


def _finish_worker_call(fut, ok, value):
    """Completes a run_in_executor() future when the worker's time is reached."""
    if fut.cancelled():
        return
    if ok:
        fut.set_result(value)
    else:
        fut.set_exception(value)


class BaseEventLoop(events.AbstractEventLoop):
    """The virtual-time event loop.

    Fields: _ready handles to run in the next pass (FIFO list); _scheduled the timer heap
    of (when, seq, TimerHandle); _timer_seq next timer sequence number;
    _timer_cancelled_count cancelled timers still in the heap; _stopping stop() was
    called; _closed close() was called; _running inside run_forever(); _current_task the
    task whose step is running; _task_factory set_task_factory(); _exception_handler
    set_exception_handler(); _asyncgens {id: weak ref} of async generators first
    iterated on this loop, in first-iteration order; _default_executor_used a
    run_in_executor(None, ...) happened; _debug get_debug()."""

    def __init__(self):
        self._ready = []
        self._scheduled = []
        self._timer_seq = 0
        self._timer_cancelled_count = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._current_task = None
        self._task_factory = None
        self._exception_handler = None
        self._asyncgens = {}
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        self._default_executor_used = False
        self._debug = False
        self._clock_resolution = _CLOCK_RESOLUTION
        self.slow_callback_duration = 0.1

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # ---- scheduling ------------------------------------------------------------------------

    def time(self):
        """The virtual clock (seconds since the program started)."""
        return _loopscope.time()

    # call_soon(callback, *args, context=None): queue callback(*args) for the next loop pass.
    # Native (engine/lang/builtins/loop_schedule.cpp, docs/native-api.md): every completed future
    # and every yielding task goes through it. The same steps as
    #     if self._closed:
    #         raise RuntimeError('Event loop is closed')
    #     handle = events.Handle(callback, args, self, context)
    #     self._ready.append(handle)
    #     if _TRACING:
    #         _lt.handle(handle, callback, args, False)
    #     return handle
    call_soon = _loopscope.make_call_soon(events.Handle, _lt.handle if _TRACING else None)

    def call_soon_threadsafe(self, callback, *args, context=None):
        return self.call_soon(callback, *args, context=context)

    def call_later(self, delay, callback, *args, context=None):
        """Run callback(*args) at time() + delay."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(_loopscope.time() + delay, callback, *args, context=context)

    # call_at(when, callback, *args, context=None): run callback(*args) at loop time `when`
    # (timers with equal deadlines run FIFO). Native like call_soon, the same steps as
    #     if when is None:
    #         raise TypeError('when cannot be None')
    #     if self._closed:
    #         raise RuntimeError('Event loop is closed')
    #     seq = self._timer_seq
    #     self._timer_seq = seq + 1
    #     timer = events.TimerHandle(when, callback, args, self, context, seq)
    #     _heap_push(self._scheduled, (when, seq, timer))
    #     timer._scheduled = True
    #     if _TRACING:
    #         _lt.handle(timer, callback, args, True)
    #     return timer
    call_at = _loopscope.make_call_at(events.TimerHandle, _heap_push, _lt.handle if _TRACING else None)

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    # ---- running ---------------------------------------------------------------------------

    # One loop iteration: drop cancelled timers, jump the clock to the earliest deadline
    # when idle, move due timers behind the already-ready handles, then run exactly the
    # handles that are ready now. Callbacks scheduled meanwhile wait for the next pass.
    def _run_once(self):
        sched = self._scheduled
        count = len(sched)
        if count > _MIN_SCHEDULED_TIMER_HANDLES and self._timer_cancelled_count * 2 > count:
            live = []
            for entry in sched:
                if entry[2]._cancelled:
                    entry[2]._scheduled = False
                else:
                    live.append(entry)
            _heapify(live)
            self._scheduled = sched = live
            self._timer_cancelled_count = 0
        else:
            while sched and sched[0][2]._cancelled:
                self._timer_cancelled_count -= 1
                _heap_pop(sched)[2]._scheduled = False

        if not self._ready and not self._stopping:
            if not sched:
                _loopscope.fatal(EXIT_DEADLOCK, DEADLOCK_MESSAGE)
            now = _loopscope.time()
            when = sched[0][0]
            timeout = when - now
            if timeout > 0:
                if timeout < MAXIMUM_SELECT_TIMEOUT:
                    target = when
                else:
                    target = now + MAXIMUM_SELECT_TIMEOUT
                if target > _loopscope.max_time():
                    time_limit_exceeded()
                _loopscope.set_time(target)

        ready = self._ready
        end_time = _loopscope.time() + self._clock_resolution
        while sched and sched[0][0] < end_time:
            timer = _heap_pop(sched)[2]
            timer._scheduled = False
            ready.append(timer)
            if _TRACING:
                _lt.fired(timer)

        self._ready = []
        i = 0
        n = len(ready)
        if _TRACING:
            _lt.loop_pass(n)
        try:
            while i < n:
                handle = ready[i]
                i += 1
                if not handle._cancelled:
                    if _TRACING:
                        _lt.run(handle)
                        handle._run()
                        _lt.run_end(handle)
                    else:
                        handle._run()
            _loopscope.handle_exit()  # the last callback's context (see Handle._run)
        except BaseException:
            self._ready = ready[i:] + self._ready
            raise

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self._running:
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run passes until stop() is called."""
        self._check_closed()
        self._check_running()
        old_hooks = sys.get_asyncgen_hooks()
        self._running = True
        events._set_running_loop(self)
        try:
            sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                   finalizer=self._asyncgen_finalizer_hook)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(firstiter=old_hooks[0], finalizer=old_hooks[1])

    def run_until_complete(self, future):
        """Run until the future (or coroutine, wrapped in a task) is done; return its result."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stop after the current pass."""
        self._stopping = True

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        """Close the loop: drop pending callbacks and timers."""
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        if _TRACING:
            _lt.loop_closed()
        self._ready.clear()
        self._scheduled.clear()
        self._timer_cancelled_count = 0
        self._executor_shutdown_called = True

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    # ---- tasks and futures -----------------------------------------------------------------

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Wrap a coroutine in a Task; its first step is queued at once."""
        self._check_closed()
        if self._task_factory is None:
            return tasks.Task(coro, loop=self, name=name, context=context)
        if context is None:
            task = self._task_factory(self, coro)
        else:
            task = self._task_factory(self, coro, context=context)
        tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # ---- async generators ------------------------------------------------------------------

    def _asyncgen_firstiter_hook(self, agen):
        self._asyncgens[id(agen)] = _loopscope.weak(agen)

    # An unfinished async generator was garbage-collected: close it in a task of its own.
    def _asyncgen_finalizer_hook(self, agen):
        ref = self._asyncgens.get(id(agen))
        if ref is not None and ref() is agen:
            del self._asyncgens[id(agen)]
        if not self._closed:
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _live_asyncgens(self):
        """The tracked async generators still alive, in first-iteration order."""
        out = []
        for ref in list(self._asyncgens.values()):
            agen = ref()
            if agen is not None:
                out.append(agen)
        return out

    async def shutdown_asyncgens(self):
        """Close every unfinished async generator, each aclose() in a task of its own."""
        self._asyncgens_shutdown_called = True
        closing = self._live_asyncgens()
        if not closing:
            return
        self._asyncgens.clear()
        results = await tasks.gather(*[ag.aclose() for ag in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    # ---- executor (simulated worker threads; see docs/asyncio-model.md) ------------------

    async def shutdown_default_executor(self, timeout=None):
        """Worker calls finish when they start in loopscope: nothing to wait for."""
        self._executor_shutdown_called = True

    def set_default_executor(self, executor):
        self._default_executor = executor

    # Runs func(*args) to completion now on a simulated worker thread whose time.sleep()
    # only moves the worker's own clock; the returned future completes when the loop's
    # clock reaches start + the worker's elapsed time.
    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if coroutines.iscoroutine(func) or coroutines.iscoroutinefunction(func):
            raise TypeError('coroutines cannot be used with run_in_executor()')
        if executor is None:
            if self._executor_shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            self._default_executor_used = True
        start = _loopscope.time()
        result = _loopscope.run_in_worker(func, args, {})
        fut = self.create_future()
        self.call_at(start + result[2], _finish_worker_call, fut, result[0], result[1])
        return fut

    # ---- exception handling ------------------------------------------------------------------

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Log the context as an error on the 'asyncio' logger, as CPython does: the message,
        the other keys, then the exception's traceback. Without logging configured this
        reaches stderr through logging's last-resort handler."""
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        exc = context.get('exception')
        exc_info = (type(exc), exc, exc.__traceback__) if exc is not None else False
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        import logging  # here: most programs never reach the handler
        logging.getLogger('asyncio').error('\n'.join(lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                sys.stderr.write('Exception in default exception handler\n')
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    sys.stderr.write('Exception in default exception handler\n')

    # ---- no I/O in loopscope ------------------------------------------------------------------

    def add_signal_handler(self, sig, callback, *args):
        raise NotImplementedError('signals are not available in loopscope')

    def remove_signal_handler(self, sig):
        return False


# One pass of the loop in C++ unless the run is recorded (the Python method reports each timer
# and handle to the recorder); the Python method stays for the rare cases (docs/native-api.md).
BaseEventLoop._py_run_once = BaseEventLoop._run_once
if not _TRACING:
    BaseEventLoop._run_once = _loopscope.make_run_once(
        BaseEventLoop, _heap_pop, BaseEventLoop._py_run_once, MAXIMUM_SELECT_TIMEOUT,
        _MIN_SCHEDULED_TIMER_HANDLES)

# create_future in C++ (builtins/future_new.cpp): it builds the Future as Future.__init__ does
# while futures.Future is that class with its own __init__; the Python method does the rest.
BaseEventLoop._py_create_future = BaseEventLoop.create_future
BaseEventLoop.create_future = _loopscope.make_create_future(
    BaseEventLoop, futures, BaseEventLoop._py_create_future)
