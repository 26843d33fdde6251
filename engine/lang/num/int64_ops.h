// Python int arithmetic on the inline int64 fast path: overflow-checked ops and floor semantics, no allocation.
#pragma once

#include <cstdint>

namespace ls::num {

// Each checked_* stores the result in '*out' and returns true, or returns false when the
// exact result does not fit int64 (the caller then redoes the operation with BigInt).
inline bool checked_add(int64_t a, int64_t b, int64_t* out) { return !__builtin_add_overflow(a, b, out); }
inline bool checked_sub(int64_t a, int64_t b, int64_t* out) { return !__builtin_sub_overflow(a, b, out); }
inline bool checked_mul(int64_t a, int64_t b, int64_t* out) { return !__builtin_mul_overflow(a, b, out); }
inline bool checked_neg(int64_t a, int64_t* out) { return !__builtin_sub_overflow(int64_t{0}, a, out); }

// Python's a // b (rounds toward negative infinity). 'b' must not be 0 (ZeroDivisionError is
// the caller's). Returns false only for INT64_MIN // -1, whose result needs a BigInt.
inline bool floor_div(int64_t a, int64_t b, int64_t* out) {
    if (b == -1) return checked_neg(a, out);
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    *out = q;
    return true;
}

// Python's a % b: the result has the sign of 'b'. 'b' must not be 0. Never overflows.
inline int64_t floor_mod(int64_t a, int64_t b) {
    if (b == -1) return 0;
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}

// a << n for n >= 0; false when the result does not fit int64.
inline bool checked_lshift(int64_t a, int64_t n, int64_t* out) {
    if (a == 0) { *out = 0; return true; }
    if (n >= 63) return false;
    int64_t r = static_cast<int64_t>(static_cast<uint64_t>(a) << n);
    if ((r >> n) != a) return false;
    *out = r;
    return true;
}

// a >> n for n >= 0 (arithmetic: floors, like Python).
inline int64_t rshift(int64_t a, int64_t n) { return n >= 63 ? (a < 0 ? -1 : 0) : (a >> n); }

// a ** n for n >= 0 by repeated squaring; false on overflow.
inline bool checked_pow(int64_t a, int64_t n, int64_t* out) {
    int64_t result = 1;
    int64_t base = a;
    while (true) {
        if (n & 1) {
            if (!checked_mul(result, base, &result)) return false;
        }
        n >>= 1;
        if (n == 0) break;
        if (!checked_mul(base, base, &base)) return false;
    }
    *out = result;
    return true;
}

// Number of bits in abs(a), excluding sign and leading zeros (int.bit_length()).
inline int bit_length(int64_t a) {
    uint64_t m = a < 0 ? (uint64_t{0} - static_cast<uint64_t>(a)) : static_cast<uint64_t>(a);
    return m == 0 ? 0 : 64 - __builtin_clzll(m);
}

} // namespace ls::num
