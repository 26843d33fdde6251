# Polymorphism: a list of shapes, each answering area() its own way; an abstract base raising.
class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
    def __str__(self):
        return f"{type(self).__name__} with area {self.area():.2f}"

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

for shape in [Square(2), Circle(1), Square(1.5)]:
    print(shape)
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
