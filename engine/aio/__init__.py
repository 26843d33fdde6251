# asyncio: loopscope's own asyncio package (the names CPython 3.12's asyncio exports),
# running on the virtual clock. Submodules mirror CPython's files.

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .taskgroups import *
from .tasks import *
from .threads import *
from .timeouts import *

from . import base_events
from . import events


class SelectorEventLoop(base_events.BaseEventLoop):
    """The loop new_event_loop() makes (virtual time, no I/O)."""


EventLoop = SelectorEventLoop


class DefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = SelectorEventLoop


# Names a program may check for on Unix; they are the same loop here.
_UnixSelectorEventLoop = SelectorEventLoop
_UnixDefaultEventLoopPolicy = DefaultEventLoopPolicy
