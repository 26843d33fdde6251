# Float repr is the shortest string that round-trips: 0.1 + 0.2 is not 0.3.
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1 / 3, 2 / 3)
print(1e22, 1e-7, 123456789.123456789, 1.0, 100.0 / 3)
print(float("inf"), -float("inf"), float("nan"))
print(float("1.5"), float("  -2e3 "), float(7), 3.0 * 1.1)
print(0.1 * 3, 1.1 + 2.2, 2.675 * 100)
