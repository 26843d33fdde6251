# inspect: the object-kind predicates teaching code uses (isawaitable, iscoroutine, ...).
import _loopscope


def iscoroutine(obj):
    return _loopscope.iscoroutine(obj)


def iscoroutinefunction(obj):
    return _loopscope.iscoroutinefunction(obj)


def isasyncgen(obj):
    return _loopscope.isasyncgen(obj)


def isawaitable(obj):
    """True for coroutines and for objects whose class defines __await__."""
    return iscoroutine(obj) or hasattr(type(obj), "__await__")


def isclass(obj):
    return isinstance(obj, type)


def isfunction(obj):
    return type(obj).__name__ == "function"


def ismethod(obj):
    return type(obj).__name__ == "method"


def isgenerator(obj):
    return type(obj).__name__ == "generator"


def isgeneratorfunction(obj):
    return _loopscope.isgeneratorfunction(obj) if hasattr(_loopscope, "isgeneratorfunction") else False


def isasyncgenfunction(obj):
    return _loopscope.isasyncgenfunction(obj) if hasattr(_loopscope, "isasyncgenfunction") else False
