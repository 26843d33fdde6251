# Tuples: one-element tuples need a comma, they are immutable, and compare element-wise.
point = (3, 4)
single = (5,)
not_tuple = (5)
print(point, single, not_tuple, (), type(single).__name__, type(not_tuple).__name__)
print(point + single, point * 2, point.count(3), point.index(4), len(point))
print((1, 2, 3) < (1, 3), (2,) > (1, 99), (1, 2) == (1, 2))
try:
    point[0] = 9
except TypeError as e:
    print("TypeError:", e)
