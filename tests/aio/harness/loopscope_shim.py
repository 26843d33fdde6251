# A pure-Python `_loopscope` for CPython: implements docs/native-api.md so that
# engine/aio (loopscope's asyncio) can be proven on real CPython 3.12 before the VM exists.

import contextvars
import ctypes
import os
import sys
import sysconfig
import types
import weakref

ENGINE_DIR = os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                           '..', '..', '..', 'engine'))
HARNESS_DIR = os.path.realpath(os.path.dirname(os.path.abspath(__file__)))
EPOCH = 1700000000.0


def _stdlib_prefixes():
    out = set()
    paths = sysconfig.get_paths()
    for key in ('stdlib', 'platstdlib'):
        p = paths.get(key)
        if p:
            out.add(os.path.join(p, ''))
            out.add(os.path.join(os.path.realpath(p), ''))
    return tuple(sorted(out))


_STDLIB = _stdlib_prefixes()
_LIBRARY_CACHE = {}


def _is_library_file(filename):
    """Frames of these files are skipped by coro_where: loopscope's own library (engine/),
    this harness, and CPython's standard library."""
    hit = _LIBRARY_CACHE.get(filename)
    if hit is None:
        real = os.path.realpath(filename)
        hit = (filename.startswith('<frozen') or filename.startswith(_STDLIB) or
               real.startswith(_STDLIB) or real.startswith(ENGINE_DIR + os.sep) or
               os.path.dirname(real) == HARNESS_DIR)
        _LIBRARY_CACHE[filename] = hit
    return hit


class Native:
    """State behind the shim's functions. Fields: now the virtual clock; max_time the
    --max-time budget; steps_out the --steps file or None; worker_now the clock of the
    simulated worker thread while run_in_worker() runs a function, else None;
    flush_on_exit streams to flush before a fatal exit."""

    def __init__(self):
        self.now = 0.0
        self.max_time = 3600.0
        self.steps_out = None
        self.worker_now = None
        self.flush_on_exit = []


STATE = Native()


def _current_time():
    if STATE.worker_now is not None:
        return STATE.worker_now
    return STATE.now


def _fmt_seconds(s):
    s = float(s)
    return str(int(s)) if s.is_integer() else repr(s)


def fatal(code, message):
    for f in [sys.stdout, sys.stderr] + STATE.flush_on_exit:
        try:
            f.flush()
        except Exception:
            pass
    try:
        sys.__stderr__.write(message + '\n')
        sys.__stderr__.flush()
    finally:
        os._exit(code)


def time():
    return _current_time()


def set_time(t):
    if STATE.worker_now is not None:
        if t > STATE.worker_now:
            STATE.worker_now = t
    elif t > STATE.now:
        STATE.now = t


def max_time():
    return STATE.max_time


def max_tasks():
    return 1000000


def steps_enabled():
    return STATE.steps_out is not None


def steps_write(line):
    STATE.steps_out.write(line)


def coro_name(coro):
    code = getattr(coro, 'cr_code', None)
    if code is None:
        code = getattr(coro, 'gi_code', None)
    return getattr(code, 'co_name', '?')


def coro_where(coro):
    """Innermost program frame along the cr_await chain, as "func:line"; None if none."""
    chain = []
    c = coro
    while isinstance(c, types.CoroutineType):
        frame = c.cr_frame
        if frame is None:
            break
        chain.append(frame)
        c = c.cr_await
    for f in reversed(chain):
        if not _is_library_file(f.f_code.co_filename):
            return '%s:%d' % (f.f_code.co_name, f.f_lineno)
    return None


def iscoroutine(obj):
    return isinstance(obj, types.CoroutineType)


def iscoroutinefunction(func):
    import inspect
    return inspect.iscoroutinefunction(func)


def isasyncgen(obj):
    return isinstance(obj, types.AsyncGeneratorType)


def step_begin(task_name):
    pass


def step_end():
    pass


class FutureIter:
    """engine/lang/builtins/future_iter.cpp in Python: the iterator behind `await future`."""

    def __init__(self, fut):
        self._fut = fut
        self._yielded = False

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, value):
        fut = self._fut
        if fut is None:
            raise StopIteration(None)
        if fut._state == 'PENDING':
            if not self._yielded:
                self._yielded = True
                fut._asyncio_future_blocking = True
                return fut
            self._fut = None
            raise RuntimeError("await wasn't used with future")
        self._fut = None
        raise StopIteration(sys.modules['asyncio.futures'].Future.result(fut))

    def throw(self, exc, *rest):
        self._fut = None
        if isinstance(exc, type):
            exc = exc()
        raise exc

    def close(self):
        self._fut = None


# handle_enter(handle) / handle_exit(): Handle._run's context switch, through the C API that
# Context.run itself uses (PyContext_Enter/PyContext_Exit).
_PyContext_Enter = ctypes.pythonapi.PyContext_Enter
_PyContext_Enter.argtypes = [ctypes.py_object]
_PyContext_Enter.restype = ctypes.c_int
_PyContext_Exit = ctypes.pythonapi.PyContext_Exit
_PyContext_Exit.argtypes = [ctypes.py_object]
_PyContext_Exit.restype = ctypes.c_int
_handle_context = [None]


def handle_exit():
    ctx = _handle_context[0]
    if ctx is not None:
        _handle_context[0] = None
        _PyContext_Exit(ctx)


def handle_enter(handle):
    handle_exit()
    _PyContext_Enter(handle._context)
    _handle_context[0] = handle._context


def future_await():
    """Future.__await__: a FutureIter over the future."""

    def __await__(self):
        return FutureIter(self)

    return __await__


def make_task_resume(future_type, task_type, suspended):
    """engine/lang/builtins/task_resume.cpp in Python: resume(task, exc) runs one step of
    task._coro and waits on an exact Future or Task it awaited."""

    def resume(task, exc):
        coro = task._coro
        step_begin(task._name)
        try:
            result = coro.send(None) if exc is None else coro.throw(exc)
        except StopIteration as stop:
            return (True, stop.value)
        finally:
            step_end()
        fut = result
        if (type(fut) is future_type or type(fut) is task_type) and fut is not task:
            if (fut.__dict__.get('_asyncio_future_blocking') is True and '_loop' in task.__dict__
                    and fut.__dict__.get('_loop') is task.__dict__['_loop'] and fut._state == 'PENDING'
                    and task._must_cancel is False and type(fut.__dict__.get('_callbacks')) is list):
                fut._asyncio_future_blocking = False
                fut._callbacks.append((task._wakeup, task._context))
                task._fut_waiter = fut
                return suspended
        if result is None:
            task._loop.call_soon(task._step, context=task._context)
            return suspended
        return (False, result)

    return resume


def make_task_step(task_type, future_type, resume, suspended, py_step, py_wakeup, settle,
                   step_raised):
    """engine/lang/builtins/task_step.cpp in Python: (_step, _wakeup, _run_step). The native
    _step and _wakeup only take a fast path through what the Python ones do, so here they are
    the Python ones; _run_step resumes the coroutine and settles the outcome."""

    def _run_step(task, exc):
        try:
            outcome = resume(task, exc)
        except BaseException as error:
            step_raised(task, error)
        else:
            if outcome is not suspended:
                settle(task, outcome)

    _run_step.__qualname__ = 'Task._run_step'
    return (py_step, py_wakeup, _run_step)


def make_handle_run(handle_cls, py_run, callback_failed):
    """engine/lang/builtins/handle_run.cpp in Python: the Python Handle._run itself."""
    return py_run


def make_run_once(loop_cls, heappop, py_run_once, maximum_select_timeout, min_scheduled):
    """engine/lang/builtins/loop_run_once.cpp in Python: the Python _run_once itself."""
    return py_run_once


def make_future_done(future_cls, py_set_result, py_schedule_callbacks):
    """engine/lang/builtins/future_done.cpp in Python: the Python methods themselves."""
    return (py_set_result, py_schedule_callbacks)


def make_future_state(future_cls, py_done, py_cancelled):
    """engine/lang/builtins/future_state.cpp in Python: the Python methods themselves."""
    return py_done, py_cancelled


def make_create_future(loop_cls, futures_module, py_create_future):
    """engine/lang/builtins/future_new.cpp in Python: the Python create_future itself."""
    return py_create_future


def make_task_init(task_cls, py_init, task_counter, all_tasks):
    """engine/lang/builtins/task_init.cpp in Python: the Python Task.__init__ itself."""
    return py_init


def weak(obj):
    return weakref.ref(obj)


# BaseEventLoop.call_soon, as the native one in engine/lang/builtins/loop_schedule.cpp does it.
def make_call_soon(handle_cls, trace_hook):
    def call_soon(self, callback, *args, context=None):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        handle = handle_cls(callback, args, self, context)
        self._ready.append(handle)
        if trace_hook is not None:
            trace_hook(handle, callback, args, False)
        return handle
    call_soon.__qualname__ = 'BaseEventLoop.call_soon'
    return call_soon


# BaseEventLoop.call_at, as the native one in engine/lang/builtins/loop_schedule.cpp does it.
def make_call_at(timer_cls, heap_push, trace_hook):
    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        if self._closed:
            raise RuntimeError('Event loop is closed')
        seq = self._timer_seq
        self._timer_seq = seq + 1
        timer = timer_cls(when, callback, args, self, context, seq)
        heap_push(self._scheduled, (when, seq, timer))
        timer._scheduled = True
        if trace_hook is not None:
            trace_hook(timer, callback, args, True)
        return timer
    call_at.__qualname__ = 'BaseEventLoop.call_at'
    return call_at


# CPython has no per-object finalizer flag: the class that defines the finalizer gets it as its
# __del__ (which returns at once for instances that do not need it).
def finalize_when_freed(obj):
    for cls in type(obj).__mro__:
        if '__loopscope_free__' in cls.__dict__:
            if '__del__' not in cls.__dict__:
                cls.__del__ = cls.__loopscope_free__
            return


def run_in_worker(func, args, kwargs):
    outer = STATE.worker_now
    start = _current_time()
    STATE.worker_now = start
    try:
        # A worker thread runs in a context of its own.
        value = contextvars.Context().run(func, *args, **kwargs)
        ok = True
    except BaseException as exc:
        value = exc
        ok = False
    elapsed = STATE.worker_now - start
    STATE.worker_now = outer
    return (ok, value, elapsed)


# ---- the time module, virtualised -------------------------------------------------------------

def _v_sleep(secs):
    if not isinstance(secs, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
    if secs != secs:
        raise ValueError('Invalid value NaN (not a number)')
    if secs < 0:
        raise ValueError('sleep length must be non-negative')
    if STATE.worker_now is not None:
        STATE.worker_now += secs
        return
    when = STATE.now + secs
    if when > STATE.max_time:
        fatal(4, 'TimeLimitError: virtual time passed %s seconds' % _fmt_seconds(STATE.max_time))
    STATE.now = when


def patch_time_module():
    import time as time_module
    time_module.monotonic = _current_time
    time_module.perf_counter = _current_time
    time_module.monotonic_ns = lambda: int(round(_current_time() * 1e9))
    time_module.perf_counter_ns = time_module.monotonic_ns
    time_module.time = lambda: EPOCH + _current_time()
    time_module.time_ns = lambda: int(round((EPOCH + _current_time()) * 1e9))
    time_module.sleep = _v_sleep


def warn(text, main_only):
    """A warning at the innermost program frame, through CPython's warnings module."""
    import builtins
    import warnings
    category, _, message = text.partition(': ')
    f = sys._getframe(1)
    level = 2
    while f is not None and _is_library_file(f.f_code.co_filename):
        f = f.f_back
        level += 1
    if f is None or (main_only and f.f_globals.get('__name__') != '__main__'):
        return
    warnings.warn(message, getattr(builtins, category), stacklevel=level)


def make_module():
    """The `_loopscope` module object to put in sys.modules."""
    mod = types.ModuleType('_loopscope')
    for name in ('time', 'set_time', 'max_time', 'max_tasks', 'fatal', 'steps_enabled', 'steps_write',
                 'coro_where', 'coro_name', 'iscoroutine', 'iscoroutinefunction', 'isasyncgen',
                 'step_begin', 'step_end', 'weak', 'finalize_when_freed', 'make_call_soon', 'make_call_at',
                 'run_in_worker', 'make_task_resume', 'make_task_step', 'make_handle_run', 'make_run_once', 'make_future_done', 'make_task_init', 'make_create_future', 'make_future_state', 'future_await', 'warn', 'handle_enter', 'handle_exit'):
        setattr(mod, name, globals()[name])
    sys.modules['_loopscope_trace'] = make_trace_module()
    return mod


# ---- _loopscope_trace: the recording hooks (docs/trace.md), as no-ops ----------------------
# tracing() is False unless LOOPSCOPE_SHIM_TRACE=1: then every hook site runs (with the
# arities of engine/trace/vm/trace_module.cpp) and the output must not change.

_TRACE_HOOKS = {
    'handle': 4, 'run': 1, 'run_end': 1, 'fired': 1, 'cancel_handle': 1, 'loop_pass': 1,
    'loop_closed': 0, 'task': 3, 'renamed': 1, 'step': 2, 'step_end': 1, 'cancel': 2,
    'uncancel': 1, 'future': 2, 'chain': 2, 'future_done': 1, 'acquired': 1, 'released': 1,
    'waiting': 4, 'semaphore': 3, 'event': 1, 'notified': 2, 'queue': 4,
}


def _make_hook(name, arity):
    def hook(*args):
        if len(args) != arity:
            raise TypeError('%s() takes %d arguments (%d given)' % (name, arity, len(args)))
    hook.__name__ = name
    return hook


def make_trace_module():
    mod = types.ModuleType('_loopscope_trace')
    enabled = os.environ.get('LOOPSCOPE_SHIM_TRACE') == '1'
    mod.tracing = lambda: enabled
    for name, arity in _TRACE_HOOKS.items():
        setattr(mod, name, _make_hook(name, arity))
    return mod
