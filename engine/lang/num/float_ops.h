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

} // namespace ls::num
