// Python float arithmetic with Python's semantics: floor division, modulo, round(), is_integer.
#pragma once

#include <cstdint>
#include <optional>

#include "engine/lang/num/bigint.h"

namespace ls::num {

// x // y and x % y with Python's sign rules ('y' must be non-zero: ZeroDivisionError
// "float floor division by zero" / "float modulo" is the caller's).
double float_floor_div(double x, double y);
double float_mod(double x, double y);
void float_divmod(double x, double y, double* quotient, double* remainder);

bool float_is_integer(double x);

// round(x) with no ndigits: half to even, as an int. The caller rejects inf
// ("cannot convert float infinity to integer") and nan ("cannot convert float NaN to integer").
BigInt float_round_to_int(double x);

// round(x, ndigits): rounds the exact binary value half-to-even at decimal position
// 'ndigits' (negative allowed), like CPython: round(2.675, 2) == 2.67. nullopt means
// OverflowError("rounded value too large to represent"). inf/nan come back unchanged.
std::optional<double> float_round(double x, int64_t ndigits);

// Exact comparison of an int with a float, as Python does (2**53 + 1 != 2.0**53):
// -1, 0 or 1, or 2 when 'd' is nan (then only != is true).
int compare_int_float(const BigInt& i, double d);
int compare_int64_float(int64_t i, double d);

// Python's int / int for the inline ints, correctly rounded even beyond 2**53;
// nullopt when 'b' is zero ("division by zero").
std::optional<double> int64_true_divide(int64_t a, int64_t b);

// Why float ** float produced no float.
enum class FloatPowError {
    None,
    ZeroToNegative,     // ZeroDivisionError "0.0 cannot be raised to a negative power"
    NegativeToFraction, // CPython returns a complex number here; the caller reports it
    Overflow,           // OverflowError (34, 'Numerical result out of range')
};

// x ** y for floats (also int ** negative int, after converting both to float).
std::optional<double> float_pow(double x, double y, FloatPowError* error);

} // namespace ls::num
