// BigInt: sign-magnitude arbitrary-precision integers (base 2**32 limbs) with Python semantics.
//
// Index:
//   [magnitude helpers]  compare/add/sub/mul(Karatsuba)/divmod(Knuth D)/shift on limb vectors
//   [construction]       int64, text (Python int() rules), double
//   [conversion]         to_string, to_int64, to_double
//   [arithmetic]         + - * divmod true_divide pow pow_mod mod_inverse
//   [bits]               shifts, two's-complement bitwise ops, bit_length
#include "engine/lang/num/bigint.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "engine/lang/num/hash.h"

namespace ls::num {

namespace {

using Mag = std::vector<uint32_t>;

// ---- [magnitude helpers] --------------------------------------------------------------

void trim_mag(Mag& m) {
    while (!m.empty() && m.back() == 0) m.pop_back();
}

int cmp_mag(const Mag& a, const Mag& b) {
    if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
    for (size_t i = a.size(); i-- > 0;) {
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

Mag add_mag(const Mag& a, const Mag& b) {
    const Mag& big = a.size() >= b.size() ? a : b;
    const Mag& small = a.size() >= b.size() ? b : a;
    Mag r(big.size() + 1);
    uint64_t carry = 0;
    for (size_t i = 0; i < big.size(); ++i) {
        uint64_t s = uint64_t{big[i]} + (i < small.size() ? small[i] : 0) + carry;
        r[i] = static_cast<uint32_t>(s);
        carry = s >> 32;
    }
    r[big.size()] = static_cast<uint32_t>(carry);
    trim_mag(r);
    return r;
}

// a - b where a >= b.
Mag sub_mag(const Mag& a, const Mag& b) {
    Mag r(a.size());
    int64_t borrow = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        int64_t d = int64_t{a[i]} - (i < b.size() ? int64_t{b[i]} : 0) - borrow;
        borrow = d < 0 ? 1 : 0;
        r[i] = static_cast<uint32_t>(d + (borrow << 32));
    }
    trim_mag(r);
    return r;
}

// In place: 'acc'[offset..] += 'b'. 'acc' must be long enough for the carry.
void add_into(Mag& acc, const Mag& b, size_t offset) {
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < b.size(); ++i) {
        uint64_t s = uint64_t{acc[offset + i]} + b[i] + carry;
        acc[offset + i] = static_cast<uint32_t>(s);
        carry = s >> 32;
    }
    for (size_t k = offset + i; carry != 0 && k < acc.size(); ++k) {
        uint64_t s = uint64_t{acc[k]} + carry;
        acc[k] = static_cast<uint32_t>(s);
        carry = s >> 32;
    }
}

Mag mul_school(const uint32_t* a, size_t na, const uint32_t* b, size_t nb) {
    Mag r(na + nb, 0);
    for (size_t i = 0; i < na; ++i) {
        uint64_t carry = 0;
        uint64_t ai = a[i];
        if (ai == 0) continue;
        for (size_t j = 0; j < nb; ++j) {
            uint64_t t = ai * b[j] + r[i + j] + carry;
            r[i + j] = static_cast<uint32_t>(t);
            carry = t >> 32;
        }
        r[i + nb] = static_cast<uint32_t>(carry);
    }
    trim_mag(r);
    return r;
}

constexpr size_t k_karatsuba_threshold = 48;

Mag slice(const uint32_t* p, size_t n, size_t from, size_t to) {
    to = std::min(to, n);
    if (from >= to) return {};
    Mag m(p + from, p + to);
    trim_mag(m);
    return m;
}

// Karatsuba: (a1 B + a0)(b1 B + b0) = z2 B^2 + ((a0+a1)(b0+b1) - z0 - z2) B + z0.
Mag mul_mag_raw(const uint32_t* a, size_t na, const uint32_t* b, size_t nb) {
    if (na == 0 || nb == 0) return {};
    if (std::min(na, nb) < k_karatsuba_threshold) return mul_school(a, na, b, nb);
    // Very unbalanced operands: multiply the long one in slices as long as the short one.
    if (na * 2 < nb || nb * 2 < na) {
        const uint32_t* lp = na > nb ? a : b;
        size_t ln = std::max(na, nb);
        const uint32_t* sp = na > nb ? b : a;
        size_t sn = std::min(na, nb);
        Mag r(na + nb + 1, 0);
        for (size_t off = 0; off < ln; off += sn) {
            size_t len = std::min(sn, ln - off);
            Mag part = mul_mag_raw(lp + off, len, sp, sn);
            add_into(r, part, off);
        }
        trim_mag(r);
        return r;
    }
    size_t k = std::max(na, nb) / 2;
    Mag a0 = slice(a, na, 0, k), a1 = slice(a, na, k, na);
    Mag b0 = slice(b, nb, 0, k), b1 = slice(b, nb, k, nb);
    Mag z0 = mul_mag_raw(a0.data(), a0.size(), b0.data(), b0.size());
    Mag z2 = mul_mag_raw(a1.data(), a1.size(), b1.data(), b1.size());
    Mag sa = add_mag(a0, a1), sb = add_mag(b0, b1);
    Mag z1 = mul_mag_raw(sa.data(), sa.size(), sb.data(), sb.size());
    z1 = sub_mag(sub_mag(z1, z0), z2);
    Mag r(na + nb + 1, 0);
    add_into(r, z0, 0);
    add_into(r, z1, k);
    add_into(r, z2, 2 * k);
    trim_mag(r);
    return r;
}

Mag mul_mag(const Mag& a, const Mag& b) { return mul_mag_raw(a.data(), a.size(), b.data(), b.size()); }

// Divides 'a' in place by a single limb, returning the remainder.
uint32_t divmod_small(Mag& a, uint32_t d) {
    uint64_t rem = 0;
    for (size_t i = a.size(); i-- > 0;) {
        uint64_t cur = (rem << 32) | a[i];
        a[i] = static_cast<uint32_t>(cur / d);
        rem = cur % d;
    }
    trim_mag(a);
    return static_cast<uint32_t>(rem);
}

Mag shl_mag(const Mag& a, uint64_t count) {
    if (a.empty()) return {};
    size_t limbs = count / 32;
    unsigned bits = count % 32;
    Mag r(a.size() + limbs + 1, 0);
    for (size_t i = 0; i < a.size(); ++i) {
        uint64_t v = uint64_t{a[i]} << bits;
        r[i + limbs] |= static_cast<uint32_t>(v);
        r[i + limbs + 1] |= static_cast<uint32_t>(v >> 32);
    }
    trim_mag(r);
    return r;
}

Mag shr_mag(const Mag& a, uint64_t count) {
    size_t limbs = count / 32;
    unsigned bits = count % 32;
    if (limbs >= a.size()) return {};
    Mag r(a.size() - limbs);
    for (size_t i = 0; i < r.size(); ++i) {
        uint64_t v = a[i + limbs];
        if (i + limbs + 1 < a.size()) v |= uint64_t{a[i + limbs + 1]} << 32;
        r[i] = static_cast<uint32_t>(v >> bits);
    }
    trim_mag(r);
    return r;
}

// True when any of the low 'count' bits of 'a' is set (the "sticky" bit of a right shift).
bool low_bits_nonzero(const Mag& a, uint64_t count) {
    size_t limbs = count / 32;
    for (size_t i = 0; i < limbs && i < a.size(); ++i) {
        if (a[i] != 0) return true;
    }
    unsigned bits = count % 32;
    if (bits != 0 && limbs < a.size()) return (a[limbs] & ((uint32_t{1} << bits) - 1)) != 0;
    return false;
}

int64_t bit_length_mag(const Mag& a) {
    if (a.empty()) return 0;
    return static_cast<int64_t>(a.size() - 1) * 32 + (32 - __builtin_clz(a.back()));
}

// Knuth's algorithm D (TAOCP 4.3.1): quotient and remainder of magnitudes, 'b' non-empty.
void divmod_mag(const Mag& a, const Mag& b, Mag* q, Mag* r) {
    if (cmp_mag(a, b) < 0) {
        if (q) q->clear();
        if (r) *r = a;
        return;
    }
    if (b.size() == 1) {
        Mag quot = a;
        uint32_t rem = divmod_small(quot, b[0]);
        if (q) *q = std::move(quot);
        if (r) {
            r->clear();
            if (rem) r->push_back(rem);
        }
        return;
    }
    const size_t n = b.size();
    const size_t m = a.size() - n;
    const unsigned s = __builtin_clz(b.back());
    Mag bn(n), an(a.size() + 1);
    for (size_t i = n; i-- > 0;) {
        bn[i] = (b[i] << s) | (s && i > 0 ? static_cast<uint32_t>(uint64_t{b[i - 1]} >> (32 - s)) : 0);
    }
    an[a.size()] = s ? static_cast<uint32_t>(uint64_t{a.back()} >> (32 - s)) : 0;
    for (size_t i = a.size(); i-- > 0;) {
        an[i] = (a[i] << s) | (s && i > 0 ? static_cast<uint32_t>(uint64_t{a[i - 1]} >> (32 - s)) : 0);
    }
    Mag quot(m + 1, 0);
    const uint64_t base = uint64_t{1} << 32;
    for (size_t j = m + 1; j-- > 0;) {
        uint64_t num = (uint64_t{an[j + n]} << 32) | an[j + n - 1];
        uint64_t qhat = num / bn[n - 1];
        uint64_t rhat = num % bn[n - 1];
        while (qhat >= base || qhat * bn[n - 2] > ((rhat << 32) | an[j + n - 2])) {
            --qhat;
            rhat += bn[n - 1];
            if (rhat >= base) break;
        }
        int64_t borrow = 0;
        uint64_t carry = 0;
        for (size_t i = 0; i < n; ++i) {
            uint64_t p = qhat * bn[i] + carry;
            carry = p >> 32;
            int64_t t = int64_t{an[i + j]} - static_cast<int64_t>(p & 0xffffffffu) - borrow;
            borrow = t < 0 ? 1 : 0;
            an[i + j] = static_cast<uint32_t>(t + (borrow << 32));
        }
        int64_t t = int64_t{an[j + n]} - static_cast<int64_t>(carry) - borrow;
        an[j + n] = static_cast<uint32_t>(t);
        if (t < 0) {
            // qhat was one too large: add the divisor back.
            --qhat;
            uint64_t c = 0;
            for (size_t i = 0; i < n; ++i) {
                uint64_t sum = uint64_t{an[i + j]} + bn[i] + c;
                an[i + j] = static_cast<uint32_t>(sum);
                c = sum >> 32;
            }
            an[j + n] = static_cast<uint32_t>(an[j + n] + c);
        }
        quot[j] = static_cast<uint32_t>(qhat);
    }
    trim_mag(quot);
    if (q) *q = std::move(quot);
    if (r) {
        an.resize(n);
        trim_mag(an);
        *r = shr_mag(an, s);
    }
}

Mag mag_from_u64(uint64_t v) {
    Mag m;
    if (v) m.push_back(static_cast<uint32_t>(v));
    if (v >> 32) m.push_back(static_cast<uint32_t>(v >> 32));
    return m;
}

// Multiplies 'a' in place by 'mul' and adds 'add' (single limbs): used when reading digits.
void mul_add_small(Mag& a, uint32_t mul, uint32_t add) {
    uint64_t carry = add;
    for (auto& limb : a) {
        uint64_t t = uint64_t{limb} * mul + carry;
        limb = static_cast<uint32_t>(t);
        carry = t >> 32;
    }
    if (carry) a.push_back(static_cast<uint32_t>(carry));
}

int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

// Two's-complement limbs of 'x' (sign-extended to 'n' limbs) for the bitwise operators.
Mag to_twos(const BigInt& x, size_t n) {
    Mag r(n, 0);
    const Mag& m = x.limbs();
    std::copy(m.begin(), m.end(), r.begin());
    if (x.is_negative()) {
        uint64_t carry = 1;
        for (auto& limb : r) {
            uint64_t t = uint64_t{static_cast<uint32_t>(~limb)} + carry;
            limb = static_cast<uint32_t>(t);
            carry = t >> 32;
        }
    }
    return r;
}

} // namespace

// ---- [construction] ------------------------------------------------------------------

BigInt::BigInt(int64_t value) {
    m_negative = value < 0;
    uint64_t mag = m_negative ? (uint64_t{0} - static_cast<uint64_t>(value)) : static_cast<uint64_t>(value);
    m_mag = mag_from_u64(mag);
}

BigInt BigInt::from_uint64(uint64_t value) {
    BigInt r;
    r.m_mag = mag_from_u64(value);
    return r;
}

BigInt BigInt::from_limbs(std::vector<uint32_t> limbs, bool negative) {
    BigInt r;
    r.m_mag = std::move(limbs);
    r.m_negative = negative;
    r.trim();
    return r;
}

void BigInt::trim() {
    trim_mag(m_mag);
    if (m_mag.empty()) m_negative = false;
}

std::optional<BigInt> BigInt::from_string(std::string_view text, int base, IntError* error) {
    if (error) *error = IntError::None;
    if (base != 0 && (base < 2 || base > 36)) {
        if (error) *error = IntError::Invalid;
        return std::nullopt;
    }
    size_t i = 0, end = text.size();
    while (i < end && is_space(text[i])) ++i;
    while (end > i && is_space(text[end - 1])) --end;
    bool negative = false;
    if (i < end && (text[i] == '+' || text[i] == '-')) {
        negative = text[i] == '-';
        ++i;
    }
    bool after_prefix = false;
    if (end - i >= 2 && text[i] == '0') {
        char p = static_cast<char>(text[i + 1] | 0x20);
        int prefix_base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (prefix_base != 0 && (base == 0 || base == prefix_base)) {
            base = prefix_base;
            i += 2;
            after_prefix = true;
        }
    }
    bool base0_decimal = false;
    if (base == 0) {
        base = 10;
        base0_decimal = true;
    }
    // Validate: digits, with single underscores between digits (or right after a prefix).
    std::string digits;
    digits.reserve(end - i);
    bool prev_underscore = false;
    for (size_t k = i; k < end; ++k) {
        char c = text[k];
        if (c == '_') {
            if (prev_underscore || (digits.empty() && !after_prefix)) return std::nullopt;
            prev_underscore = true;
            continue;
        }
        if (digit_value(c) >= base) return std::nullopt;
        digits.push_back(c);
        prev_underscore = false;
    }
    if (digits.empty() || prev_underscore) return std::nullopt;
    if (base0_decimal && digits.size() > 1 && digits[0] == '0') {
        // int("010", 0) is an error, but int("000", 0) is fine.
        if (digits.find_first_not_of('0') != std::string::npos) return std::nullopt;
    }
    if (base == 10 && static_cast<int64_t>(digits.size()) > k_int_max_str_digits) {
        if (error) *error = IntError::TooManyDigits;
        return std::nullopt;
    }
    BigInt r;
    if ((base & (base - 1)) == 0) {
        // Power-of-two bases: pack bits directly.
        int bits = __builtin_ctz(base);
        uint64_t total_bits = digits.size() * bits;
        r.m_mag.assign(total_bits / 32 + 1, 0);
        uint64_t pos = 0;
        for (size_t k = digits.size(); k-- > 0;) {
            uint64_t v = static_cast<uint64_t>(digit_value(digits[k]));
            size_t limb = pos / 32;
            unsigned sh = pos % 32;
            uint64_t shifted = v << sh;
            r.m_mag[limb] |= static_cast<uint32_t>(shifted);
            if ((shifted >> 32) != 0) r.m_mag[limb + 1] |= static_cast<uint32_t>(shifted >> 32);
            pos += bits;
        }
    } else {
        // Read chunks of digits that fit a limb: value = value * base**chunk + chunk_value.
        uint32_t chunk_mul = 1;
        int chunk_len = 0;
        while (uint64_t{chunk_mul} * base <= 0xffffffffu) {
            chunk_mul *= base;
            ++chunk_len;
        }
        size_t k = 0;
        size_t first = digits.size() % chunk_len;
        if (first == 0) first = chunk_len;
        while (k < digits.size()) {
            size_t take = (k == 0) ? first : chunk_len;
            uint32_t val = 0, mul = 1;
            for (size_t t = 0; t < take; ++t) {
                val = val * base + digit_value(digits[k + t]);
                mul *= base;
            }
            mul_add_small(r.m_mag, mul, val);
            k += take;
        }
    }
    r.m_negative = negative;
    r.trim();
    return r;
}

BigInt BigInt::from_double(double value) {
    double t = std::trunc(value);
    BigInt r;
    if (t == 0 || !std::isfinite(t)) return r;
    int exp = 0;
    double frac = std::frexp(std::fabs(t), &exp); // |t| = frac * 2**exp, 0.5 <= frac < 1
    uint64_t mant = static_cast<uint64_t>(std::ldexp(frac, 53));
    int shift = exp - 53;
    r.m_mag = mag_from_u64(mant);
    r.m_mag = shift >= 0 ? shl_mag(r.m_mag, shift) : shr_mag(r.m_mag, -shift);
    r.m_negative = t < 0;
    r.trim();
    return r;
}

// ---- [conversion] --------------------------------------------------------------------

std::string BigInt::to_string(int base) const {
    if (m_mag.empty()) return "0";
    static const char* k_digits = "0123456789abcdefghijklmnopqrstuvwxyz";
    std::string out;
    if ((base & (base - 1)) == 0) {
        int bits = __builtin_ctz(base);
        int64_t total = bit_length_mag(m_mag);
        for (int64_t pos = 0; pos < total; pos += bits) {
            size_t limb = pos / 32;
            unsigned sh = pos % 32;
            uint64_t v = m_mag[limb] >> sh;
            if (sh + bits > 32 && limb + 1 < m_mag.size()) v |= uint64_t{m_mag[limb + 1]} << (32 - sh);
            out.push_back(k_digits[v & (base - 1)]);
        }
    } else {
        // Peel off base**chunk at a time (one limb division pass per chunk).
        uint32_t chunk_div = 1;
        int chunk_len = 0;
        while (uint64_t{chunk_div} * base <= 0xffffffffu) {
            chunk_div *= base;
            ++chunk_len;
        }
        Mag work = m_mag;
        while (!work.empty()) {
            uint32_t rem = divmod_small(work, chunk_div);
            for (int d = 0; d < chunk_len; ++d) {
                if (work.empty() && rem == 0) break;
                out.push_back(k_digits[rem % base]);
                rem /= base;
            }
        }
    }
    if (m_negative) out.push_back('-');
    std::reverse(out.begin(), out.end());
    return out;
}

std::optional<std::string> BigInt::to_decimal_limited(int64_t max_digits) const {
    // Cheap early refusal: every 32-bit limb carries more than 9.63 decimal digits.
    if (static_cast<int64_t>(m_mag.size()) > 1 + (max_digits * 10) / 96 + 1) return std::nullopt;
    std::string s = to_string(10);
    int64_t digits = static_cast<int64_t>(s.size()) - (m_negative ? 1 : 0);
    if (digits > max_digits) return std::nullopt;
    return s;
}

bool BigInt::fits_int64() const {
    if (m_mag.size() > 2) return false;
    uint64_t v = m_mag.empty() ? 0 : m_mag[0];
    if (m_mag.size() == 2) v |= uint64_t{m_mag[1]} << 32;
    return m_negative ? v <= (uint64_t{1} << 63) : v < (uint64_t{1} << 63);
}

int64_t BigInt::to_int64() const {
    uint64_t v = m_mag.empty() ? 0 : m_mag[0];
    if (m_mag.size() >= 2) v |= uint64_t{m_mag[1]} << 32;
    return m_negative ? static_cast<int64_t>(uint64_t{0} - v) : static_cast<int64_t>(v);
}

namespace {

// Rounds 'top' (the leading bits of a magnitude; 'sticky' tells whether any bit below them
// is set) to 53 bits half-to-even and scales by 2**'exp2'. nullopt when it overflows a double.
std::optional<double> round_to_double(uint64_t top, bool sticky, int64_t exp2) {
    int bl = top == 0 ? 0 : 64 - __builtin_clzll(top);
    if (bl > 53) {
        int extra = bl - 53;
        uint64_t rem = top & ((uint64_t{1} << extra) - 1);
        uint64_t half = uint64_t{1} << (extra - 1);
        top >>= extra;
        exp2 += extra;
        if (rem > half || (rem == half && (sticky || (top & 1)))) ++top;
    }
    if (exp2 + 64 > 1100) return std::nullopt;
    double d = std::ldexp(static_cast<double>(top), static_cast<int>(exp2));
    if (std::isinf(d)) return std::nullopt;
    return d;
}

} // namespace

std::optional<double> BigInt::to_double() const {
    if (m_mag.empty()) return 0.0;
    int64_t n = bit_length_mag(m_mag);
    if (n > 1024) return std::nullopt;
    uint64_t top;
    bool sticky = false;
    int64_t exp2 = 0;
    if (n <= 64) {
        top = m_mag[0] | (m_mag.size() > 1 ? uint64_t{m_mag[1]} << 32 : 0);
    } else {
        exp2 = n - 64;
        Mag t = shr_mag(m_mag, exp2);
        top = t[0] | (uint64_t{t[1]} << 32);
        sticky = low_bits_nonzero(m_mag, exp2);
    }
    auto d = round_to_double(top, sticky, exp2);
    if (!d) return std::nullopt;
    return m_negative ? -*d : *d;
}

int64_t BigInt::bit_length() const { return bit_length_mag(m_mag); }

int BigInt::compare(const BigInt& other) const {
    if (m_negative != other.m_negative) return m_negative ? -1 : 1;
    int c = cmp_mag(m_mag, other.m_mag);
    return m_negative ? -c : c;
}

int64_t BigInt::hash() const { return hash_bigint(*this); }

// ---- [arithmetic] --------------------------------------------------------------------

BigInt BigInt::operator-() const {
    BigInt r = *this;
    if (!r.m_mag.empty()) r.m_negative = !r.m_negative;
    return r;
}

BigInt BigInt::abs() const {
    BigInt r = *this;
    r.m_negative = false;
    return r;
}

BigInt operator+(const BigInt& a, const BigInt& b) {
    BigInt r;
    if (a.m_negative == b.m_negative) {
        r.m_mag = add_mag(a.m_mag, b.m_mag);
        r.m_negative = a.m_negative;
    } else {
        int c = cmp_mag(a.m_mag, b.m_mag);
        if (c == 0) return r;
        if (c > 0) {
            r.m_mag = sub_mag(a.m_mag, b.m_mag);
            r.m_negative = a.m_negative;
        } else {
            r.m_mag = sub_mag(b.m_mag, a.m_mag);
            r.m_negative = b.m_negative;
        }
    }
    r.trim();
    return r;
}

BigInt operator-(const BigInt& a, const BigInt& b) { return a + (-b); }

BigInt operator*(const BigInt& a, const BigInt& b) {
    BigInt r;
    r.m_mag = mul_mag(a.m_mag, b.m_mag);
    r.m_negative = a.m_negative != b.m_negative;
    r.trim();
    return r;
}

bool BigInt::divmod(const BigInt& a, const BigInt& b, BigInt* quotient, BigInt* remainder) {
    if (b.m_mag.empty()) return false;
    BigInt q, r;
    divmod_mag(a.m_mag, b.m_mag, &q.m_mag, &r.m_mag);
    if (a.m_negative == b.m_negative) {
        r.m_negative = a.m_negative;
    } else if (r.m_mag.empty()) {
        q.m_negative = true;
    } else {
        // Floor: q = -(q + 1), r = |b| - r with the sign of b.
        q.m_mag = add_mag(q.m_mag, Mag{1});
        q.m_negative = true;
        r.m_mag = sub_mag(b.m_mag, r.m_mag);
        r.m_negative = b.m_negative;
    }
    q.trim();
    r.trim();
    if (quotient) *quotient = std::move(q);
    if (remainder) *remainder = std::move(r);
    return true;
}

// Scales so that the integer quotient carries 55+ significant bits (or exactly the bits a
// subnormal result keeps), then rounds once with the remainder as the sticky bit.
std::optional<double> BigInt::true_divide(const BigInt& a, const BigInt& b, IntError* error) {
    if (error) *error = IntError::None;
    if (b.m_mag.empty()) {
        if (error) *error = IntError::ZeroDivision;
        return std::nullopt;
    }
    bool negative = a.m_negative != b.m_negative;
    if (a.m_mag.empty()) return negative ? -0.0 : 0.0;
    int64_t na = bit_length_mag(a.m_mag), nb = bit_length_mag(b.m_mag);
    if (na <= 53 && nb <= 53) {
        double r = *a.to_double() / *b.to_double();
        return r;
    }
    int64_t diff = na - nb; // the quotient lies in [2**(diff-1), 2**(diff+1))
    if (diff > 1025) {
        if (error) *error = IntError::Overflow;
        return std::nullopt;
    }
    if (diff < -1080) return negative ? -0.0 : 0.0;
    // Bits below 2**-1074 are never kept; for normal results keep 55 bits.
    int64_t shift = std::max<int64_t>(diff, -1021) - 55;
    Mag num = a.m_mag, den = b.m_mag;
    if (shift < 0) num = shl_mag(num, -shift);
    else den = shl_mag(den, shift);
    Mag q, r;
    divmod_mag(num, den, &q, &r);
    uint64_t top = q.empty() ? 0 : (q[0] | (q.size() > 1 ? uint64_t{q[1]} << 32 : 0));
    bool sticky = !r.empty();
    // For subnormal results, round at the 2**-1074 boundary rather than at 53 bits.
    int bl = top == 0 ? 0 : 64 - __builtin_clzll(top);
    int64_t lowest_exp = shift;                 // exponent of top's bit 0
    int64_t keep_from = std::max<int64_t>(-1074, lowest_exp + bl - 53);
    if (keep_from > lowest_exp) {
        int extra = static_cast<int>(keep_from - lowest_exp);
        uint64_t rem = extra >= 64 ? top : (top & ((uint64_t{1} << extra) - 1));
        uint64_t half = uint64_t{1} << (extra - 1);
        uint64_t kept = extra >= 64 ? 0 : top >> extra;
        if (rem > half || (rem == half && (sticky || (kept & 1)))) ++kept;
        double d = std::ldexp(static_cast<double>(kept), static_cast<int>(keep_from));
        if (std::isinf(d)) {
            if (error) *error = IntError::Overflow;
            return std::nullopt;
        }
        return negative ? -d : d;
    }
    auto d = round_to_double(top, sticky, shift);
    if (!d) {
        if (error) *error = IntError::Overflow;
        return std::nullopt;
    }
    return negative ? -*d : *d;
}

BigInt BigInt::pow(const BigInt& base, uint64_t exponent) {
    BigInt result(1);
    if (exponent == 0) return result;
    int top = 63 - __builtin_clzll(exponent);
    for (int bit = top; bit >= 0; --bit) {
        result = result * result;
        if ((exponent >> bit) & 1) result = result * base;
    }
    return result;
}

bool BigInt::pow_mod(const BigInt& base, const BigInt& exponent, const BigInt& mod, BigInt* out) {
    if (mod.m_mag.empty()) return false;
    BigInt m = mod.abs();
    BigInt b;
    divmod(base, m, nullptr, &b);
    BigInt result(1);
    int64_t bits = exponent.bit_length();
    for (int64_t bit = bits - 1; bit >= 0; --bit) {
        result = result * result;
        divmod(result, m, nullptr, &result);
        if ((exponent.m_mag[bit / 32] >> (bit % 32)) & 1) {
            result = result * b;
            divmod(result, m, nullptr, &result);
        }
    }
    divmod(result, mod, nullptr, out);
    return true;
}

bool BigInt::mod_inverse(const BigInt& a, const BigInt& mod, BigInt* out) {
    if (mod.m_mag.empty()) return false;
    BigInt m = mod.abs();
    BigInt r0 = m, r1;
    divmod(a, m, nullptr, &r1);
    BigInt t0(0), t1(1);
    while (!r1.is_zero()) {
        BigInt q, r;
        divmod(r0, r1, &q, &r);
        BigInt t = t0 - q * t1;
        t0 = std::move(t1);
        t1 = std::move(t);
        r0 = std::move(r1);
        r1 = std::move(r);
    }
    if (!(r0 == BigInt(1))) return false;
    divmod(t0, mod, nullptr, out);
    return true;
}

// ---- [bits] --------------------------------------------------------------------------

BigInt BigInt::shl(uint64_t count) const {
    BigInt r;
    r.m_mag = shl_mag(m_mag, count);
    r.m_negative = m_negative;
    r.trim();
    return r;
}

BigInt BigInt::shr(uint64_t count) const {
    BigInt r;
    r.m_mag = shr_mag(m_mag, count);
    r.m_negative = m_negative;
    // Python floors: a negative number that lost set bits moves one further from zero.
    if (m_negative && low_bits_nonzero(m_mag, count)) r.m_mag = add_mag(r.m_mag, Mag{1});
    r.trim();
    return r;
}

namespace {

template <typename Op>
BigInt bitwise(const BigInt& a, const BigInt& b, Op op) {
    size_t n = std::max(a.limbs().size(), b.limbs().size()) + 1;
    Mag x = to_twos(a, n), y = to_twos(b, n);
    Mag z(n);
    for (size_t i = 0; i < n; ++i) z[i] = op(x[i], y[i]);
    bool negative = (z[n - 1] >> 31) != 0;
    if (negative) {
        // Back from two's complement: magnitude = ~z + 1.
        uint64_t carry = 1;
        for (auto& limb : z) {
            uint64_t t = uint64_t{static_cast<uint32_t>(~limb)} + carry;
            limb = static_cast<uint32_t>(t);
            carry = t >> 32;
        }
    }
    return BigInt::from_limbs(std::move(z), negative);
}

} // namespace

BigInt operator&(const BigInt& a, const BigInt& b) { return bitwise(a, b, [](uint32_t x, uint32_t y) { return x & y; }); }
BigInt operator|(const BigInt& a, const BigInt& b) { return bitwise(a, b, [](uint32_t x, uint32_t y) { return x | y; }); }
BigInt operator^(const BigInt& a, const BigInt& b) { return bitwise(a, b, [](uint32_t x, uint32_t y) { return x ^ y; }); }

BigInt BigInt::operator~() const { return -(*this + BigInt(1)); }

std::string int_digits_limit_message() {
    return "Exceeds the limit (4300 digits) for integer string conversion; "
           "use sys.set_int_max_str_digits() to increase the limit";
}

std::string int_digits_limit_parse_message(int64_t digits) {
    return "Exceeds the limit (4300 digits) for integer string conversion: value has " + std::to_string(digits) +
           " digits; use sys.set_int_max_str_digits() to increase the limit";
}

} // namespace ls::num
