// BigInt: arbitrary-precision signed integers for Python's int once a value leaves int64.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ls::num {

// CPython 3.12's default sys.get_int_max_str_digits(): decimal conversions of ints with more
// digits than this raise ValueError (see int_digits_limit_message()).
constexpr int64_t k_int_max_str_digits = 4300;

// Why an operation produced no value. The caller turns it into the Python exception.
enum class IntError {
    None,
    ZeroDivision,  // ZeroDivisionError (message depends on the operator, caller's choice)
    Overflow,      // OverflowError: "int too large to convert to float" / "integer division result too large for a float"
    TooManyDigits, // ValueError: int_digits_limit_message()
    Invalid,       // ValueError: invalid literal / bad base (caller words it)
};

// Sign-magnitude integer: 'm_mag' holds base-2**32 limbs, least significant first, with no
// high zero limbs (zero is an empty vector and is never negative).
class BigInt {
public:
    BigInt() = default;
    BigInt(int64_t value); // NOLINT: implicit on purpose, ints mix freely
    static BigInt from_uint64(uint64_t value);

    // Python int(text, base) rules: surrounding whitespace, one sign, base 0 auto-detects
    // 0x/0o/0b (and refuses leading zeros in decimal like "012"), base 16/8/2 accept their
    // prefix, underscores only between digits (and after a prefix). 'base' is 0 or 2..36.
    // Returns nullopt when the text is not a valid literal; sets '*error' to TooManyDigits
    // (when 'error' is given) for decimal text longer than k_int_max_str_digits digits.
    static std::optional<BigInt> from_string(std::string_view text, int base = 10, IntError* error = nullptr);
    // int(x) for a finite double: truncates toward zero. The caller rejects inf/nan.
    static BigInt from_double(double value);

    // Digits in 'base' (2, 8, 10, 16, or any 2..36), lowercase, with '-' for negatives and no
    // prefix. Fast for large values (2**100000 converts in milliseconds).
    std::string to_string(int base = 10) const;
    // Decimal text honouring CPython's 4300-digit limit: nullopt when it would be exceeded.
    std::optional<std::string> to_decimal_limited(int64_t max_digits = k_int_max_str_digits) const;

    bool fits_int64() const;
    int64_t to_int64() const; // only when fits_int64()
    // Correctly rounded (half to even); nullopt when too large ("int too large to convert to float").
    std::optional<double> to_double() const;

    bool is_zero() const { return m_mag.empty(); }
    bool is_negative() const { return m_negative; }
    int sign() const { return m_mag.empty() ? 0 : (m_negative ? -1 : 1); }
    bool is_odd() const { return !m_mag.empty() && (m_mag[0] & 1); }
    int64_t bit_length() const;
    int compare(const BigInt& other) const; // -1, 0, 1
    int64_t hash() const;                   // Python's hash(int): modulus 2**61-1, -1 becomes -2

    BigInt operator-() const;
    BigInt abs() const;
    friend BigInt operator+(const BigInt& a, const BigInt& b);
    friend BigInt operator-(const BigInt& a, const BigInt& b);
    friend BigInt operator*(const BigInt& a, const BigInt& b);
    friend bool operator==(const BigInt& a, const BigInt& b) { return a.compare(b) == 0; }
    friend bool operator<(const BigInt& a, const BigInt& b) { return a.compare(b) < 0; }

    // Python floor division and modulo; false (outputs untouched) when 'b' is zero.
    static bool divmod(const BigInt& a, const BigInt& b, BigInt* quotient, BigInt* remainder);
    // Python's int / int, correctly rounded: IntError::ZeroDivision or IntError::Overflow on failure.
    static std::optional<double> true_divide(const BigInt& a, const BigInt& b, IntError* error);

    // a ** exponent (exponent >= 0).
    static BigInt pow(const BigInt& base, uint64_t exponent);
    // pow(base, exponent, mod) for exponent >= 0; false when 'mod' is zero. The result has the
    // sign of 'mod' like Python. (Negative exponents need a modular inverse: see mod_inverse.)
    static bool pow_mod(const BigInt& base, const BigInt& exponent, const BigInt& mod, BigInt* out);
    // Inverse of 'a' modulo 'mod' (for pow(a, -n, mod)); false when not invertible
    // ("base is not invertible for the given modulus").
    static bool mod_inverse(const BigInt& a, const BigInt& mod, BigInt* out);

    BigInt shl(uint64_t count) const; // self << count
    BigInt shr(uint64_t count) const; // self >> count (floors for negatives)
    friend BigInt operator&(const BigInt& a, const BigInt& b);
    friend BigInt operator|(const BigInt& a, const BigInt& b);
    friend BigInt operator^(const BigInt& a, const BigInt& b);
    BigInt operator~() const; // -(self + 1)

    // Raw access to the magnitude (base 2**32, least significant first) for hashing/serializing.
    const std::vector<uint32_t>& limbs() const { return m_mag; }
    static BigInt from_limbs(std::vector<uint32_t> limbs, bool negative);

private:
    void trim();
    bool m_negative = false;     // sign; false for zero
    std::vector<uint32_t> m_mag; // magnitude, base 2**32, little endian, no high zero limbs
};

// ValueError text for the digit limit, e.g. for to_string of a huge int.
std::string int_digits_limit_message();
// ValueError text when parsing text with 'digits' digits (int("1"*5000)).
std::string int_digits_limit_parse_message(int64_t digits);

} // namespace ls::num
