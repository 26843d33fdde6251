# Identity (is) versus equality (==), None checks, and membership tests.
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
result = None
print(result is None, result == None, None is None)
print(2 in [1, 2], "k" in {"k": 1}, 1 in {"k": 1}, "ell" in "hello", 3 not in (1, 2))
print(True is True, type(1) is int, isinstance(1, (str, int)))
