# IntEnum and StrEnum members are ints and strs (str() and format() give the value); auto()
# numbers members from 1 (one more than the last value) or, in a StrEnum, lower-cases names.
from enum import Enum, IntEnum, StrEnum, auto


class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()


print(repr(Priority.LOW), str(Priority.LOW), f'{Priority.HIGH:>4}|', Priority.LOW + 1)
print(Priority.LOW == 1, Priority(2), Priority.__members__, Priority.HIGH > Priority.LOW)
print(sorted([Priority.HIGH, Priority.LOW]), max(Priority), hash(Priority.LOW) == hash(1))
print(type(Priority.LOW.value), Priority.MEDIUM.name, [p.value for p in Priority])


class Mixed(Enum):
    X = auto()
    Y = 10
    Z = auto()


print(list(Mixed), Mixed.Z.value)


class Method(StrEnum):
    GET = auto()
    POST = 'post'


print(repr(Method.GET), str(Method.GET), Method.GET == 'get', Method.POST.upper(), f'{Method.POST}')
print(Method('get') is Method.GET, 'get' in Method, [m.value for m in Method])
