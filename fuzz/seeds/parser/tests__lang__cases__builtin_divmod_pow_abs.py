# divmod, pow with modulus and negative exponent, abs on ints/floats/bools.
minutes, seconds = divmod(3725, 60)
hours, minutes = divmod(minutes, 60)
print(f"{hours}h {minutes}m {seconds}s")
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(2, -2), pow(2.0, 3))
print(abs(-7), abs(-2.5), abs(True), abs(0), divmod(-7, 3), divmod(7, -3))
