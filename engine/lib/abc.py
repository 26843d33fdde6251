# abc: abstract base classes. ABCMeta refuses to instantiate a class that still has abstract
# methods (with CPython's TypeError), and answers isinstance/issubclass for classes registered
# with register() or accepted by the ABC's __subclasshook__ (collections.abc uses both).

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'update_abstractmethods', 'get_cache_token']


def abstractmethod(funcobj):
    """Mark a method abstract: a class that does not override it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


# A property or classmethod is abstract when the function it wraps is.
def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    if isinstance(value, property):
        for part in (value.fget, value.fset, value.fdel):
            if getattr(part, '__isabstractmethod__', False):
                return True
        return False
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, '__isabstractmethod__', False)
    return False


def _compute_abstracts(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


_cache_token = 0


# True when a class of cls's MRO other than object defines `name`.
def _defines(cls, name):
    for klass in cls.__mro__:
        if klass is not object and name in klass.__dict__:
            return True
    return False


def get_cache_token():
    return _cache_token


class ABCMeta(type):
    """Metaclass of abstract base classes.

    Per class: __abstractmethods__ the names still abstract; _abc_registry the classes
    registered as virtual subclasses; _abc_children the ABCs derived from this one (a class
    registered with a child is a subclass of this one too)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        cls._abc_registry = []
        cls._abc_children = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_children.append(cls)
        return cls

    # CPython's object.__new__ refuses an abstract class, after its check of the arguments.
    def __call__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            if (args or kwargs) and not _defines(cls, '__init__') and not _defines(cls, '__new__'):
                raise TypeError('%s() takes no arguments' % cls.__name__)
            names = sorted(abstracts)
            plural = 's' if len(names) > 1 else ''
            raise TypeError("Can't instantiate abstract class %s without an implementation for "
                            "abstract method%s %s"
                            % (cls.__name__, plural, ', '.join("'%s'" % n for n in names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Make `subclass` count as a subclass of this ABC (isinstance/issubclass)."""
        global _cache_token
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.append(subclass)
        _cache_token += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in subclass.__mro__:
            return True
        hook = getattr(cls, '__subclasshook__', None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            return bool(ok)
        for registered in cls._abc_registry:
            if registered in subclass.__mro__ or issubclass(subclass, registered):
                return True
        for child in cls._abc_children:
            if issubclass(subclass, child):
                return True
        return False

    def _dump_registry(cls, file=None):
        print('Class: %s.%s' % (cls.__module__, cls.__qualname__), file=file)


class ABC(metaclass=ABCMeta):
    """Base class to inherit from to make an abstract base class."""

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added to it by hand."""
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls
