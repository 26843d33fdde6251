// Python float arithmetic: floor division and modulo with Python's sign rules, round(), is_integer.
#include "engine/lang/num/float_ops.h"

#include <cmath>

namespace ls::num {

// fmod is exact; the quotient is then recovered from (x - mod) / y and snapped to the
// nearest integer, because that division may be off by a rounding error.
void float_divmod(double x, double y, double* quotient, double* remainder) {
    double mod = std::fmod(x, y);
    double div = (x - mod) / y;
    if (mod != 0) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, y);
    }
    double floordiv;
    if (div != 0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = std::copysign(0.0, x / y);
    }
    if (quotient) *quotient = floordiv;
    if (remainder) *remainder = mod;
}

double float_floor_div(double x, double y) {
    double q = 0;
    float_divmod(x, y, &q, nullptr);
    return q;
}

double float_mod(double x, double y) {
    double r = 0;
    float_divmod(x, y, nullptr, &r);
    return r;
}

bool float_is_integer(double x) { return std::isfinite(x) && std::floor(x) == x; }

BigInt float_round_to_int(double x) {
    // nearbyint uses the default rounding mode, round-half-to-even.
    return BigInt::from_double(std::nearbyint(x));
}

namespace {

// num / den rounded half to even (den > 0).
BigInt div_round_half_even(const BigInt& num, const BigInt& den) {
    BigInt q, r;
    BigInt::divmod(num, den, &q, &r);
    int c = r.shl(1).compare(den);
    if (c > 0 || (c == 0 && q.is_odd())) q = q + BigInt(1);
    return q;
}

} // namespace

// Works on the exact value x = M * 2**E: scales by 10**ndigits with integers, rounds once,
// and scales back with a correctly rounded division.
std::optional<double> float_round(double x, int64_t ndigits) {
    if (!std::isfinite(x) || x == 0) return x;
    if (ndigits > 323) return x;
    if (ndigits < -308) return 0.0 * x;
    int exp = 0;
    double frac = std::frexp(x, &exp);
    int64_t mant = static_cast<int64_t>(std::ldexp(frac, 53));
    int e = exp - 53;
    BigInt m(mant);
    double result;
    if (ndigits >= 0) {
        if (e >= 0) return x;
        BigInt p = BigInt::pow(BigInt(10), static_cast<uint64_t>(ndigits));
        BigInt q = div_round_half_even(m * p, BigInt(1).shl(static_cast<uint64_t>(-e)));
        IntError err = IntError::None;
        auto d = BigInt::true_divide(q, p, &err);
        if (!d) return std::nullopt;
        result = *d;
    } else {
        BigInt p = BigInt::pow(BigInt(10), static_cast<uint64_t>(-ndigits));
        BigInt q = e >= 0 ? div_round_half_even(m.shl(static_cast<uint64_t>(e)), p)
                          : div_round_half_even(m, p.shl(static_cast<uint64_t>(-e)));
        auto d = (q * p).to_double();
        if (!d) return std::nullopt;
        result = *d;
    }
    if (result == 0) return std::copysign(0.0, x);
    return result;
}

int compare_int_float(const BigInt& i, double d) {
    if (std::isnan(d)) return 2;
    if (std::isinf(d)) return d > 0 ? -1 : 1;
    double fl = std::floor(d);
    int c = i.compare(BigInt::from_double(fl));
    if (fl == d) return c;
    // d lies strictly between floor(d) and floor(d) + 1.
    return c <= 0 ? -1 : 1;
}

int compare_int64_float(int64_t i, double d) {
    const int64_t exact = int64_t{1} << 53;
    if (i > -exact && i < exact) {
        double x = static_cast<double>(i);
        if (std::isnan(d)) return 2;
        return x < d ? -1 : (x > d ? 1 : 0);
    }
    return compare_int_float(BigInt(i), d);
}

std::optional<double> int64_true_divide(int64_t a, int64_t b) {
    if (b == 0) return std::nullopt;
    const int64_t exact = int64_t{1} << 53;
    if (a > -exact && a < exact && b > -exact && b < exact) return static_cast<double>(a) / static_cast<double>(b);
    IntError err = IntError::None;
    return BigInt::true_divide(BigInt(a), BigInt(b), &err);
}

std::optional<double> float_pow(double x, double y, FloatPowError* error) {
    *error = FloatPowError::None;
    if (x == 0 && y < 0 && !std::isinf(y)) {
        *error = FloatPowError::ZeroToNegative;
        return std::nullopt;
    }
    if (x < 0 && std::isfinite(x) && std::isfinite(y) && std::floor(y) != y) {
        *error = FloatPowError::NegativeToFraction;
        return std::nullopt;
    }
    double r = std::pow(x, y);
    if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) {
        *error = FloatPowError::Overflow;
        return std::nullopt;
    }
    return r;
}

} // namespace ls::num
