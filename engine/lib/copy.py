# copy: shallow copy() and deepcopy() of builtin containers, instances with a __dict__ (or
# __slots__), and classes that define __copy__ / __deepcopy__ (or __getstate__/__setstate__).

from _collections import deque as _deque

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error


def _function():
    pass


# Values that are their own copy, shallow or deep.
_ATOMIC = (type(None), int, float, bool, str, bytes, type, range, type(_function), type(len),
           type(Ellipsis), type(NotImplemented), property)


def _new_empty(x):
    """An instance of type(x) made without running __init__, as copy's reconstruction does."""
    cls = type(x)
    if isinstance(x, dict):
        y = dict.__new__(cls)
        if hasattr(x, 'default_factory'):
            y.default_factory = x.default_factory
        return y
    if isinstance(x, list):
        return list.__new__(cls)
    if isinstance(x, set):
        return set.__new__(cls)
    return cls.__new__(cls)


def _get_state(x):
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        try:
            return getstate()
        except TypeError:
            pass
    state = getattr(x, '__dict__', None)
    slots = {}
    for klass in type(x).__mro__:
        for name in klass.__dict__.get('__slots__', ()):
            if name not in ('__dict__', '__weakref__') and hasattr(x, name):
                slots[name] = getattr(x, name)
    if slots:
        return (state or None, slots)
    return state or None


def _set_state(y, state):
    if state is None:
        return
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None and type(y).__setstate__ is not object.__dict__.get('__setstate__'):
        setstate(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        y.__dict__.update(state)
    if slots:
        for name, value in slots.items():
            setattr(y, name, value)


def copy(x):
    """A shallow copy of x: a new container holding the same items, or a new instance
    sharing the same attribute values."""
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or cls is frozenset:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return x.__copy__()
    if issubclass(cls, type):
        return x
    y = _new_empty(x)
    if isinstance(x, dict):
        y.update(x)
    elif isinstance(x, list):
        y.extend(x)
    elif isinstance(x, set):
        y.update(x)
    _set_state(y, _get_state(x))
    return y


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: containers and instances are copied all the way down; an object
    reached twice is copied once (memo maps id(original) to its copy)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A tuple that contains itself (through a list) was copied meanwhile.
        if d in memo:
            return memo[d]
        same = True
        for a, b in zip(x, items):
            if a is not b:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(item, memo) for item in x)
    elif hasattr(cls, '__deepcopy__') and not isinstance(x, type):
        y = x.__deepcopy__(memo)
    elif issubclass(cls, type):
        y = x
    elif isinstance(x, _deque):
        y = x.__copy__()
        y.clear()
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    else:
        y = _new_empty(x)
        memo[d] = y
        if isinstance(x, dict):
            for key, value in x.items():
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        elif isinstance(x, list):
            for item in x:
                y.append(deepcopy(item, memo))
        elif isinstance(x, set):
            for item in x:
                y.add(deepcopy(item, memo))
        state = _get_state(x)
        if state is not None:
            _set_state(y, deepcopy(state, memo))
    if y is not x:
        memo[d] = y
        # Keep x alive while the memo is in use, so that its id is not reused meanwhile.
        memo.setdefault(id(memo), []).append(x)
    return y

