# str.format with positional, numbered, keyword, attribute and index fields.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(3, 4)
print("{} and {}".format("left", "right"))
print("{1} before {0}".format("second", "first"))
print("{name} is {age}".format(name="Ann", age=31))
print("x={0.x}, y={0.y}".format(p))
print("first={0[0]}, key={1[k]}".format([10, 20], {"k": "v"}))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{{literal}} {0!r}".format("q"))
