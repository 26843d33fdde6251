# Fixed and exponent formats at many precisions agree digit for digit with CPython: halfway
# cases, tiny and huge magnitudes, negative zero, %-formatting and f-strings alike.
import random

random.seed(3)
values = [0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 1e-7, 123456.789, 1e22, 1.7976931348623157e308, 5e-324,
          2.675, 1.005, 0.1 + 0.2, -1234.5]
values += [random.uniform(-1e6, 1e6) for _ in range(15)]
values += [random.random() * 10 ** random.randint(-30, 30) for _ in range(15)]
specs = (".0f", ".2f", ".10f", ".25f", "f", ".0e", ".3e", ".17e", "E", ".5E", ">12.3f", "+.4f", ".3%", ".12g")
for v in values:
    print(" ".join(format(v, s) for s in specs))
    print("%.3f|%e|%.0f|%10.4E" % (v, v, v, v), f"{v:08.3f} {v:,.2f}")
print(len(format(1e308, ".5f")), format(1e308, ".5f")[:24], format(5e-324, ".340f")[-30:])
