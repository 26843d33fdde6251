# Float arithmetic corner cases: floor division, modulo sign, int conversion, is_integer.
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(2 ** 0.5, 2 ** -1, (-8) ** 2, 10 / 4)
print((3.0).is_integer(), (3.2).is_integer(), int(2.9e3))
print(abs(-2.5), max(1, 2.0), min(3, 2.0), 1e308 * 10)
print(divmod(7.5, 2))
