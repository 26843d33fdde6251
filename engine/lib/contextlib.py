# contextlib: contextmanager, asynccontextmanager, suppress, nullcontext, closing, aclosing, ExitStack, AsyncExitStack.
#
# Index: decorators | generator-based managers | small managers | exit stacks

import sys

__all__ = ["contextmanager", "asynccontextmanager", "suppress", "nullcontext", "closing",
           "aclosing", "ExitStack", "AsyncExitStack", "ContextDecorator",
           "AsyncContextDecorator", "AbstractContextManager", "AbstractAsyncContextManager"]


# Sets an exception's traceback back to what it was when it entered __exit__, so the
# frames of the manager's own code do not show up when the exception propagates.
def _restore_traceback(exc, tb):
    try:
        exc.__traceback__ = tb
    except (AttributeError, TypeError):
        pass


class AbstractContextManager:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class AbstractAsyncContextManager:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None


# ---- decorators ----------------------------------------------------------------------------

# Lets a context manager object decorate a function: each call runs inside it.
class ContextDecorator:
    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        _copy_names(inner, func)
        return inner


class AsyncContextDecorator:
    def _recreate_cm(self):
        return self

    def __call__(self, func):
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        _copy_names(inner, func)
        return inner


def _copy_names(wrapper, wrapped):
    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(wrapper, attr, getattr(wrapped, attr))
        except (AttributeError, TypeError):
            pass
    wrapper.__wrapped__ = wrapped


# ---- generator-based managers --------------------------------------------------------------

# The object a @contextmanager function returns: runs the generator up to its yield on
# entry, and on exit resumes it normally or throws the with-block's exception into it.
class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator caught the exception and finished: suppress it, unless the
            # with-block's exception was a StopIteration that has now come back out.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                _restore_traceback(exc, traceback)
                return False
            # A StopIteration thrown into a generator comes back as RuntimeError (PEP 479).
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                _restore_traceback(value, traceback)
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            _restore_traceback(exc, traceback)
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager(AsyncContextDecorator, AbstractAsyncContextManager):
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    async def __aenter__(self):
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                _restore_traceback(exc, traceback)
                return False
            if isinstance(value, (StopIteration, StopAsyncIteration)) and exc.__cause__ is value:
                _restore_traceback(value, traceback)
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            _restore_traceback(exc, traceback)
            return False
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await self.gen.aclose()


# @contextmanager: a generator function that yields once becomes a context manager factory.
def contextmanager(func):
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    _copy_names(helper, func)
    return helper


def asynccontextmanager(func):
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    _copy_names(helper, func)
    return helper


# ---- small managers ------------------------------------------------------------------------

class closing(AbstractContextManager):
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


# Swallows the listed exception types (also inside an exception group, keeping the rest).
class suppress(AbstractContextManager):
    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        if issubclass(exctype, self._exceptions):
            return True
        if issubclass(exctype, BaseExceptionGroup):
            match, rest = excinst.split(self._exceptions)
            if rest is None:
                return True
            raise rest
        return False


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


# ---- exit stacks ---------------------------------------------------------------------------

def _missing_protocol(cm, what):
    cls = type(cm)
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support the {what} protocol")


# Points the end of 'new_exc's context chain at 'old_exc', so that an exception raised by
# one exit callback shows the previous callback's exception as its context.
def _fix_context(new_exc, old_exc, frame_exc):
    while True:
        ctx = new_exc.__context__
        if ctx is None or ctx is old_exc:
            return
        if ctx is frame_exc:
            break
        new_exc = ctx
    new_exc.__context__ = old_exc


# The exception being handled where __exit__ was called; without sys.exc_info() it is
# the with-block's own exception, which is what a with statement is handling.
def _current_exception(received):
    try:
        return sys.exc_info()[1]
    except AttributeError:
        return received


def _call_and_discard(callback, args, kwds):
    def _exit_wrapper(exc_type, exc, tb):
        callback(*args, **kwds)
    _exit_wrapper.__wrapped__ = callback
    return _exit_wrapper


def _bind_exit(cm, cm_exit):
    def _exit_wrapper(exc_type, exc, tb):
        return cm_exit(cm, exc_type, exc, tb)
    return _exit_wrapper


class _BaseExitStack:
    def __init__(self):
        self._exit_callbacks = []

    # Moves all callbacks to a new stack, leaving this one empty.
    def pop_all(self):
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    # Registers an exit callback: a context manager's __exit__, or any callable taking
    # (exc_type, exc, traceback).
    def push(self, exit):
        exit_method = getattr(type(exit), "__exit__", None)
        if exit_method is None:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, _bind_exit(exit, exit_method)))
        return exit

    def enter_context(self, cm):
        cls = type(cm)
        enter = getattr(cls, "__enter__", None)
        exit = getattr(cls, "__exit__", None)
        if enter is None or exit is None:
            raise _missing_protocol(cm, "context manager")
        result = enter(cm)
        self._exit_callbacks.append((True, _bind_exit(cm, exit)))
        return result

    def callback(self, callback, /, *args, **kwds):
        self._exit_callbacks.append((True, _call_and_discard(callback, args, kwds)))
        return callback


class ExitStack(_BaseExitStack, AbstractContextManager):
    def __enter__(self):
        return self

    # Runs the callbacks newest first; each sees the exception left by the ones before it.
    def __exit__(self, *exc_details):
        exc = exc_details[1]
        received = exc_details[0] is not None
        frame_exc = _current_exception(exc)
        suppressed = False
        pending = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if exc is None:
                    details = (None, None, None)
                else:
                    details = (type(exc), exc, exc.__traceback__)
                if cb(*details):
                    suppressed = True
                    pending = False
                    exc = None
            except BaseException as new_exc:
                _fix_context(new_exc, exc, frame_exc)
                pending = True
                exc = new_exc
        if pending:
            fixed_ctx = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = fixed_ctx
                raise
        return received and suppressed

    def close(self):
        self.__exit__(None, None, None)


def _bind_async_exit(cm, cm_exit):
    async def _exit_wrapper(exc_type, exc, tb):
        return await cm_exit(cm, exc_type, exc, tb)
    return _exit_wrapper


def _call_and_discard_async(callback, args, kwds):
    async def _exit_wrapper(exc_type, exc, tb):
        await callback(*args, **kwds)
    _exit_wrapper.__wrapped__ = callback
    return _exit_wrapper


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    async def enter_async_context(self, cm):
        cls = type(cm)
        enter = getattr(cls, "__aenter__", None)
        exit = getattr(cls, "__aexit__", None)
        if enter is None or exit is None:
            raise _missing_protocol(cm, "asynchronous context manager")
        result = await enter(cm)
        self._exit_callbacks.append((False, _bind_async_exit(cm, exit)))
        return result

    def push_async_exit(self, exit):
        exit_method = getattr(type(exit), "__aexit__", None)
        if exit_method is None:
            self._exit_callbacks.append((False, exit))
        else:
            self._exit_callbacks.append((False, _bind_async_exit(exit, exit_method)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        self._exit_callbacks.append((False, _call_and_discard_async(callback, args, kwds)))
        return callback

    async def aclose(self):
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        exc = exc_details[1]
        received = exc_details[0] is not None
        frame_exc = _current_exception(exc)
        suppressed = False
        pending = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if exc is None:
                    details = (None, None, None)
                else:
                    details = (type(exc), exc, exc.__traceback__)
                if is_sync:
                    result = cb(*details)
                else:
                    result = await cb(*details)
                if result:
                    suppressed = True
                    pending = False
                    exc = None
            except BaseException as new_exc:
                _fix_context(new_exc, exc, frame_exc)
                pending = True
                exc = new_exc
        if pending:
            fixed_ctx = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = fixed_ctx
                raise
        return received and suppressed
