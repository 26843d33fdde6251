# Positional-only parameters before / cannot be passed by keyword.
def ratio(numerator, denominator, /, precision=2):
    return round(numerator / denominator, precision)

print(ratio(1, 3), ratio(2, 3, 4), ratio(2, 3, precision=1))
try:
    ratio(numerator=1, denominator=3)
except TypeError as e:
    print("TypeError:", e)
def both(a, /, b, *, c):
    return a + b + c
print(both(1, 2, c=3), both(1, b=2, c=3))
