# Operator precedence: ** binds tighter than unary minus, not binds looser than ==.
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2, 2 * 3 + 4, 2 * (3 + 4))
print(not 1 == 2, 1 + 2 == 3 and 4 > 3, 7 // 2 * 2, 10 - 4 - 3)
print(1 | 2 ^ 3 & 4, 1 << 2 + 1, ~0 + 1, 5 % 3 * 2)
