// Unit tests for Python hash() values (PYTHONHASHSEED=0) of str, bytes, int and tuple, printed by CPython 3.12.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <string>

#include "engine/lang/num/bigint.h"
#include "engine/lang/num/hash.h"

using namespace ls::num;

namespace {

struct StrRow {
    const char* utf8;
    int64_t hash;
};
const StrRow k_str_rows[] = {
    {"abc", -4594863902769663758LL},
    {"\xc3""\xa9""", 6047309291227476195LL},
    {"\xe2""\x82""\xac""", -5529981157763016009LL},
    {"", 0LL},
    {"\xf0""\x9f""\x98""\x80""", -3536540696076613844LL},
    {"a", 4644417185603328019LL},
    {"hello world, this is longer", -3483295518001240135LL},
    {"a\xc3""\xa9""\xe2""\x82""\xac""", -5681234222116292567LL},
    {"a\xf0""\x9f""\x98""\x80""", -6970120874385731343LL},
    {"\xc3""\xbf""", 3476900567878811119LL},
    {"\xc4""\x80""b", 457701505486072078LL},
    {"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 1359644457043326220LL},
    {"asyncio", 1316996259407974083LL},
    {"Task-1", 5530850578838861744LL},
    {"\xc4""\x80""", 75343234424780393LL},
    {"\xf4""\x8f""\xbf""\xbf""", 4658154726633327932LL},
    {"mixed ascii and \xc3""\xbc"" and \xe4""\xb8""\xad""\xe6""\x96""\x87""", -1379698966758931089LL},
};

struct BytesRow {
    const char* data;
    size_t size;
    int64_t hash;
};
const BytesRow k_bytes_rows[] = {
    {"\x61\x62\x63", 3, -4594863902769663758LL},
    {"", 0, 0LL},
    {"\xff\x00\x01", 3, -8108522960132608219LL},
    {"\x68\x65\x6c\x6c\x6f\x20\x77\x6f\x72\x6c\x64", 11, -5642461784034726774LL},
};

struct TupleRow {
    int64_t items[10]; // hashes of the items
    size_t count;
    int64_t hash;
};
const TupleRow k_tuple_rows[] = {
    {{0}, 0, 5740354900026072187LL},
    {{1LL}, 1, -6644214454873602895LL},
    {{1LL, 2LL}, 2, -3550055125485641917LL},
    {{-2LL}, 1, 8078679518589016365LL},
    {{4644417185603328019LL, -3550055125485641917LL, 1152921504606846979LL}, 3, 2113150716957438954LL},
    {{1LL, 2LL, 3LL, 4LL, 5LL, 6LL, 7LL, 8LL, 9LL, 10LL}, 10, 9109727825473806502LL},
    {{5740354900026072187LL}, 1, -5486347211504344842LL},
    {{0LL, 0LL}, 2, -8458139203682520985LL},
};

struct IntRow {
    int64_t value;
    int64_t hash;
};
const IntRow k_int_rows[] = {
    {0LL, 0LL},
    {1LL, 1LL},
    {-1LL, -2LL},
    {-2LL, -2LL},
    {2305843009213693950LL, 2305843009213693950LL},
    {2305843009213693951LL, 0LL},
    {2305843009213693952LL, 1LL},
    {-2305843009213693952LL, -2LL},
    {9223372036854775807LL, 3LL},
    {INT64_MIN, -4LL},
    {12345678901234LL, 12345678901234LL},
};

} // namespace

TEST_CASE("str hashes match CPython with PYTHONHASHSEED=0") {
    for (const auto& row : k_str_rows) {
        std::string text = row.utf8;
        CAPTURE(text);
        CHECK(hash_str(text) == row.hash);
    }
}

TEST_CASE("bytes hashes match CPython") {
    for (const auto& row : k_bytes_rows) CHECK(hash_bytes(std::string_view(row.data, row.size)) == row.hash);
}

TEST_CASE("tuple hashes match CPython") {
    for (const auto& row : k_tuple_rows) CHECK(hash_tuple(row.items, row.count) == row.hash);
}

TEST_CASE("int hashes match CPython on both paths") {
    for (const auto& row : k_int_rows) {
        CAPTURE(row.value);
        CHECK(hash_int64(row.value) == row.hash);
        CHECK(BigInt(row.value).hash() == row.hash);
    }
}

TEST_CASE("integral floats hash like the equal int") {
    CHECK(hash_double(2.0) == 2);
    CHECK(hash_double(-1.0) == -2);
    CHECK(hash_double(-0.0) == 0);
    CHECK(hash_double(1.5) == 1152921504606846977LL);
    CHECK(hash_double(1e300) == BigInt::from_double(1e300).hash());
    CHECK(hash_double(-INFINITY) == -314159);
}
