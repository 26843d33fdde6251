# Enum: members in definition order (aliases left out), lookup by value and by name, repr/str,
# reassignment refused, @unique, _missing_, the functional API and tuple values with __init__.
from enum import Enum, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f'{self.name} is {self.value}'


print(repr(Color), repr(Color.RED), str(Color.RED), f'{Color.RED}', format(Color.RED, '>12') + '|')
print(Color.__members__)
print(list(Color), len(Color), Color.CRIMSON, Color(1), Color['GREEN'])
print(1 in Color, Color.RED in Color, 'RED' in Color, Color.RED is Color.CRIMSON)
print(Color.RED.describe(), Color.RED.name, Color.RED.value, type(Color.RED), isinstance(Color.RED, Color))
print(list(reversed(Color)), {Color.RED: 'r'}[Color.CRIMSON], Color.RED == 1, Color.RED == Color.RED)
print(hash(Color.RED) == hash('RED'), bool(Color.RED), Color._member_names_)
try:
    Color(7)
except ValueError as exc:
    print(exc)
try:
    Color['PURPLE']
except KeyError as exc:
    print(repr(exc))
try:
    Color.RED = 5
except AttributeError as exc:
    print(exc)
try:
    Color.RED < Color.GREEN
except TypeError as exc:
    print(exc)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        E = 2
except ValueError as exc:
    print(exc)
try:
    class More(Color):
        PINK = 9
except TypeError as exc:
    print(exc)


class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'

    @classmethod
    def _missing_(cls, value):
        return cls.ACTIVE if value == 'on' else None


print(Status('on'), Status('inactive'))
try:
    Status('off')
except ValueError as exc:
    print(exc)

Animal = Enum('Animal', 'CAT DOG')
print(Animal, list(Animal), list(Enum('Pair', ['LEFT', 'RIGHT'])), Animal.DOG.value)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.EARTH.value, repr(Planet.MERCURY))
for member in Color:
    print(member.name, member.value)
for name, member in Color.__members__.items():
    print(name, '->', member)
