// Python 3.12 hash() values (PYTHONHASHSEED=0) for str, bytes, int, float and tuple.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace ls::num {

class BigInt;

// The modulus of numeric hashes, 2**61 - 1 (sys.hash_info.modulus).
constexpr uint64_t k_hash_modulus = (uint64_t{1} << 61) - 1;
constexpr int64_t k_hash_inf = 314159; // hash(float('inf')); -inf hashes to the negative

// hash(str) for UTF-8 'text' (SipHash-1-3, zero key, over CPython's 1/2/4-byte-per-char form).
int64_t hash_str(std::string_view utf8);
// hash(bytes) for raw 'data'.
int64_t hash_bytes(std::string_view data);
// hash(int)
int64_t hash_int64(int64_t value);
int64_t hash_bigint(const BigInt& value);
// hash(float) for finite values and infinities. For nan CPython hashes the object identity:
// the caller must not call this with nan.
int64_t hash_double(double value);
// hash(tuple) from the hashes of its items (CPython 3.12's xxHash-style mix).
int64_t hash_tuple(const int64_t* item_hashes, size_t count);

} // namespace ls::num
