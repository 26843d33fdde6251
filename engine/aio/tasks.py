# asyncio.tasks: Task (a coroutine driven step by step by the loop) and the functions built
# on tasks: create_task, sleep, gather, wait, wait_for, as_completed, shield, ensure_future.
#
# Index: task registry, Task (step / wakeup / cancel), create_task & ensure_future, sleep,
#        wait, wait_for, as_completed, gather, shield.

import _loopscope
from _contextvars import copy_context as _copy_context

from . import coroutines
from . import events
from . import exceptions
from . import futures

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
           'current_task', 'all_tasks', '_register_task', '_unregister_task',
           '_enter_task', '_leave_task', 'create_eager_task_factory', 'eager_task_factory')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = futures._PENDING
_FINISHED = futures._FINISHED
_CANCELLED = futures._CANCELLED
_Future = futures.Future
_CancelledError = exceptions.CancelledError
_iscoroutine = _loopscope.iscoroutine  # coroutines.iscoroutine without its Python frame

# Whether Task steps are written to the --steps trace (fixed for the whole run).
_STEPS = _loopscope.steps_enabled()
# Whether the run is recorded (loopscope trace / the app); see events.py.
_TRACING = events._TRACING
_lt = events._lt
# Coroutine names of the two internal tasks Runner.close() makes; left out of the trace.
_INTERNAL_CORO_NAMES = ('shutdown_asyncgens', 'shutdown_default_executor')


# ---- task registry ---------------------------------------------------------------------------

# Every pending task, in creation order (a dict used as an ordered set). A task leaves it
# when it finishes.
_all_tasks = {}
# One Task-N counter per process, never reset.
_task_counter = [0]
# The cap on live tasks (loopscope run --max-tasks): a program that creates tasks without end
# stops with a plain message (exit 7) before it exhausts memory.
_MAX_TASKS = _loopscope.max_tasks()
EXIT_TASK_LIMIT = 7


def _register_task(task):
    _all_tasks[task] = None


def _unregister_task(task):
    _all_tasks.pop(task, None)


def _enter_task(loop, task):
    current = loop._current_task
    if current is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another task '
                           f'{current!r} is being executed.')
    loop._current_task = task


def _leave_task(loop, task):
    current = loop._current_task
    if current is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match the current task {current!r}.')
    loop._current_task = None


def current_task(loop=None):
    """The task whose step is running on `loop` (default: the running loop), or None."""
    if loop is None:
        loop = events.get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    """The set of not-yet-done tasks of `loop` (default: the running loop)."""
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in _tasks_in_creation_order(loop)}


def _tasks_in_creation_order(loop):
    """The pending tasks of `loop` as a list, oldest first (the order shutdown cancels in)."""
    return [t for t in list(_all_tasks) if t._loop is loop and t._state == _PENDING]


def _set_task_name(task, name):
    if name is not None:
        try:
            set_name = task.set_name
        except AttributeError:
            return
        set_name(name)


def _outcome_text(task):
    """The steps-trace outcome of a task's step: suspend func:line, done, raised X, cancelled."""
    state = task._state
    if state == _PENDING:
        coro = task._coro
        name = _loopscope.coro_name(coro)
        if name == '_wrap_awaitable':
            # CPython wraps a non-coroutine awaitable in a generator-based coroutine,
            # which has neither frames the trace can follow nor a coroutine name.
            return 'suspend ?:?'
        where = _loopscope.coro_where(coro)
        if where is None:
            where = name + ':?'
        return 'suspend ' + where
    if state == _CANCELLED:
        return 'cancelled'
    if task._exception is not None:
        return 'raised ' + type(task._exception).__name__
    return 'done'


# ---- Task ------------------------------------------------------------------------------------

class Task(_Future):
    """A coroutine wrapped in a Future. The loop calls _step() to run the coroutine up to
    its next suspension; when it awaits a future, _wakeup() is registered as that
    future's done callback and schedules the next step.

    Fields (besides Future's): _coro the coroutine; _name Task-N or the given name;
    _fut_waiter the future the coroutine waits on; _must_cancel a cancel() arrived
    while nothing could be cancelled in its place, deliver CancelledError at the next
    step; _num_cancels_requested cancel() calls not undone by uncancel();
    _context the contextvars.Context every step runs in (a copy of the creator's unless
    given)."""

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None, eager_start=False,
                 **unexpected):
        if unexpected:  # CPython's C Task words this error its own way
            raise TypeError(f'{next(iter(unexpected))!r} is an invalid keyword argument for Task()')
        # Future.__init__, inline (as CPython's C Task does it): every task runs this.
        if loop is None:
            loop = events.get_event_loop()
        self._state = _PENDING
        self._loop = loop
        self._callbacks = []
        if not _iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        if name is None:
            n = _task_counter[0] + 1
            _task_counter[0] = n
            self._name = f'Task-{n}'
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        if context is None:
            context = _copy_context()
        self._context = context
        _all_tasks[self] = None
        if len(_all_tasks) > _MAX_TASKS:
            _loopscope.fatal(EXIT_TASK_LIMIT, 'TaskLimitError: more than %d asyncio tasks alive at once'
                             % _MAX_TASKS)
        if _TRACING:
            _lt.task(self, _loopscope.coro_name(coro), eager_start and self._loop._running)
        if eager_start and self._loop._running:
            self._eager_start()
        else:
            self._loop.call_soon(self._step, context=context)

    # 3.12 eager tasks: the first step runs right away, inside create_task(), with this
    # task as the current task (the creating task's own step is paused meanwhile).
    def _eager_start(self):
        loop = self._loop
        previous = loop._current_task
        loop._current_task = self
        if _STEPS:
            started = _loopscope.time()
            try:
                self._context.run(self._run_step, None)
            finally:
                loop._current_task = previous
                self._trace_step(started)
        elif _TRACING:
            _lt.step(self, None)
            try:
                self._context.run(self._run_step, None)
            finally:
                loop._current_task = previous
                _lt.step_end(self)
        else:
            try:
                self._context.run(self._run_step, None)
            finally:
                loop._current_task = previous

    # CPython's order: state ('cancelling' once cancel() was asked), name, coro, wait_for,
    # then the future's result or exception and callbacks.
    def __repr__(self):
        info = self._repr_info()
        if self._num_cancels_requested > 0 and self._state == _PENDING:
            info[0] = 'cancelling'
        info[1:1] = [f'name={self._name!r}', f'coro=<{coroutines._format_coroutine(self._coro)}>']
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return '<Task ' + ' '.join(info) + '>'

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)
        if _TRACING:
            _lt.renamed(self)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        return []

    def print_stack(self, *, limit=None, file=None):
        pass

    def cancel(self, msg=None):
        """Request cancellation: cancel the awaited future if possible, else deliver
        CancelledError at the next step. False if the task is already done."""
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._num_cancels_requested += 1
        if _TRACING:
            _lt.cancel(self, msg)
        waiter = self._fut_waiter
        if waiter is not None:
            if waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        """How many cancel() requests are pending (not undone by uncancel())."""
        return self._num_cancels_requested

    def uncancel(self):
        """Undo one cancel() request; returns the remaining count."""
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
            if _TRACING:
                _lt.uncancel(self)
        return self._num_cancels_requested

    # One step: resume the coroutine (sending None, or throwing `exc`), then record how
    # it stopped: finished, raised, or suspended on a future (then wait for it). A run that is
    # neither recorded nor writing --steps has a native _step for the common case (see
    # make_task_step at the end of this class), which leaves every other case to this one.
    def _step(self, exc=None):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, _CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        if loop._current_task is not None:
            _enter_task(loop, self)
        loop._current_task = self
        if _STEPS:
            started = _loopscope.time()
            try:
                self._run_step(exc)
            finally:
                loop._current_task = None
                self._trace_step(started)
        elif _TRACING:
            _lt.step(self, exc)
            try:
                self._run_step(exc)
            finally:
                loop._current_task = None
                _lt.step_end(self)
        else:
            try:
                self._run_step(exc)
            finally:
                loop._current_task = None

    def _trace_step(self, started):
        """Write this step's line to the --steps trace (not for the internal tasks)."""
        if _loopscope.coro_name(self._coro) not in _INTERNAL_CORO_NAMES:
            _loopscope.steps_write('[%9.3f] %s %s\n' % (started, self._name, _outcome_text(self)))

    # _run_step(exc), native (make_task_step below): resumes the coroutine (_task_resume) and
    # settles the outcome: waiting on an exact Future or Task (done natively), or else
    # _step_raised(error) or _settle(outcome).

    # The coroutine raised `error`: the task ends cancelled or with that exception.
    def _step_raised(self, error):
        _all_tasks.pop(self, None)
        if isinstance(error, _CancelledError):
            self._cancelled_exc = error
            _Future.cancel(self)
        else:
            _Future.set_exception(self, error)
            if isinstance(error, (KeyboardInterrupt, SystemExit)):
                raise error

    # The coroutine yielded something other than a pending exact Future or Task
    # ((False, value)), or returned ((True, value)).
    def _settle(self, outcome):
        finished, value = outcome
        if not finished:
            self._suspend_on(value)
            return
        _all_tasks.pop(self, None)
        if self._must_cancel:
            # cancel() arrived during the step that finished the coroutine.
            self._must_cancel = False
            _Future.cancel(self, msg=self._cancel_message)
        else:
            _Future.set_result(self, value)

    # The coroutine yielded `result`: a future to wait for (from Future.__await__), None
    # for a bare yield (sleep(0): run again next pass), anything else is a bug in the
    # awaited object, reported into the coroutine at the next step. (The common case, an exact
    # Future or Task waited on, never gets here: _task_resume does it natively.)
    def _suspend_on(self, result):
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if futures._get_loop(result) is not self._loop:
                err = RuntimeError(f'Task {self!r} got Future {result!r} attached to a '
                                   f'different loop')
                self._loop.call_soon(self._step, err, context=self._context)
            elif blocking:
                if result is self:
                    err = RuntimeError(f'Task cannot await on itself: {self!r}')
                    self._loop.call_soon(self._step, err, context=self._context)
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self._wakeup, context=self._context)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if result.cancel(msg=self._cancel_message):
                            self._must_cancel = False
            else:
                err = RuntimeError(f'yield was used instead of yield from in task {self!r} '
                                   f'with {result!r}')
                self._loop.call_soon(self._step, err, context=self._context)
        elif result is None:
            self._loop.call_soon(self._step, context=self._context)
        elif hasattr(result, 'send') and hasattr(result, 'throw'):
            err = RuntimeError(f'yield was used instead of yield from for generator in task '
                               f'{self!r} with {result!r}')
            self._loop.call_soon(self._step, err, context=self._context)
        else:
            err = RuntimeError(f'Task got bad yield: {result!r}')
            self._loop.call_soon(self._step, err, context=self._context)

    # Done callback of the awaited future: the next step gets its result or exception.
    # A finished exact Future or Task is read directly (CPython's C Task does the same).
    def _wakeup(self, future):
        ftype = type(future)
        if (ftype is _Future or ftype is Task) and future._state == _FINISHED:
            future._log_traceback = False
            exc = future._exception
            if exc is None:
                self._step()
            else:
                self._step(exc)
            return
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()

    # CPython's C Task registers a builtin named task_wakeup on the awaited future, so a
    # future's repr shows cb=[Task.task_wakeup()]; both versions of _wakeup carry that name.
    _wakeup.__name__ = 'task_wakeup'
    _wakeup.__qualname__ = 'Task.task_wakeup'

    # The Python versions, kept under these names when the native ones are installed.
    _py_step = _step
    _py_wakeup = _wakeup


_PyTask = Task

# One step of a task's coroutine, natively as CPython's C Task does it (docs/native-api.md):
# _SUSPENDED when the task now waits (on an exact Future or Task, or after a bare yield),
# (False, yielded) for _suspend_on, (True, returned value); the coroutine's exceptions propagate.
_SUSPENDED = object()
_task_resume = _loopscope.make_task_resume(_Future, Task, _SUSPENDED)
# Task._run_step in C++, and Task._step and Task._wakeup for their common case
# (docs/native-api.md) unless each step must be reported (a recorded run, --steps).
_native_step, _native_wakeup, Task._run_step = _loopscope.make_task_step(
    Task, _Future, _task_resume, _SUSPENDED, Task._py_step, Task._py_wakeup, Task._settle,
    Task._step_raised)
Task._py_init = Task.__init__
if not (_STEPS or _TRACING):
    Task._step, Task._wakeup = _native_step, _native_wakeup
if not _TRACING:
    # Task.__init__ for the common call (builtins/task_init.cpp); the Python method reports
    # each new task to the recorder, and takes every other call.
    Task.__init__ = _loopscope.make_task_init(Task, Task._py_init, _task_counter, _all_tasks)


def create_eager_task_factory(custom_task_constructor):
    """A task factory whose tasks run their first step at once, inside create_task()."""

    def factory(loop, coro, *, name=None, context=None):
        return custom_task_constructor(coro, loop=loop, name=name, context=context,
                                       eager_start=True)

    return factory


eager_task_factory = create_eager_task_factory(Task)


# ---- create_task & ensure_future ---------------------------------------------------------------

def create_task(coro, *, name=None, context=None):
    """Schedule a coroutine as a task of the running loop. In 3.12 the task always takes
    a Task-N number first; `name` then renames it."""
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


async def _wrap_awaitable(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    """A future as is; a coroutine (or other awaitable) wrapped in a new task."""
    obj = coro_or_future
    if futures.isfuture(obj):
        if loop is not None and loop is not futures._get_loop(obj):
            raise ValueError('The future belongs to a different loop than the one specified '
                             'as the loop argument')
        return obj
    wrapped = False
    if not _iscoroutine(obj):
        if hasattr(obj, '__await__'):
            obj = _wrap_awaitable(obj)
            wrapped = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = events.get_event_loop()
    try:
        return loop.create_task(obj)
    except RuntimeError:
        if not wrapped:
            obj.close()
        raise


# ---- sleep ------------------------------------------------------------------------------------

class _YieldOnce:
    """Awaiting it gives up the rest of this loop pass: the task yields None once and is
    queued again with call_soon (what sleep(0) does)."""

    def __await__(self):
        yield


_yield_once = _YieldOnce()


async def sleep(delay, result=None):
    """Suspend for `delay` virtual seconds (a bare yield when delay <= 0)."""
    if delay <= 0:
        await _yield_once
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    if _TRACING:
        _lt.future(future, 'asyncio.sleep(%r)' % (delay,))
    timer = loop.call_later(delay, futures._set_result_unless_cancelled, future, result,
                            context=events._LIBRARY_CONTEXT)
    try:
        return await future
    finally:
        timer.cancel()


# ---- wait -------------------------------------------------------------------------------------

def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures/tasks in `fs`; returns the sets (done, pending)."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = list(dict.fromkeys(fs))
    for f in fs:
        if coroutines.iscoroutine(f):
            raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release_waiter, waiter)
    remaining = [len(fs)]

    def on_done(f):
        remaining[0] -= 1
        if (remaining[0] <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled() and
                 f.exception() is not None)):
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


# Cancel `fut` and wait until it has really finished (it may catch the cancellation).
async def _cancel_and_wait(fut):
    loop = events.get_running_loop()
    waiter = loop.create_future()

    def on_done(f):
        _release_waiter(waiter)

    fut.add_done_callback(on_done)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(on_done)


# ---- wait_for ---------------------------------------------------------------------------------

async def wait_for(fut, timeout):
    """Await `fut` with a time limit (3.12: built on asyncio.timeout; only a timeout <= 0
    wraps the awaitable in a task, which is then cancelled at once)."""
    if timeout is not None and timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except _CancelledError as exc:
            raise TimeoutError from exc
    from . import timeouts
    async with timeouts.timeout(timeout):
        return await fut


# ---- as_completed ---------------------------------------------------------------------------

def as_completed(fs, *, timeout=None):
    """Yield awaitables that give the results in completion order. A generator: nothing
    (not even wrapping coroutines in tasks, in argument order) happens before the first
    iteration."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    from .queues import Queue
    done = Queue()
    loop = events.get_event_loop()
    todo = {}
    for f in dict.fromkeys(fs):
        todo[ensure_future(f, loop=loop)] = None
    timer = None

    def on_timeout():
        for f in list(todo):
            f.remove_done_callback(on_done)
            done.put_nowait(None)
        todo.clear()

    def on_done(f):
        if not todo:
            return
        del todo[f]
        done.put_nowait(f)
        if not todo and timer is not None:
            timer.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in list(todo):
        f.add_done_callback(on_done)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


# ---- gather -----------------------------------------------------------------------------------

class _GatheringFuture(_Future):
    """gather()'s result future: cancelling it cancels every child.

    Fields: _children the child futures in argument order; _cancel_requested a cancel()
    reached at least one child (the outcome is then CancelledError)."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Run awaitables concurrently (coroutines become tasks, in argument order); the
    result is the list of their results in argument order."""
    if not coros_or_futures:
        loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    state = [0, None]         # [children finished, outer future]
    children = []
    nfuts = 0

    # A child is an exact Future or Task almost always: its outcome is then read from its
    # fields, as its done()/cancelled()/exception()/result() would give it (without their frames).
    def on_child_done(fut):
        state[0] += 1
        outer = state[1]
        exact = type(fut) is Task or type(fut) is _Future
        if outer is None or outer._state != _PENDING:
            if exact:
                if fut._state == _FINISHED:
                    fut._log_traceback = False  # the exception is retrieved (fut.exception())
            elif not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if (fut._state == _CANCELLED) if exact else fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            if exact:
                fut._log_traceback = False
                exc = fut._exception
            else:
                exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state[0] == nfuts:
            results = []
            for child in children:
                if child.cancelled():
                    msg = child._cancel_message
                    res = _CancelledError('' if msg is None else msg)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    arg_to_fut = {}
    done_futs = []
    loop = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            if fut.done():
                done_futs.append(fut)
            else:
                fut.add_done_callback(on_child_done, context=events._LIBRARY_CONTEXT)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    state[1] = outer
    if _TRACING:
        names = []
        for child in children:
            names.append(child.get_name() if isinstance(child, Task) else 'future')
        _lt.future(outer, 'gather(' + ', '.join(names) + ')')
        for child in children:
            _lt.chain(outer, child)
    for fut in done_futs:
        on_child_done(fut)
    return outer


# ---- shield -----------------------------------------------------------------------------------

def shield(arg):
    """Await `arg` but do not pass a cancellation of the awaiting task on to it."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()
    if _TRACING:
        _lt.future(outer, 'shield(' + (inner.get_name() if isinstance(inner, Task) else 'future') + ')')
        _lt.chain(outer, inner)

    def on_inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def on_outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(on_inner_done)

    inner.add_done_callback(on_inner_done)
    outer.add_done_callback(on_outer_done)
    return outer


def run_coroutine_threadsafe(coro, loop):
    raise NotImplementedError('run_coroutine_threadsafe: there are no threads in loopscope')
