// Builtins behaviour checked against CPython 3.12 output: numbers.
#include "tests/builtins/run_program.h"

using ls::test::check_program;

TEST_CASE("int methods and attributes") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

t(lambda: (255).bit_length())
t(lambda: (-1).bit_length())
t(lambda: (2**100).bit_length())
t(lambda: (7).bit_count())
t(lambda: (5).conjugate())
t(lambda: (5).real)
t(lambda: (5).imag)
t(lambda: (5).numerator)
t(lambda: (5).denominator)
t(lambda: True.real)
t(lambda: (3).as_integer_ratio())
t(lambda: (3).is_integer())
)py",
                R"py(8
1
101
3
5
5
0
5
1
1
(3, 1)
True
)py");
}

TEST_CASE("float methods") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

t(lambda: (2.0).is_integer())
t(lambda: (2.5).is_integer())
t(lambda: (0.5).as_integer_ratio())
t(lambda: (-0.75).as_integer_ratio())
t(lambda: (2.5).real)
t(lambda: (2.5).imag)
t(lambda: (2.5).conjugate())
)py",
                R"py(True
False
(1, 2)
(-3, 4)
2.5
0.0
2.5
)py");
}

TEST_CASE("math functions and constants") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

import math
print(math.pi, math.e, math.inf, math.tau)
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7))
print(math.gcd(48, 18), math.factorial(25), math.comb(5, 2), math.perm(5, 2), math.lcm(4, 6))
print(math.isclose(0.1 + 0.2, 0.3), math.hypot(3, 4), math.log(math.e), math.log10(1000), math.log2(8))
print(math.fsum([0.1] * 10), math.isqrt(99), math.copysign(3, -0.0), math.fabs(-4))
print(math.log(8, 2), math.prod([1, 2, 3], start=2), math.dist((0, 0), (3, 4)), math.modf(2.5))
print(math.degrees(math.pi), math.atan2(1, 1), math.fmod(-7, 3), math.exp(0))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1.0))
)py",
                R"py(3.141592653589793 2.718281828459045 inf 6.283185307179586
4.0 1.4142135623730951 -3 3 -2
6 15511210043330985984000000 10 20 12
True 5.0 1.0 3.0 3.0
1.0 9 -3.0 4.0
3.0 12 5.0 (0.5, 2.0)
180.0 0.7853981633974483 -1.0 1.0
True True True
)py");
}

TEST_CASE("math domain and range errors") {
  check_program(R"py(def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)

import math
t(lambda: math.sqrt(-1))
t(lambda: math.sqrt('a'))
t(lambda: math.log(0))
t(lambda: math.exp(1000))
t(lambda: math.floor(float('inf')))
t(lambda: math.factorial(-1))
t(lambda: math.factorial(5.0))
t(lambda: math.comb(5, -1))
t(lambda: math.isqrt(-1))
t(lambda: math.pow(0, -1))
t(lambda: math.isclose(1, 2, rel_tol=-1))
t(lambda: math.log(2**2000))
)py",
                R"py(ValueError: math domain error
TypeError: must be real number, not str
ValueError: math domain error
OverflowError: math range error
OverflowError: cannot convert float infinity to integer
ValueError: factorial() not defined for negative values
TypeError: 'float' object cannot be interpreted as an integer
ValueError: k must be a non-negative integer
ValueError: isqrt() argument must be nonnegative
ValueError: math domain error
ValueError: tolerances must be non-negative
1386.2943611198907
)py");
}
