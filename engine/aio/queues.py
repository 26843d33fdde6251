# asyncio.queues: Queue (FIFO), PriorityQueue and LifoQueue for producer/consumer tasks.

from collections import deque

from . import locks
from . import mixins
from .events import _TRACING, _lt

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')



class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""


def _wakeup_next(waiters):
    """Wake the first waiter (future) that is still pending."""
    while waiters:
        waiter = waiters.popleft()
        if not waiter.done():
            waiter.set_result(None)
            break


class Queue(mixins._LoopBoundMixin):
    """A FIFO queue; `maxsize` <= 0 means unbounded.

    Fields: _maxsize; _queue the items; _getters/_putters futures of tasks blocked in
    get()/put() (FIFO); _unfinished_tasks items put but not yet task_done(); _finished
    Event set when _unfinished_tasks drops to 0 (join() waits on it)."""

    _trace_kind = 5   # PrimKind in the trace (PriorityQueue 6, LifoQueue 7)

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = deque()
        self._putters = deque()
        self._unfinished_tasks = 0
        self._finished = locks.Event()
        self._finished._trace_internal = True
        self._finished.set()
        self._init(maxsize)

    # The storage hooks subclasses override.
    def _init(self, maxsize):
        self._queue = deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def __repr__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        """Put an item, waiting while the queue is full."""
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            if _TRACING:
                _lt.waiting(self, self._trace_kind, putter, 3)
            try:
                await putter
            except:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    # We were woken but will not put: wake the next putter instead.
                    _wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        if _TRACING:
            _lt.queue(self, self._trace_kind, item, True)
        self._unfinished_tasks += 1
        self._finished.clear()
        _wakeup_next(self._getters)

    async def get(self):
        """Remove and return an item, waiting while the queue is empty."""
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            if _TRACING:
                _lt.waiting(self, self._trace_kind, getter, 2)
            try:
                await getter
            except:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    # We were woken but will not get: wake the next getter instead.
                    _wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        if _TRACING:
            _lt.queue(self, self._trace_kind, item, False)
        _wakeup_next(self._putters)
        return item

    def task_done(self):
        """Mark one item as processed; join() returns when all are."""
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        """Wait until every item put has been marked task_done()."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()


# PriorityQueue order is heapq's exactly (items that compare equal come out in heapq's order).
from heapq import heappush as _push, heappop as _pop


class PriorityQueue(Queue):
    """Retrieves the smallest item first (e.g. (priority, data) tuples)."""

    _trace_kind = 6

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _push(self._queue, item)

    def _get(self):
        return _pop(self._queue)


class LifoQueue(Queue):
    """Retrieves the most recently added item first."""

    _trace_kind = 7

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
