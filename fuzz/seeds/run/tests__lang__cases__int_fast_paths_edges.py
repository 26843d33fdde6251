# Small-int arithmetic at the edges of 64 bits: floor division and modulo with negative operands,
# shifts (including negative counts), bit operators, and results that outgrow 64 bits.
big = 2**63 - 1
small = -2**63
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 1), (small, -1), (small, 1), (big, -1)]
for a, b in pairs:
    print(a, b, a // b, a % b, a & b, a | b, a ^ b)
for a in (1, -1, 3, big, small):
    print(a << 1, a << 62, a << 64, a >> 1, a >> 63, a >> 100)
print(big + 1, small - 1, big * 2, small * -1, small // -1, -small)
x = 5
x //= 2
x %= 2
x <<= 70
x >>= 69
x &= 6
x |= 1
x ^= 3
print(x)
for op in ("//", "%"):
    try:
        print(eval(f"1 {op} 0") if False else (1 // 0 if op == "//" else 1 % 0))
    except ZeroDivisionError as e:
        print(op, "ZeroDivisionError:", e)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1 >> -1)
except ValueError as e:
    print("ValueError:", e)
print(True + True, True * 3, 7 // True, -7 % True, True << 2)
