# Chained assignment binds every target to the same object; attribute and subscript targets.
a = b = []
a.append(1)
print(a, b, a is b)
class Box:
    pass
box = Box()
box.items = data = {"k": 1}
data["k"] = 2
print(box.items)
table = [0, 0, 0]
i = 0
i, table[i] = 1, 5
print(i, table)
