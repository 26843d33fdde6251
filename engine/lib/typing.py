# typing: names for type hints; subscriptable placeholder objects that make annotations evaluate without errors.
#
# Special forms (Optional, Union, List, ...) are instances of _SpecialForm; subscripting one
# gives a _GenericAlias that remembers its origin and arguments. Generic[T] returns a real
# base class (loopscope has no __class_getitem__, so a user class deriving from Generic
# cannot itself be subscripted). Protocol is a plain base class.

__all__ = ["Any", "Optional", "Union", "List", "Dict", "Tuple", "Set", "FrozenSet", "Type",
           "Callable", "Awaitable", "Coroutine", "AsyncIterator", "AsyncIterable",
           "AsyncGenerator", "Iterator", "Iterable", "Generator", "Sequence",
           "MutableSequence", "Mapping", "MutableMapping", "Deque", "DefaultDict",
           "OrderedDict", "Counter", "ChainMap", "Hashable", "Sized", "Collection",
           "Container", "Reversible", "AbstractSet", "MutableSet", "KeysView", "ValuesView",
           "ItemsView", "ContextManager", "AsyncContextManager", "TypeVar", "Generic",
           "Protocol", "Final", "Literal", "ClassVar", "Annotated", "NoReturn", "Never",
           "Self", "TypeAlias", "ParamSpec", "Concatenate", "TypeGuard", "LiteralString",
           "Text", "AnyStr", "TypedDict", "cast", "overload", "final", "no_type_check",
           "runtime_checkable", "get_origin", "get_args", "get_type_hints", "TYPE_CHECKING",
           "NewType", "assert_never", "reveal_type", "NamedTuple"]

import _argbind

TYPE_CHECKING = False


# How a type hint prints inside another one: int, not <class 'int'>.
def _type_repr(obj):
    if obj is None:
        return "None"
    if obj is ...:
        return "..."
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    return repr(obj)


class _GenericAlias:
    def __init__(self, origin, args, name):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, self.__args__ + params, self._name)

    def __repr__(self):
        if self._name == "Optional":
            inner = self.__args__[1] if self.__args__[0] is type(None) else self.__args__[0]
            if isinstance(inner, type) and inner.__module__ == "builtins":
                return f"typing.Optional[{inner.__qualname__}]"
            return f"typing.Optional[{_type_repr(inner)}]"
        if not self.__args__:
            return f"typing.{self._name}[()]"
        return f"typing.{self._name}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if isinstance(origin, type):
            return origin(*args, **kwargs)
        raise TypeError(f"Type {self._name} cannot be instantiated; use {self._name.lower()}() instead")

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# A typing name such as Optional or List. 'origin' is the runtime class it stands for
# (list for List), or the form itself for purely static forms (Optional, ClassVar).
class _SpecialForm:
    def __init__(self, name, origin=None):
        self._name = name
        self.__origin__ = origin if origin is not None else self

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == "Union":
            flat = []
            for p in params:
                if isinstance(p, _GenericAlias) and p._name in ("Union", "Optional"):
                    items = p.__args__
                else:
                    items = (p,)
                for item in items:
                    if item is None:
                        item = type(None)
                    if item not in flat:
                        flat.append(item)
            if len(flat) == 1:
                return flat[0]
            if len(flat) == 2 and type(None) in flat:
                return _GenericAlias(self, tuple(flat), "Optional")
            return _GenericAlias(self, tuple(flat), "Union")
        if self._name == "Optional":
            return Union[params[0], None]
        if self._name not in ("Literal", "Annotated"):
            params = tuple(type(None) if p is None else p for p in params)
        return _GenericAlias(self.__origin__, params, self._name)

    def __repr__(self):
        return f"typing.{self._name}"

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if isinstance(origin, type):
            return origin(*args, **kwargs)
        raise TypeError(f"Cannot instantiate typing.{self._name}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


Any = _SpecialForm("Any")
Optional = _SpecialForm("Optional")
Union = _SpecialForm("Union")
ClassVar = _SpecialForm("ClassVar")
Final = _SpecialForm("Final")
Literal = _SpecialForm("Literal")
Annotated = _SpecialForm("Annotated")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
TypeAlias = _SpecialForm("TypeAlias")
Concatenate = _SpecialForm("Concatenate")
TypeGuard = _SpecialForm("TypeGuard")
LiteralString = _SpecialForm("LiteralString")

List = _SpecialForm("List", list)
Dict = _SpecialForm("Dict", dict)
Tuple = _SpecialForm("Tuple", tuple)
Set = _SpecialForm("Set", set)
FrozenSet = _SpecialForm("FrozenSet", frozenset)
Type = _SpecialForm("Type", type)
Callable = _SpecialForm("Callable")
Awaitable = _SpecialForm("Awaitable")
Coroutine = _SpecialForm("Coroutine")
AsyncIterator = _SpecialForm("AsyncIterator")
AsyncIterable = _SpecialForm("AsyncIterable")
AsyncGenerator = _SpecialForm("AsyncGenerator")
Iterator = _SpecialForm("Iterator")
Iterable = _SpecialForm("Iterable")
Generator = _SpecialForm("Generator")
Sequence = _SpecialForm("Sequence")
MutableSequence = _SpecialForm("MutableSequence")
Mapping = _SpecialForm("Mapping")
MutableMapping = _SpecialForm("MutableMapping")
Hashable = _SpecialForm("Hashable")
Sized = _SpecialForm("Sized")
Collection = _SpecialForm("Collection")
Container = _SpecialForm("Container")
Reversible = _SpecialForm("Reversible")
AbstractSet = _SpecialForm("AbstractSet")
MutableSet = _SpecialForm("MutableSet")
KeysView = _SpecialForm("KeysView")
ValuesView = _SpecialForm("ValuesView")
ItemsView = _SpecialForm("ItemsView")
ContextManager = _SpecialForm("ContextManager")
AsyncContextManager = _SpecialForm("AsyncContextManager")
Text = str


def _collections_form(name, attr):
    import collections
    return _SpecialForm(name, getattr(collections, attr))


Deque = _collections_form("Deque", "deque")
DefaultDict = _collections_form("DefaultDict", "defaultdict")
OrderedDict = _collections_form("OrderedDict", "OrderedDict")
Counter = _collections_form("Counter", "Counter")
ChainMap = _collections_form("ChainMap", "ChainMap")


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            return "+" + self.__name__
        if self.__contravariant__:
            return "-" + self.__name__
        return "~" + self.__name__

    def __or__(self, other):
        return Union[self, other]


class ParamSpec:
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.args = self
        self.kwargs = self

    def __repr__(self):
        return "~" + self.__name__


AnyStr = TypeVar("AnyStr", bytes, str)


# The class that Generic[...] evaluates to, so "class Box(Generic[T])" has a real base.
class _GenericBase:
    pass


class _GenericForm(_SpecialForm):
    def __getitem__(self, params):
        return _GenericBase


Generic = _GenericForm("Generic")


# Base class for structural types; only used for annotations in loopscope.
class Protocol:
    pass


class TypedDict(dict):
    pass


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    return cls


def assert_never(arg, /):
    raise AssertionError(f"Expected code to be unreachable, but got: {arg!r}")


def reveal_type(obj, /):
    import sys
    sys.stderr.write(f"Runtime type is {type(obj).__name__!r}\n")
    return obj


def get_origin(tp):
    if isinstance(tp, _GenericAlias):
        if tp._name == "Optional":
            return Union
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    return dict(getattr(obj, "__annotations__", {}))


# ---- NamedTuple ----------------------------------------------------------------------------
#
# "class P(NamedTuple): x: int; y: int = 0" makes a tuple subclass. Without metaclasses the
# fields cannot be collected when the class is created, so they are read from the class's
# annotations at the first instantiation (P._fields exists from then on). Each instance
# also stores its fields as instance attributes, which is how p.x finds its value.

_NT_MISSING = object()


def _own_namespace_value(klass, name):
    try:
        return klass.__dict__.get(name, _NT_MISSING)
    except AttributeError:
        value = getattr(klass, name, _NT_MISSING)
        for base in klass.__mro__[1:]:
            if getattr(base, name, _NT_MISSING) is value:
                return _NT_MISSING
        return value


def _namedtuple_spec(cls):
    for klass in cls.__mro__:
        if klass is NamedTuple or klass is tuple:
            break
        ann = _own_namespace_value(klass, "__annotations__")
        if ann is _NT_MISSING or not ann:
            continue
        fields = []
        defaults = {}
        for name in ann:
            value = _own_namespace_value(klass, name)
            if value is not _NT_MISSING:
                defaults[name] = value
            elif defaults:
                default_names = ", ".join(defaults)
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default field"
                                f"{'s' if len(defaults) > 1 else ''} {default_names}")
            fields.append(name)
        return tuple(fields), defaults
    return (), {}


class NamedTuple(tuple):
    def __new__(cls, *args, **kwargs):
        fields, defaults = _namedtuple_spec(cls)
        values = _argbind.bind(f"{cls.__name__}.__new__", fields, (), defaults, args, kwargs)
        self = tuple.__new__(cls, values)
        for name, value in zip(fields, values):
            setattr(self, name, value)
        cls._fields = fields
        cls._field_defaults = defaults
        return self

    def __repr__(self):
        fields, defaults = _namedtuple_spec(type(self))
        parts = [f"{name}={value!r}" for name, value in zip(fields, self)]
        return f"{type(self).__name__}({', '.join(parts)})"

    def _asdict(self):
        fields, defaults = _namedtuple_spec(type(self))
        return dict(zip(fields, self))

    def _replace(self, /, **kwds):
        fields, defaults = _namedtuple_spec(type(self))
        values = []
        for name, value in zip(fields, self):
            values.append(kwds.pop(name) if name in kwds else value)
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return type(self)(*values)

    @classmethod
    def _make(cls, iterable):
        return cls(*iterable)

    def __getnewargs__(self):
        return tuple(self)
