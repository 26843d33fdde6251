# Attribute sites that see instances whose dicts hold the same names in different orders,
# names deleted and added again, keys that are equal strings but not the identifier itself,
# and dicts replaced or cleared from outside. Every read and write must find the right slot.
class Point:
    def __init__(self, x, y, first_y=False):
        if first_y:
            self.y = y
            self.x = x
        else:
            self.x = x
            self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


points = [Point(i, -i * 2, first_y=(i % 3 == 0)) for i in range(12)]
print([p.norm1() for p in points])
for p in points:
    p.x += 1
    p.y -= 1
print([(p.x, p.y) for p in points[:4]])

# Delete and re-add: the entry moves to the end of the dict.
p = points[1]
del p.x
print(sorted(vars(p)), hasattr(p, "x"))
p.x = 100
print(list(vars(p)), p.x, p.y, p.norm1())

# A key built at run time is equal to the name but a different string object.
q = Point(3, 4)
name = "".join(["x"])
setattr(q, name, 30)
q.__dict__["y" + ""] = 40
print(q.x, q.y, q.norm1())
vars(q).clear()
try:
    q.norm1()
except AttributeError as e:
    print("AttributeError:", e)
q.__dict__.update({"y": 1, "x": 2})
print(q.norm1(), list(vars(q)))

# Many attributes (the class learns a larger dict size), then a small instance again.
class Bag:
    def __init__(self, n):
        for i in range(n):
            setattr(self, f"a{i}", i)
        self.total = n

bags = [Bag(n) for n in (1, 20, 3, 0)]
print([b.total for b in bags], len(vars(bags[1])), sum(getattr(bags[1], f"a{i}") for i in range(20)))

# Shadowing a method on one instance only.
class Greeter:
    def hello(self):
        return "class hello"

g1, g2 = Greeter(), Greeter()
g2.hello = lambda: "instance hello"
print([g.hello() for g in (g1, g2, g1, g2)])
del g2.hello
print([g.hello() for g in (g1, g2)])
