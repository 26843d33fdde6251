# isinstance with tuples, issubclass, type(x).__name__ and type comparisons.
values = [1, 2.0, "three", [4], (5,), {6: 6}, {7}, None, True]
for v in values:
    print(type(v).__name__, isinstance(v, (int, float)), isinstance(v, object))
print(issubclass(bool, int), issubclass(int, (str, float)), type(3) == int, type(True) is bool)
