# dataclasses: the @dataclass decorator, field(), fields(), asdict(), astuple(), replace(), is_dataclass().
#
# loopscope has no exec, so the generated methods are generic closures over the field list:
# __init__(self, *args, **kwargs) binds arguments like a real signature would (same
# TypeError wording as CPython), and frozen classes store through object.__setattr__.
#
# Index: Field and field() | collecting fields | generated methods | dataclass() | helpers

import sys
import typing
import _argbind

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY",
           "MISSING", "fields", "asdict", "astuple", "make_dataclass", "replace",
           "is_dataclass"]

_builtin_repr = repr


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


# InitVar[T]: an __init__ argument passed to __post_init__ but not stored as a field.
class _InitVarForm:
    def __getitem__(self, tp):
        return _InitVarValue(tp)


class _InitVarValue:
    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else _builtin_repr(self.type)
        return f"dataclasses.InitVar[{name}]"


InitVar = _InitVarForm()


# Field kinds.
_FIELD = "_FIELD"
_FIELD_CLASSVAR = "_FIELD_CLASSVAR"
_FIELD_INITVAR = "_FIELD_INITVAR"


# ---- Field and field() ---------------------------------------------------------------------

class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field("
                f"name={self.name!r},"
                f"type={self.type!r},"
                f"default={self.default!r},"
                f"default_factory={self.default_factory!r},"
                f"init={self.init!r},"
                f"repr={self.repr!r},"
                f"hash={self.hash!r},"
                f"compare={self.compare!r},"
                f"metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},"
                f"_field_type={self._field_type})")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---- collecting fields ---------------------------------------------------------------------

# The annotations written in this class's own body (not inherited ones).
def _own_annotations(cls):
    try:
        ns = cls.__dict__
        return ns.get("__annotations__", {})
    except AttributeError:
        pass
    ann = getattr(cls, "__annotations__", None)
    if ann is None:
        return {}
    for base in cls.__mro__[1:]:
        if getattr(base, "__annotations__", None) is ann:
            return {}
    return ann


# The value 'name' has in this class's own body, or MISSING.
def _own_attr(cls, name):
    try:
        return cls.__dict__.get(name, MISSING)
    except AttributeError:
        return getattr(cls, name, MISSING)


def _is_classvar(tp):
    if tp is typing.ClassVar:
        return True
    if isinstance(tp, typing._GenericAlias) and tp.__origin__ is typing.ClassVar:
        return True
    if isinstance(tp, str):
        return tp.startswith("ClassVar") or tp.startswith("typing.ClassVar")
    return False


def _is_initvar(tp):
    if isinstance(tp, _InitVarValue) or tp is InitVar:
        return True
    if isinstance(tp, str):
        return tp.startswith("InitVar") or tp.startswith("dataclasses.InitVar")
    return False


def _is_kw_only_marker(tp):
    return tp is KW_ONLY or (isinstance(tp, str) and tp in ("KW_ONLY", "dataclasses.KW_ONLY"))


# Builds the Field for annotation 'name: tp' of 'cls' from its class-body default.
def _make_field(cls, name, tp, kw_only):
    default = _own_attr(cls, name)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = _FIELD
    if _is_classvar(tp):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(tp):
        f._field_type = _FIELD_INITVAR
    if f._field_type != _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError(f"field {name} cannot have a default factory")
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = kw_only
    else:
        f.kw_only = False
    if f._field_type == _FIELD and f.default is not MISSING:
        d = f.default
        if isinstance(d, (list, dict, set)) or getattr(type(d), "__hash__", 0) is None:
            raise ValueError(f"mutable default {type(d)} for field {name} is not allowed: use default_factory")
    return f


# ---- generated methods ---------------------------------------------------------------------

def _init_fields(all_fields):
    return [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR)]


def _make_init(cls, all_fields, frozen, has_post_init):
    qualname = f"{cls.__qualname__}.__init__"
    init_fields = [f for f in _init_fields(all_fields) if f.init]
    positional = [f.name for f in init_fields if not f.kw_only]
    kwonly = [f.name for f in init_fields if f.kw_only]
    defaults = {}
    for f in init_fields:
        if f.default is not MISSING:
            defaults[f.name] = f.default
        elif f.default_factory is not MISSING:
            defaults[f.name] = _FACTORY
    order = positional + kwonly
    stored = [f for f in all_fields if f._field_type == _FIELD]
    initvars = [f for f in all_fields if f._field_type == _FIELD_INITVAR]

    def __init__(self, *args, **kwargs):
        values = _argbind.bind(qualname, positional, kwonly, defaults, args, kwargs)
        bound = {}
        for name, value in zip(order, values):
            bound[name] = value
        for f in stored:
            if f.name in bound:
                value = bound[f.name]
                if value is _FACTORY:
                    value = f.default_factory()
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING and not f.init:
                value = f.default
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            extra = []
            for f in initvars:
                value = bound.get(f.name, f.default)
                extra.append(value)
            self.__post_init__(*extra)
    try:
        __init__.__qualname__ = qualname
    except (AttributeError, TypeError):
        pass
    return __init__


# Marks "no argument given, call the default factory" inside the generated __init__.
class _FactoryMarker:
    def __repr__(self):
        return "<factory>"


_FACTORY = _FactoryMarker()

_repr_running = set()


def _make_repr(fields_for_repr):
    def __repr__(self):
        key = (id(self),)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            parts = [f"{f.name}={_builtin_repr(getattr(self, f.name))}" for f in fields_for_repr]
        finally:
            _repr_running.discard(key)
        return f"{type(self).__qualname__}({', '.join(parts)})"
    return __repr__


def _values(self, names):
    return tuple(getattr(self, name) for name in names)


def _make_eq(names):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, names) == _values(other, names)
        return NotImplemented
    return __eq__


def _make_order(names, op):
    def compare(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        a = _values(self, names)
        b = _values(other, names)
        if op == "__lt__":
            return a < b
        if op == "__le__":
            return a <= b
        if op == "__gt__":
            return a > b
        return a >= b
    compare.__name__ = op
    return compare


def _make_hash(names):
    def __hash__(self):
        return hash(_values(self, names))
    return __hash__


def _make_frozen_setattr(cls, names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        self.__dict__[name] = value

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        del self.__dict__[name]
    return __setattr__, __delattr__


# ---- dataclass() ---------------------------------------------------------------------------

def _set_new_attribute(cls, name, value):
    if _own_attr(cls, name) is not MISSING:
        return True
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    all_fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for base in reversed(cls.__mro__[1:]):
        base_fields = getattr(base, "__dataclass_fields__", None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if base.__dataclass_params__.frozen:
                any_frozen_base = True

    annotations = _own_annotations(cls)
    own_fields = []
    kw_only_now = kw_only
    for name in annotations:
        tp = annotations[name]
        if _is_kw_only_marker(tp):
            kw_only_now = True
            continue
        own_fields.append(_make_field(cls, name, tp, kw_only_now))
    for f in own_fields:
        all_fields[f.name] = f
        if f._field_type == _FIELD or f._field_type == _FIELD_INITVAR:
            if f.default is MISSING:
                if _own_attr(cls, f.name) is not MISSING:
                    delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name in _own_annotations(cls):
        value = _own_attr(cls, name)
        if isinstance(value, Field) and name not in all_fields:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    field_list = list(all_fields.values())

    class_hash = _own_attr(cls, "__hash__")
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and _own_attr(cls, "__eq__") is not MISSING))

    if init:
        seen_default = None
        for f in _init_fields(field_list):
            if not f.init or f.kw_only:
                continue
            if f.default is MISSING and f.default_factory is MISSING:
                if seen_default is not None:
                    raise TypeError(f"non-default argument {f.name!r} follows default argument")
            else:
                seen_default = f
        has_post_init = hasattr(cls, "__post_init__")
        _set_new_attribute(cls, "__init__", _make_init(cls, field_list, frozen, has_post_init))

    real_fields = [f for f in field_list if f._field_type == _FIELD]
    if repr:
        _set_new_attribute(cls, "__repr__", _make_repr([f for f in real_fields if f.repr]))
    compare_names = [f.name for f in real_fields if f.compare]
    if eq:
        _set_new_attribute(cls, "__eq__", _make_eq(compare_names))
    if order:
        for op in ("__lt__", "__le__", "__gt__", "__ge__"):
            if _set_new_attribute(cls, op, _make_order(compare_names, op)):
                raise TypeError(f"Cannot overwrite attribute {op} in class {cls.__name__}. "
                                "Consider using functools.total_ordering")
    if frozen:
        names = set(f.name for f in real_fields)
        setter, deleter = _make_frozen_setattr(cls, names)
        if _set_new_attribute(cls, "__setattr__", setter):
            raise TypeError(f"Cannot overwrite attribute __setattr__ in class {cls.__name__}")
        if _set_new_attribute(cls, "__delattr__", deleter):
            raise TypeError(f"Cannot overwrite attribute __delattr__ in class {cls.__name__}")

    hash_names = [f.name for f in real_fields
                  if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        cls.__hash__ = _make_hash(hash_names)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(hash_names)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if match_args:
        _set_new_attribute(cls, "__match_args__",
                           tuple(f.name for f in _init_fields(field_list) if f.init and not f.kw_only))
    return cls


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return (f"_DataclassParams(init={self.init!r},repr={self.repr!r},eq={self.eq!r},"
                f"order={self.order!r},unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})")


# Usable bare (@dataclass) or with options (@dataclass(order=True)).
def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    if order and not eq:
        raise ValueError("eq must be true if order is true")

    def wrap(cls):
        cls = _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
        if slots:
            cls = _with_slots(cls, weakref_slot)
        return cls

    if cls is None:
        return wrap
    return wrap(cls)


# slots=True: a class's __slots__ can only be set when it is created, so the class is made
# again from its namespace, with a slot per field not already a slot of a base and without
# the fields' defaults (which would clash with the slots; __init__ has them).
def _with_slots(cls, weakref_slot):
    names = [f.name for f in fields(cls)]
    inherited = set()
    for base in cls.__mro__[1:-1]:
        base_slots = base.__dict__.get("__slots__", ())
        inherited.update((base_slots,) if isinstance(base_slots, str) else base_slots)
    wanted = names + (["__weakref__"] if weakref_slot else [])
    ns = dict(cls.__dict__)
    ns["__slots__"] = tuple(n for n in wanted if n not in inherited)
    for name in names + ["__dict__", "__weakref__"]:
        ns.pop(name, None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, ns)
    new_cls.__qualname__ = cls.__qualname__
    return new_cls


# ---- helpers -------------------------------------------------------------------------------

def fields(class_or_instance):
    try:
        all_fields = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in all_fields.values() if f._field_type == _FIELD)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


# Recursively converts dataclass instances, lists, tuples and dicts ('factory' builds the dicts).
def _convert(obj, factory, as_tuple):
    if _is_dataclass_instance(obj):
        if as_tuple:
            return factory([_convert(getattr(obj, f.name), factory, True) for f in fields(obj)])
        return factory([(f.name, _convert(getattr(obj, f.name), factory, False)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_convert(v, factory, as_tuple) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory, as_tuple) for v in obj)
    if isinstance(obj, dict):
        items = [(_convert(k, factory, as_tuple), _convert(v, factory, as_tuple)) for k, v in obj.items()]
        if hasattr(type(obj), "default_factory"):
            result = type(obj)(obj.default_factory)
            for k, v in items:
                result[k] = v
            return result
        return type(obj)(items)
    return obj


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory, False)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, tuple_factory, True)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type == _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type == _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


# make_dataclass(cls_name, fields): fields are names, (name, type) or (name, type, Field).
def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **options):
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = "typing.Any"
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns["__annotations__"] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **options)
