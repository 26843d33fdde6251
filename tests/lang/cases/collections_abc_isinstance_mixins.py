# collections.abc: isinstance checks of builtin values and of classes that define the methods,
# and the mixin methods Mapping and Sequence give their subclasses.
from collections.abc import (Iterable, Iterator, Mapping, Sequence, Awaitable, Coroutine,
                             AsyncIterator, AsyncIterable, Callable, Hashable, Sized, Container,
                             MutableMapping, MutableSequence, Set, Generator, Collection, Reversible)
import asyncio


def gen():
    yield 1


async def coro():
    return 1


class Agen:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


class Counter:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration

    def __len__(self):
        return 0


c = coro()
values = [[1], (1,), 'ab', {1: 2}, {1}, frozenset(), range(3), 5, None, gen(), iter([]), len, print,
          lambda: 0, c, Agen(), Counter(), asyncio.sleep]
names = ['Iterable', 'Iterator', 'Mapping', 'Sequence', 'Awaitable', 'Coroutine', 'AsyncIterator',
         'AsyncIterable', 'Callable', 'Hashable', 'Sized', 'Container', 'MutableMapping',
         'MutableSequence', 'Set', 'Generator', 'Collection', 'Reversible']
abcs = [Iterable, Iterator, Mapping, Sequence, Awaitable, Coroutine, AsyncIterator, AsyncIterable,
        Callable, Hashable, Sized, Container, MutableMapping, MutableSequence, Set, Generator,
        Collection, Reversible]
for v in values:
    print(type(v).__name__, [n for n, a in zip(names, abcs) if isinstance(v, a)])
c.close()
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Hashable),
      issubclass(list, Hashable))


class Inventory(Mapping):
    def __init__(self, **items):
        self._items = items

    def __getitem__(self, key):
        return self._items[key]

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)


inv = Inventory(apples=3, pears=0)
print(inv['apples'], inv.get('kiwi', 'none'), 'pears' in inv, list(inv.keys()), list(inv.items()),
      list(inv.values()), len(inv), inv == {'apples': 3, 'pears': 0}, dict(inv))


class Deck(Sequence):
    def __init__(self):
        self._cards = ['A', 'K', 'Q', 'K']

    def __getitem__(self, i):
        return self._cards[i]

    def __len__(self):
        return len(self._cards)


d = Deck()
print(list(d), 'Q' in d, d.index('K'), d.count('K'), list(reversed(d)), isinstance(d, Reversible))
try:
    Iterable()
except TypeError as exc:
    print(exc)
