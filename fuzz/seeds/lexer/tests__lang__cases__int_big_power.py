# Python ints have arbitrary precision: big powers and their digit counts.
big = 2 ** 100
print(big)
print(len(str(big)), big % 1000, big // 10 ** 25)
print(-(3 ** 50), 10 ** 30 + 1)
print(2 ** 64 - 1 == 18446744073709551615, (2 ** 64) * (2 ** 64) == 2 ** 128)
