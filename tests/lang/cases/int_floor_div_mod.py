# Floor division and modulo round toward negative infinity; divmod agrees with them.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-1 % 60, -61 // 60, (-10) ** 2, -10 ** 2)
print(7 / 2, -7 / 2, 6 / 3)
