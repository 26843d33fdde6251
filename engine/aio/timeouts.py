# asyncio.timeouts: `async with asyncio.timeout(delay)`, which cancels the current task at
# the deadline and turns that cancellation into TimeoutError on exit.

from . import events
from . import exceptions
from . import tasks

__all__ = ('Timeout', 'timeout', 'timeout_at')

# The life of a Timeout (CPython spells these as an enum; the values are its values).
CREATED = 'created'       # made, not entered yet
ENTERED = 'active'        # inside `async with`, deadline armed
EXPIRING = 'expiring'     # deadline passed, the task was cancelled, not exited yet
EXPIRED = 'expired'       # exited after expiring (TimeoutError was raised if appropriate)
EXITED = 'finished'       # exited before the deadline


class Timeout:
    """An async context manager that cancels its task when the loop time reaches `when`.

    Fields: _state one of the constants above; _when the deadline (None: never);
    _timeout_handler the scheduled _on_timeout call; _task the task inside the block;
    _cancelling the task's cancelling() count on entry (to tell our cancellation from
    someone else's)."""

    def __init__(self, when):
        self._state = CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when
        self._cancelling = 0

    def when(self):
        """The deadline (loop time), or None."""
        return self._when

    def reschedule(self, when):
        """Move the deadline (None disables it). Only while the block is active."""
        if self._state != ENTERED:
            if self._state == CREATED:
                raise RuntimeError('Timeout has not been entered')
            raise RuntimeError(f'Cannot change state of {self._state} Timeout')
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        """True once the deadline has passed and the task was cancelled for it."""
        return self._state == EXPIRING or self._state == EXPIRED

    def __repr__(self):
        info = ''
        if self._state == ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info = f' when={when}'
        return f'<Timeout [{self._state}]{info}>'

    async def __aenter__(self):
        if self._state != CREATED:
            raise RuntimeError('Timeout has already been entered')
        task = tasks.current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._state = ENTERED
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == EXPIRING:
            self._state = EXPIRED
            if self._task.uncancel() <= self._cancelling and exc_type is exceptions.CancelledError:
                # Our own cancellation and no newer request: report it as a timeout.
                raise TimeoutError from exc_val
        elif self._state == ENTERED:
            self._state = EXITED
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = EXPIRING
        self._timeout_handler = None


def timeout(delay):
    """A Timeout whose deadline is `delay` seconds from now (None: no deadline)."""
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """A Timeout with an absolute deadline in loop time (None: no deadline)."""
    return Timeout(when)
