# Augmented assignment operators on numbers, strings, lists, attributes and subscripts.
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 3; n %= 7
print(n)
s = "ab"
s *= 3
print(s)
x = 0b1100
x &= 0b1010; x |= 1; x ^= 0b11; x <<= 2; x >>= 1
print(x)
class Counter:
    pass
c = Counter()
c.total = 1
c.total += 41
totals = {"a": 1}
totals["a"] += 9
print(c.total, totals)
f = 7.0
f /= 2
print(f)
