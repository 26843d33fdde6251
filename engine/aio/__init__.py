# asyncio: loopscope's own asyncio package (the names CPython 3.12's asyncio exports),
# running on the virtual clock. Submodules mirror CPython's files.

from . import base_events
from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import locks
from . import mixins
from . import queues
from . import runners
from . import taskgroups
from . import tasks
from . import threads
from . import timeouts

from .base_events import BaseEventLoop
from .coroutines import iscoroutine, iscoroutinefunction
from .events import (AbstractEventLoop, AbstractEventLoopPolicy, AbstractServer, Handle,
                     TimerHandle, get_event_loop, get_event_loop_policy, get_running_loop,
                     new_event_loop, set_event_loop, set_event_loop_policy,
                     _get_running_loop, _set_running_loop)
from .exceptions import (BrokenBarrierError, CancelledError, IncompleteReadError,
                         InvalidStateError, LimitOverrunError, SendfileNotAvailableError,
                         TimeoutError)
from .futures import Future, isfuture, wrap_future
from .locks import Barrier, BoundedSemaphore, Condition, Event, Lock, Semaphore
from .queues import LifoQueue, PriorityQueue, Queue, QueueEmpty, QueueFull
from .runners import Runner, run
from .taskgroups import TaskGroup
from .tasks import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, Task, all_tasks,
                    as_completed, create_task, current_task, ensure_future, gather, shield,
                    sleep, wait, wait_for, run_coroutine_threadsafe, _register_task,
                    _unregister_task, _enter_task, _leave_task, create_eager_task_factory,
                    eager_task_factory)
from .threads import to_thread
from .timeouts import Timeout, timeout, timeout_at


class SelectorEventLoop(BaseEventLoop):
    """The loop new_event_loop() makes (virtual time, no I/O)."""


EventLoop = SelectorEventLoop


class DefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = SelectorEventLoop


# Names a program may check for on Unix; they are the same loop here.
_UnixSelectorEventLoop = SelectorEventLoop
_UnixDefaultEventLoopPolicy = DefaultEventLoopPolicy
