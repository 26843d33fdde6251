// Python 3.12 hash() values with PYTHONHASHSEED=0: SipHash-1-3 for str/bytes, modular hashes for numbers, xxHash-style tuples.
#include "engine/lang/num/hash.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

#include "engine/lang/num/bigint.h"

namespace ls::num {

namespace {

inline uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

struct SipState {
    uint64_t v0, v1, v2, v3;
    void round() {
        v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32);
        v2 += v3; v3 = rotl(v3, 16); v3 ^= v2;
        v0 += v3; v3 = rotl(v3, 21); v3 ^= v0;
        v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32);
    }
};

// SipHash-1-3 (one compression round, three finalization rounds) with an all-zero key.
uint64_t siphash13(const unsigned char* data, size_t len) {
    const uint64_t k0 = 0, k1 = 0;
    SipState s{k0 ^ 0x736f6d6570736575ULL, k1 ^ 0x646f72616e646f6dULL, k0 ^ 0x6c7967656e657261ULL,
               k1 ^ 0x7465646279746573ULL};
    size_t blocks = len / 8;
    for (size_t i = 0; i < blocks; ++i) {
        uint64_t m = 0;
        for (int b = 7; b >= 0; --b) m = (m << 8) | data[i * 8 + b];
        s.v3 ^= m;
        s.round();
        s.v0 ^= m;
    }
    uint64_t last = static_cast<uint64_t>(len & 0xff) << 56;
    for (size_t b = 0; b < len % 8; ++b) last |= uint64_t{data[blocks * 8 + b]} << (8 * b);
    s.v3 ^= last;
    s.round();
    s.v0 ^= last;
    s.v2 ^= 0xff;
    s.round();
    s.round();
    s.round();
    return s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
}

int64_t finish(uint64_t h) {
    int64_t r = static_cast<int64_t>(h);
    return r == -1 ? -2 : r;
}

// Decodes one code point from UTF-8 at 'p' (lenient: a stray byte stands for itself).
char32_t next_code_point(const unsigned char*& p, const unsigned char* end) {
    unsigned char c = *p++;
    if (c < 0x80) return c;
    int extra = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
    if (extra == 0 || end - p < extra) return c;
    char32_t cp = c & (0x3f >> extra);
    for (int i = 0; i < extra; ++i) cp = (cp << 6) | (*p++ & 0x3f);
    return cp;
}

// (value * 2**shift) mod 2**61-1, for value < 2**61 and 0 <= shift < 61.
uint64_t mul_pow2_mod(uint64_t value, int shift) {
    unsigned __int128 t = static_cast<unsigned __int128>(value) << shift;
    return static_cast<uint64_t>(t % k_hash_modulus);
}

} // namespace

int64_t hash_bytes(std::string_view data) {
    if (data.empty()) return 0;
    return finish(siphash13(reinterpret_cast<const unsigned char*>(data.data()), data.size()));
}

int64_t hash_str(std::string_view utf8) {
    if (utf8.empty()) return 0;
    const auto* begin = reinterpret_cast<const unsigned char*>(utf8.data());
    const auto* end = begin + utf8.size();
    bool ascii = true;
    for (const auto* p = begin; p < end; ++p) {
        if (*p >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) return finish(siphash13(begin, utf8.size()));
    // CPython hashes its compact form: 1, 2 or 4 bytes per character by the widest character.
    char32_t widest = 0;
    size_t count = 0;
    for (const auto* p = begin; p < end; ++count) widest = std::max(widest, next_code_point(p, end));
    int width = widest < 0x100 ? 1 : widest < 0x10000 ? 2 : 4;
    std::string buf(count * width, '\0');
    size_t i = 0;
    for (const auto* p = begin; p < end;) {
        char32_t cp = next_code_point(p, end);
        for (int b = 0; b < width; ++b) buf[i++] = static_cast<char>((cp >> (8 * b)) & 0xff);
    }
    return finish(siphash13(reinterpret_cast<const unsigned char*>(buf.data()), buf.size()));
}

int64_t hash_int64(int64_t value) {
    uint64_t mag = value < 0 ? (uint64_t{0} - static_cast<uint64_t>(value)) : static_cast<uint64_t>(value);
    int64_t h = static_cast<int64_t>(mag % k_hash_modulus);
    if (value < 0) h = -h;
    return h == -1 ? -2 : h;
}

int64_t hash_bigint(const BigInt& value) {
    // Horner over the limbs, most significant first: h = (h * 2**32 + limb) mod P.
    const auto& limbs = value.limbs();
    uint64_t h = 0;
    for (size_t i = limbs.size(); i-- > 0;) {
        unsigned __int128 t = (static_cast<unsigned __int128>(h) << 32) | limbs[i];
        h = static_cast<uint64_t>(t % k_hash_modulus);
    }
    int64_t r = static_cast<int64_t>(h);
    if (value.is_negative()) r = -r;
    return r == -1 ? -2 : r;
}

// x = M * 2**E exactly with M a 53-bit integer; 2**61 == 1 (mod P) so 2**E == 2**(E mod 61).
int64_t hash_double(double value) {
    if (std::isinf(value)) return value > 0 ? k_hash_inf : -k_hash_inf;
    if (value == 0 || std::isnan(value)) return 0;
    int exp = 0;
    double frac = std::frexp(std::fabs(value), &exp);
    uint64_t mant = static_cast<uint64_t>(std::ldexp(frac, 53));
    int e = exp - 53;
    int shift = ((e % 61) + 61) % 61;
    int64_t h = static_cast<int64_t>(mul_pow2_mod(mant, shift));
    if (value < 0) h = -h;
    return h == -1 ? -2 : h;
}

int64_t hash_tuple(const int64_t* item_hashes, size_t count) {
    const uint64_t prime1 = 11400714785074694791ULL;
    const uint64_t prime2 = 14029467366897019727ULL;
    const uint64_t prime5 = 2870177450012600261ULL;
    uint64_t acc = prime5;
    for (size_t i = 0; i < count; ++i) {
        acc += static_cast<uint64_t>(item_hashes[i]) * prime2;
        acc = rotl(acc, 31);
        acc *= prime1;
    }
    acc += count ^ (prime5 ^ 3527539ULL);
    if (acc == ~uint64_t{0}) return 1546275796;
    return static_cast<int64_t>(acc);
}

} // namespace ls::num
