# collections.abc: the abstract base classes of containers, iterators and awaitables. A class
# counts as, say, an Iterable when it (or a base) defines __iter__, as in CPython, and the
# builtin types are registered with the ABCs they implement; Sequence and Mapping also give
# their subclasses CPython's mixin methods (index, count, get, keys, items, ...).
#
# Index: one-method ABCs (Hashable ... Callable), Collection, Set, Mapping and views, Sequence,
#        registrations of the builtin types.

from abc import ABCMeta, abstractmethod

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator',
           'Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized', 'Container',
           'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping', 'MutableMapping',
           'MappingView', 'KeysView', 'ItemsView', 'ValuesView', 'Sequence', 'MutableSequence']


# True when every name is defined by a class of C's MRO (and not set to None there).
def _check_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        found = False
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                found = True
                break
        if not found:
            return NotImplemented
    return True


# Class decorator: the ABC counts any class defining all of 'methods' (through its MRO) as a
# subclass. Only the decorated class itself judges that way; its subclasses (a user's
# Iterable subclass, say) fall back to ordinary subclassing and register().
def _structural(*methods):
    def decorate(abc_class):
        def __subclasshook__(cls, C):
            if cls is abc_class:
                return _check_methods(C, *methods)
            return NotImplemented
        abc_class.__subclasshook__ = classmethod(__subclasshook__)
        return abc_class
    return decorate


# The default throw()/athrow() of Coroutine, Generator and AsyncGenerator: raise what was thrown.
def _raise_thrown(typ, val, tb):
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    raise val


# The default close() of Coroutine and Generator: throw GeneratorExit in, which must end it.
def _close_by_throw(obj, kind):
    try:
        obj.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        pass
    else:
        raise RuntimeError(kind + ' ignored GeneratorExit')


def _function():
    pass


async def _coroutine():
    pass


def _generator():
    yield


async def _async_generator():
    yield


# ---- one-method ABCs ---------------------------------------------------------------------------

@_structural('__hash__')
class Hashable(metaclass=ABCMeta):
    @abstractmethod
    def __hash__(self):
        return 0


@_structural('__await__')
class Awaitable(metaclass=ABCMeta):
    @abstractmethod
    def __await__(self):
        yield


@_structural('__await__', 'send', 'throw', 'close')
class Coroutine(Awaitable):
    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    def close(self):
        _close_by_throw(self, 'coroutine')


@_structural('__aiter__')
class AsyncIterable(metaclass=ABCMeta):
    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


@_structural('__anext__', '__aiter__')
class AsyncIterator(AsyncIterable):
    @abstractmethod
    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self


@_structural('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')
class AsyncGenerator(AsyncIterator):
    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)


@_structural('__iter__')
class Iterable(metaclass=ABCMeta):
    @abstractmethod
    def __iter__(self):
        while False:
            yield None


@_structural('__iter__', '__next__')
class Iterator(Iterable):
    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self


@_structural('__reversed__', '__iter__')
class Reversible(Iterable):
    @abstractmethod
    def __reversed__(self):
        while False:
            yield None


@_structural('__iter__', '__next__', 'send', 'throw', 'close')
class Generator(Iterator):
    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    def close(self):
        _close_by_throw(self, 'generator')


@_structural('__len__')
class Sized(metaclass=ABCMeta):
    @abstractmethod
    def __len__(self):
        return 0


@_structural('__contains__')
class Container(metaclass=ABCMeta):
    @abstractmethod
    def __contains__(self, x):
        return False


@_structural('__len__', '__iter__', '__contains__')
class Collection(Sized, Iterable, Container):
    pass


@_structural('__call__')
class Callable(metaclass=ABCMeta):
    @abstractmethod
    def __call__(self, *args, **kwds):
        return False


# ---- sets --------------------------------------------------------------------------------------

class Set(Collection):
    """A read-only set: comparisons and operators from __contains__, __iter__ and __len__."""

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        chain = [e for s in (self, other) for e in s]
        return self._from_iterable(chain)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __hash__ = None


class MutableSet(Set):
    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass


# ---- mappings ----------------------------------------------------------------------------------

class Mapping(Collection):
    """A read-only mapping: get, keys, items, values, `in` and == from __getitem__, __iter__
    and __len__."""

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None
    __hash__ = None


class MappingView(Sized):
    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)


class KeysView(MappingView, Set):
    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class MutableMapping(Mapping):
    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    __marker = object()

    def pop(self, key, default=__marker):
        try:
            value = self[key]
        except KeyError:
            if default is self.__marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# ---- sequences ---------------------------------------------------------------------------------

class Sequence(Reversible, Collection):
    """A read-only sequence: iteration, `in`, reversed, index and count from __getitem__ and
    __len__."""

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class MutableSequence(Sequence):
    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# ---- the builtin types -------------------------------------------------------------------------

Callable.register(type(_function))
Callable.register(type(len))
_unawaited = _coroutine()
Coroutine.register(type(_unawaited))
_unawaited.close()  # it only showed its type: no "never awaited" warning
Generator.register(type(_generator()))
AsyncGenerator.register(type(_async_generator()))
Set.register(frozenset)
MutableSet.register(set)
MutableMapping.register(dict)
Reversible.register(dict)
Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)
Sequence.register(bytes)
MutableSequence.register(list)
