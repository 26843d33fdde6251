# Formatting floats: fixed, exponent, general, percent and thousands separators.
readings = [0.0, 1.5, 1234.5678, 0.000123, 98765432.1]
for r in readings:
    print(f"{r:.2f} {r:.3e} {r:g} {r:,.1f} {r:10.4g}|")
print(f"{0.4567:.1%} {1/3:.5} {2.5:.0f} {3.5:.0f} {-0.0:.1f}")
print(format(1e22, "f"), format(12.0, "g"), format(1e-5, ".2g"))
