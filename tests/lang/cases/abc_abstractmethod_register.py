# abc: a class with abstract methods left cannot be instantiated (CPython's TypeError names
# them); abstract properties and classmethods count; register() makes virtual subclasses.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def perimeter(self): ...

    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class FullSquare(Square):
    def perimeter(self):
        return 4 * self.side


for cls in (Shape, Square):
    try:
        cls(2)
    except TypeError as exc:
        print(exc)
s = FullSquare(3)
print(s.describe(), s.perimeter(), isinstance(s, Shape), issubclass(FullSquare, ABC))
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__, FullSquare.__abstractmethods__)


class Named(ABC):
    @property
    @abstractmethod
    def name(self): ...

    @classmethod
    @abstractmethod
    def make(cls): ...


try:
    Named()
except TypeError as exc:
    print(exc)


class Plugin(metaclass=ABCMeta):
    pass


class Local:
    pass


Plugin.register(Local)
print(isinstance(Local(), Plugin), issubclass(Local, Plugin), isinstance(1, Plugin))


