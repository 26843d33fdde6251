# Tuple unpacking and swapping without a temporary variable.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "abc"
print(x, y, z)
(first, second), third = [1, 2], 3
print(first, second, third)
for i, (name, qty) in enumerate([("pen", 3), ("ink", 1)]):
    print(i, name, qty)
