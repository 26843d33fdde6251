# asyncio.runners: asyncio.run() and Runner, which own an event loop for a program's
# top-level coroutines and shut it down cleanly (cancel leftovers, close async
# generators, shut the executor down).

from _contextvars import copy_context as _copy_context

from . import coroutines
from . import events
from . import exceptions
from . import tasks

__all__ = ('Runner', 'run')

# Runner states (CPython spells them as an enum).
_CREATED = 'created'
_INITIALIZED = 'initialized'
_CLOSED = 'closed'


class Runner:
    """Runs coroutines on one loop made on first use; close() (or leaving the `with`)
    shuts it down.

    Fields: _state one of the constants above; _debug the debug flag for the loop;
    _loop_factory makes the loop (default: new_event_loop()); _loop the loop; _context the
    contextvars.Context the tasks of run() start from (a copy taken at the first run);
    _set_event_loop we installed it as the current loop (undone on close)."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = _CREATED
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._context = None
        self._interrupt_count = 0
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    # Cancel the tasks still pending (creation order) and wait for them, then run the two
    # internal shutdown tasks; they take Task-N numbers but stay out of the steps trace.
    def close(self):
        if self._state != _INITIALIZED:
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor(300))
        finally:
            if self._set_event_loop:
                events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = _CLOSED

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        """Run a coroutine to completion as a task of this runner's loop."""
        if not coroutines.iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if events._get_running_loop() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        if context is None:
            context = self._context
        task = self._loop.create_task(coro, context=context)
        self._interrupt_count = 0
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state == _CLOSED:
            raise RuntimeError('Runner is closed')
        if self._state == _INITIALIZED:
            return
        if self._loop_factory is None:
            self._loop = events.new_event_loop()
            if not self._set_event_loop:
                events.set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        # Every run() starts its task in this one copy of the context asyncio.run() was called in.
        self._context = _copy_context()
        self._state = _INITIALIZED


def run(main, *, debug=None, loop_factory=None):
    """Run coroutine `main` on a new event loop (made by `loop_factory` when given), then shut
    the loop down."""
    if events._get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug, loop_factory=loop_factory) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    """Cancel every pending task of `loop` in creation order and run them to the end."""
    to_cancel = tasks._tasks_in_creation_order(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(tasks.gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })
