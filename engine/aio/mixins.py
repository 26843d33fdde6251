# asyncio.mixins: binds a lock/queue to the event loop it is first used on.

from . import events


class _LoopBoundMixin:
    """Remembers the running loop on first use; using the object from another loop is
    an error (as in CPython)."""

    _loop = None

    def _get_loop(self):
        loop = events._running_loop  # events._get_running_loop(), which CPython runs in C
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop
