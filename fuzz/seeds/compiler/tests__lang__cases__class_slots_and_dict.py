# __dict__ holds instance attributes; __slots__ restricts them.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Free:
    def __init__(self):
        self.a = 1
f = Free()
f.b = 2
print(f.__dict__)
