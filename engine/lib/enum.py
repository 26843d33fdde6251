# enum: Enum, IntEnum, StrEnum, auto and unique, as CPython 3.12 shows and looks them up.
#
# The class statement of an enum runs EnumType.__new__ with the class body's namespace: every
# plain value in it (not a dunder, _sunder_ name, function or other descriptor) becomes a
# member, an instance of the class made once, in definition order. A value seen before makes
# an alias of the first member with that value.
#
# Index: auto, EnumType (the metaclass: building members, lookups, iteration), Enum, IntEnum,
#        StrEnum, unique.

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'ReprEnum', 'auto', 'unique']


class auto:
    """A member value chosen by the class: one more than the last value (1 first), or, in a
    StrEnum, the member's name in lower case."""

    def __init__(self):
        self.value = None

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


# Only names of this form belong to the enum machinery, never members.
def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


_function = type(_is_dunder)


def _is_member_value(name, value):
    if _is_dunder(name) or _is_sunder(name):
        return False
    if name.startswith('_') and '__' in name:  # a private name, mangled: _Color__secret
        return False
    if isinstance(value, (_function, classmethod, staticmethod, property)) or hasattr(value, '__get__'):
        return False
    return not isinstance(value, type)


# The first base that is not an enum (int for IntEnum, str for StrEnum, object otherwise).
def _member_type(bases):
    for base in bases:
        for klass in base.__mro__:
            if klass is object or isinstance(klass, EnumType):
                continue
            return klass
    return object


class EnumType(type):
    """The metaclass of every enum: makes the members, and gives the class len(), iteration,
    `in`, lookup by value (Color(1)) and by name (Color['RED'])."""

    def __new__(mcls, name, bases, namespace, **kwds):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (name, base))
        generate = namespace.get('_generate_next_value_')
        if generate is None:
            for base in bases:
                generate = getattr(base, '_generate_next_value_', None)
                if generate is not None:
                    break
        elif isinstance(generate, staticmethod):
            generate = generate.__func__
        # Members leave the namespace: the class gets the member objects instead.
        members = []
        last_values = []
        for key, value in list(namespace.items()):
            if not _is_member_value(key, value):
                continue
            if isinstance(value, auto):
                value.value = generate(key, 1, len(members), last_values[:])
                value = value.value
            members.append((key, value))
            last_values.append(value)
            del namespace[key]
        member_new = namespace.get('__new__')
        if member_new is None:
            for base in bases:
                for klass in base.__mro__:
                    if isinstance(klass, EnumType) and '__new__' in klass.__dict__:
                        member_new = klass.__dict__['__new__']
                        break
                if member_new is not None:
                    break
        if isinstance(member_new, staticmethod):
            member_new = member_new.__func__
        cls = super().__new__(mcls, name, bases, namespace, **kwds)
        type.__setattr__(cls, '_member_names_', [])
        type.__setattr__(cls, '_member_map_', {})
        type.__setattr__(cls, '_value2member_map_', {})
        mtype = _member_type(bases)
        type.__setattr__(cls, '_member_type_', mtype)
        for key, value in members:
            cls._add_member(key, value, mtype, member_new)
        return cls

    def _add_member(cls, key, value, mtype, member_new):
        """Makes member `key` (or an alias of the member already holding `value`)."""
        args = value if isinstance(value, tuple) else (value,)
        if member_new is not None:
            member = member_new(cls, *args)
        elif mtype is object:
            member = object.__new__(cls)
        else:
            member = mtype.__new__(cls, *args)
        if not hasattr(member, '_value_'):
            member._value_ = value if mtype is object else mtype(*args)
        value = member._value_
        for existing in cls._member_map_.values():
            if existing._value_ == value:
                cls._member_map_[key] = existing
                type.__setattr__(cls, key, existing)
                return
        member._name_ = key
        member.__init__(*args)
        cls._member_names_.append(key)
        cls._member_map_[key] = member
        try:
            cls._value2member_map_.setdefault(value, member)
        except TypeError:
            pass  # an unhashable value: found by a scan instead
        type.__setattr__(cls, key, member)

    # Color(1) finds a member by value; Enum('Name', 'A B') makes a new enum class.
    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is not None:
            return cls._create_(value, names, start=start)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))

    def _create_(cls, class_name, names, *, start=1):
        """The functional API: names as 'A B', 'A,B', a list of names or of (name, value)."""
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        namespace = {}
        items = list(names.items()) if isinstance(names, dict) else list(names)
        last_values = []
        for count, item in enumerate(items):
            if isinstance(item, str):
                value = cls._generate_next_value_(item, start, count, last_values[:])
                key = item
            else:
                key, value = item
            namespace[key] = value
            last_values.append(value)
        return EnumType(class_name, (cls,), namespace)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    # 3.12: a member, or a value of one of the members.
    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        for member in cls._member_map_.values():
            if member._value_ == value:
                return True
        return False

    def __bool__(cls):
        return True

    def __repr__(cls):
        return '<enum %r>' % cls.__name__

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot delete member %r' % name)
        super().__delattr__(name)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Base of enumerations: members have a name and a value, compare by identity and hash by
    name; repr <Color.RED: 1>, str Color.RED."""

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        if self._member_type_ is object:
            shown = repr(self._value_)
        else:
            shown = self._member_type_.__repr__(self)
        return '<%s.%s: %s>' % (type(self).__name__, self._name_, shown)

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce_ex__(self, protocol):
        return (type(self), (self._value_,))


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its member type (IntEnum, StrEnum)."""

    def __str__(self):
        return self._member_type_.__str__(self)

    def __format__(self, spec):
        return format(self._member_type_(self), spec)


class IntEnum(int, ReprEnum):
    """An enum whose members are ints: they compare and compute as their values."""

    def __repr__(self):
        return '<%s.%s: %s>' % (type(self).__name__, self._name_, int.__repr__(self))

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return format(int(self), spec)

    __hash__ = int.__hash__


class StrEnum(str, ReprEnum):
    """An enum whose members are strs; auto() gives the lower-cased member name."""

    def __new__(cls, *values):
        if len(values) != 1 or not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        member = str.__new__(cls, values[0])
        member._value_ = values[0]
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __repr__(self):
        return '<%s.%s: %s>' % (type(self).__name__, self._name_, str.__repr__(self))

    def __str__(self):
        return str.__str__(self)

    def __format__(self, spec):
        return format(str.__str__(self), spec)

    __hash__ = str.__hash__


def unique(enumeration):
    """Class decorator: ValueError when two member names share a value (an alias)."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration
