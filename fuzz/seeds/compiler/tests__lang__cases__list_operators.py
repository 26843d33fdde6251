# List + and *, membership, comparison and equality, and the in-place += extending.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
print([0] * 4, [1, 2] * 2, 3 in a, [1, 2] < [1, 3], [1, 2] == [1, 2])
print([] or "empty", len([[]]), list("abc"), list(range(3)))
