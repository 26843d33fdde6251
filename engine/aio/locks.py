# asyncio.locks: Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier.
# Waiters are FIFO queues of futures; a released lock is handed to the first waiter (no
# barging), and a woken waiter that is cancelled before it runs passes the wake-up on.

from collections import deque

from . import exceptions
from . import mixins
from .events import _TRACING, _lt

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _repr_with(obj, extra):
    return f'<asyncio.locks.{type(obj).__name__} object [{extra}]>'


# ---- Lock -------------------------------------------------------------------------------------

class Lock(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A mutual-exclusion lock.

    Fields: _locked held by someone; _waiters deque of futures of the tasks blocked in
    acquire() (None until first needed)."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return _repr_with(self, extra)

    def locked(self):
        return self._locked

    async def acquire(self):
        """Take the lock; waits (FIFO) while it is held or others wait before us."""
        if not self._locked and (self._waiters is None or
                                 all(w.cancelled() for w in self._waiters)):
            self._locked = True
            if _TRACING:
                _lt.acquired(self)
            return True
        if self._waiters is None:
            self._waiters = deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        if _TRACING:
            _lt.waiting(self, 0, fut, 0)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            # We may have been woken already: pass the lock on to the next waiter.
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        if _TRACING:
            _lt.acquired(self)
        return True

    def release(self):
        """Release the lock and wake the first waiter."""
        if self._locked:
            self._locked = False
            if _TRACING:
                _lt.released(self)
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
            return


# ---- Event ------------------------------------------------------------------------------------

class Event(mixins._LoopBoundMixin):
    """A flag tasks can wait for. Fields: _value the flag; _waiters futures of waiting tasks."""

    _trace_internal = False   # True for events the trace does not show (Queue's join event)

    def __init__(self):
        self._waiters = deque()
        self._value = False

    def __repr__(self):
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return _repr_with(self, extra)

    def is_set(self):
        return self._value

    def set(self):
        """Set the flag and wake every waiter."""
        if not self._value:
            self._value = True
            if _TRACING and not self._trace_internal:
                _lt.event(self)
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        if _TRACING and self._value and not self._trace_internal:
            self._value = False
            _lt.event(self)
        self._value = False

    async def wait(self):
        """Return True at once if set, else wait until set() is called."""
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        if _TRACING:
            _lt.waiting(self, 1, fut, 1)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


# ---- Condition ------------------------------------------------------------------------------

class Condition(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A condition variable over a Lock (a new one unless `lock` is given).

    Fields: _lock the underlying lock; _waiters futures of the tasks in wait()."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = deque()

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return _repr_with(self, extra)

    async def wait(self):
        """Release the lock, wait for notify(), then take the lock again (even when
        cancelled; the cancellation is re-raised afterwards)."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            if _TRACING:
                _lt.waiting(self, 2, fut, 1)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except exceptions.CancelledError:
                    cancelled = True
            if cancelled:
                raise exceptions.CancelledError

    async def wait_for(self, predicate):
        """wait() until predicate() is true; returns its value."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to `n` waiters (the lock must be held)."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        if _TRACING:
            _lt.notified(self, n)
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


# ---- Semaphore ------------------------------------------------------------------------------

class Semaphore(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A counter of free slots; acquire() waits (FIFO) while it is 0.

    Fields: _value free slots; _waiters futures of the blocked acquirers (None until
    first needed)."""

    _trace_kind = 3   # PrimKind in the trace (BoundedSemaphore: 4)

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return _repr_with(self, extra)

    def locked(self):
        """True when acquire() would wait."""
        if self._value == 0:
            return True
        if self._waiters:
            for w in self._waiters:
                if not w.cancelled():
                    return True
        return False

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            if _TRACING:
                _lt.semaphore(self, self._trace_kind, False)
            return True
        if self._waiters is None:
            self._waiters = deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        if _TRACING:
            _lt.waiting(self, self._trace_kind, fut, 0)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            if fut.done() and not fut.cancelled():
                # We were given a slot but will not use it: give it back.
                self._value += 1
            raise
        finally:
            # Others may have queued behind us: wake as many as there are slots.
            while self._value > 0:
                if not self._wake_up_next():
                    break
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()
        if _TRACING:
            _lt.semaphore(self, self._trace_kind, True)

    def _wake_up_next(self):
        """Give one slot to the first waiter not yet woken; False if there is none."""
        if not self._waiters:
            return False
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return True
        return False


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    _trace_kind = 4

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


# ---- Barrier ----------------------------------------------------------------------------------

# Barrier states (CPython spells them as an enum).
_BARRIER_FILLING = 'filling'
_BARRIER_DRAINING = 'draining'
_BARRIER_RESETTING = 'resetting'
_BARRIER_BROKEN = 'broken'


class Barrier(mixins._LoopBoundMixin):
    """`parties` tasks wait() until all have arrived, then all go on.

    Fields: _parties how many must arrive; _cond the Condition they wait on; _state one
    of the _BARRIER_* values; _count tasks currently inside wait()."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = _BARRIER_FILLING
        self._count = 0

    def __repr__(self):
        extra = f'{self._state}'
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return _repr_with(self, extra)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Wait for all parties; returns this task's arrival index (0..parties-1)."""
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    await self._release()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        await self._cond.wait_for(
            lambda: self._state not in (_BARRIER_DRAINING, _BARRIER_RESETTING))
        if self._state == _BARRIER_BROKEN:
            raise exceptions.BrokenBarrierError('Barrier aborted')

    async def _release(self):
        self._state = _BARRIER_DRAINING
        self._cond.notify_all()

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state != _BARRIER_FILLING)
        if self._state in (_BARRIER_BROKEN, _BARRIER_RESETTING):
            raise exceptions.BrokenBarrierError('Abort or reset of barrier')

    def _exit(self):
        if self._count == 0:
            if self._state in (_BARRIER_RESETTING, _BARRIER_DRAINING):
                self._state = _BARRIER_FILLING
            self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            if self._count > 0:
                if self._state != _BARRIER_RESETTING:
                    self._state = _BARRIER_RESETTING
            else:
                self._state = _BARRIER_FILLING
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = _BARRIER_BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == _BARRIER_FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == _BARRIER_BROKEN
