# math module: constants, sqrt, floor/ceil, gcd, factorial, isclose, hypot, log.
import math

print(math.pi, math.e, math.inf, math.tau)
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7))
print(math.gcd(48, 18), math.factorial(12), math.comb(5, 2), math.perm(5, 2))
print(math.isclose(0.1 + 0.2, 0.3), math.hypot(3, 4), math.log(math.e), math.log10(1000), math.log2(8))
print(math.fsum([0.1] * 10), math.isqrt(99), math.copysign(3, -0.0), math.fabs(-4))
