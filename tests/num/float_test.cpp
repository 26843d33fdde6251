// Unit tests for float repr, float() parsing, float ops (// % round) and numeric hashes, against CPython 3.12.
#include <doctest/doctest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <string>

#include "engine/lang/num/float_format.h"
#include "engine/lang/num/float_ops.h"
#include "engine/lang/num/hash.h"

using namespace ls::num;

namespace {

struct ReprRow {
    uint64_t bits;        // the double's IEEE bits
    const char* repr;     // CPython repr()
    int64_t hash;         // CPython hash() (0 for nan, which hashes by identity)
};

const ReprRow k_repr_rows[] = {
    {0x3fd3333333333334ULL, "0.30000000000000004", 691752902764108288LL},
    {0x4341c37937e08000ULL, "1e+16", 10000000000000000LL},
    {0x3ee4f8b588e368f1ULL, "1e-05", 2170758078822671208LL},
    {0x437b69b4ba630f35ULL, "1.2345678901234568e+17", 123456789012345680LL},
    {0x0000000000000001ULL, "5e-324", 16777216LL},
    {0x0000000000000000ULL, "0.0", 0LL},
    {0x8000000000000000ULL, "-0.0", 0LL},
    {0x3ff0000000000000ULL, "1.0", 1LL},
    {0xbff8000000000000ULL, "-1.5", -1152921504606846977LL},
    {0x430c6bf526340000ULL, "1000000000000000.0", 1000000000000000LL},
    {0x4341c37937e07fffULL, "9999999999999998.0", 9999999999999998LL},
    {0x3f1a36e2eb1c432dULL, "0.0001", 936979306793984537LL},
    {0x3f202c9dedbc309dULL, "0.0001234", 1873781986013463305LL},
    {0x7fefffffffffffffULL, "1.7976931348623157e+308", 2234066890152476671LL},
    {0x0010000000000000ULL, "2.2250738585072014e-308", 32768LL},
    {0x3fd5555555555555ULL, "0.3333333333333333", 768614336404564608LL},
    {0x3fe5555555555555ULL, "0.6666666666666666", 1537228672809129216LL},
    {0x4059000000000000ULL, "100.0", 100LL},
    {0x4480f0cf064dd592ULL, "1e+22", 1864712049423028464LL},
    {0x44b52d02c7e14af6ULL, "1e+23", 200376420512344424LL},
    {0x405edd2f1a9fbe77ULL, "123.456", 1051464412201451643LL},
    {0x81a56e1fc2f8f359ULL, "-1e-300", -482449582752280463LL},
    {0x3fe0000000000000ULL, "0.5", 1152921504606846976LL},
    {0x400921f9f01b866eULL, "3.14159", 326484311674566659LL},
    {0x54b249ad2594c37dULL, "1e+100", 1822893315824342674LL},
    {0x7ff0000000000000ULL, "inf", 314159LL},
    {0xfff0000000000000ULL, "-inf", -314159LL},
    {0x7ff8000000000000ULL, "nan", 0LL},
    {0x4340000000000000ULL, "9007199254740992.0", 9007199254740992LL},
    {0x43e0000000000000ULL, "9.223372036854776e+18", 4LL},
    {0x41678c29dccccccdULL, "12345678.9", 2075258709163663694LL},
    {0xf2a74de452e6b438ULL, "-1.989032661366619e+244", -186676878386779001LL},
    {0x6513270e269e0d37ULL, "7.761117632285041e+178", 990834034945637402LL},
    {0x0c5c7fd0a6a3a450ULL, "3.980498358697587e-249", 1473954711139766438LL},
    {0xd23f0824128b2f33ULL, "-1.5432835417340557e+88", -432891481433879283LL},
    {0x1818e811892f902bULL, "1.3647584518757569e-192", 2179931349018882341LL},
    {0x9531985d5d9dc9f8ULL, "-1.3701135617873088e-206", -1153231042192727199LL},
    {0xe8e25d940ed90475ULL, "-1.7160537630466207e+197", -2107725011859911176LL},
    {0x36f675cc81e74ef5ULL, "6.294675241195386e-44", 1077768457550040890LL},
    {0x1600a35a099950d8ULL, "1.0613447212142254e-202", 91958836954509313LL},
    {0x6b0d549b6f03675aULL, "4.708325160387546e+207", 1979361975641527590LL},
    {0x3d9c172411e20b8fULL, "6.387016158513563e-12", 1288605152204339488LL},
    {0x8d116ece1738f7d9ULL, "-9.973130378568733e-246", -1130967654398522255LL},
    {0x0f21ddb66cad4a26ULL, "8.779753225680271e-236", 1643133993295548893LL},
    {0x90c192cfd3ac94afULL, "-5.795503248498993e-228", -745205302751612594LL},
    {0xf28c105d1fb17c23ULL, "-5.988180159386011e+243", -1891339186984829189LL},
    {0xa170b33839263059ULL, "-1.306052388527796e-147", -100891677872402945LL},
    {0x953f48f1a09f76b5ULL, "-2.436117699484841e-206", -721126310810351467LL},
    {0x0fd630f1f29d0da9ULL, "2.233386999150174e-232", 1341243283538544527LL},
    {0x95e60af593bd04cfULL, "-3.51527970626667e-203", -794175916740863872LL},
    {0x0cb1e29c658cda14ULL, "1.5987381841032883e-247", 491068300447914339LL},
    {0x3898d190f9ebdaccULL, "4.6678633181812096e-36", 1887605542744588312LL},
    {0x8e81973e0becd7b0ULL, "-8.441872792105456e-239", -917028291682861060LL},
    {0x2217beaddbc496cbULL, "1.9015657400796622e-144", 1544415971494069743LL},
    {0x6b4cb2424a23d596ULL, "7.370437700706684e+208", 365331202400504073LL},
    {0x8a6a63ec24ede6a4ULL, "-1.7163996725272777e-258", -475405777758693632LL},
    {0x922766581e27a1c0ULL, "-3.2367190832119987e-221", -1686131997034004480LL},
    {0x8f6d05584ef8aa38ULL, "-2.2818334634712625e-234", -1197378420909133909LL},
    {0xae97ba94d0eda82fULL, "-3.0536383926309363e-84", -1070311828956727912LL},
    {0x1a61dbe22e44158bULL, "1.3449551894627777e-181", 1119347987217908283LL},
    {0x923a736994e3bf91ULL, "-7.317495976062606e-221", -1506123301796127233LL},
    {0x301850c5a38fd547ULL, "5.249822308814304e-77", 1156343609218820771LL},
    {0x18f135d25f557203ULL, "1.5450754142984396e-188", 216324164997000080LL},
    {0xb64ce4228c38fb29ULL, "-3.953625698224792e-47", -513240071141597836LL},
    {0x907a70c31012f037ULL, "-2.72491267476498e-229", -846918636698886658LL},
    {0x9e7769b10f4205b4ULL, "-6.505141861548772e-162", -883779206192836307LL},
    {0x7f15052434b9b5dfULL, "1.441484839555994e+304", 985998069894548782LL},
    {0x881ed162ae2eb154ULL, "-1.4583679262758548e-269", -831948037256225477LL},
    {0xc6f877186d76b07eULL, "-7.939416668807721e+33", -3443173120235583LL},
    {0x7731af10506bf2efULL, "1.4255183989699612e+266", 1583428136823701825LL},
    {0xec66a78795e761d1ULL, "-1.525315701232403e+214", -261773285140291190LL},
    {0xc0f6dbf3f4c54698ULL, "-93631.24725844932", -570139166839500223LL},
    {0xc1187148066c556eULL, "-400466.0062726353", -14463712270621778LL},
    {0x4121f7aded143b60ULL, "588758.9630449824", 2220630540234062806LL},
    {0x41184a93784735a0ULL, "397988.8674591426", 2000224599698444964LL},
    {0xc11f3cfbea0a8100ULL, "-511806.9785556942", -2256395806649601854LL},
    {0x41022b7b5d383238ULL, "148847.42051734193", 969646973147825519LL},
    {0x40e89b203e7262e0ULL, "50393.00762290298", 17577217546568921LL},
    {0x4126e585fb7799d8ULL, "750274.9911468579", 2285429053278876354LL},
    {0x411c022a50c58230ULL, "458890.5788784353", 1334802793235939466LL},
    {0xc119e2f1e18140feULL, "-424124.4702196269", -1084252639497451708LL},
    {0x412d4ebb63d5186eULL, "960349.6949851641", 1602526682140288861LL},
    {0xc1274fb8e3112197ULL, "-763868.4434900758", -1022618490853107676LL},
    {0xc103fd52d9f7bbccULL, "-163754.35642954556", -821870575902425002LL},
    {0x411f63a76fbfe7ccULL, "514281.8591304987", 1981020054477068521LL},
    {0xc1253dbddc81f4e6ULL, "-696030.9306789904", -2145999643921260254LL},
    {0xc0d58e73239bda80ULL, "-22073.799048388842", -1842480141435950649LL},
    {0xc12c1fe2f8c88e77ULL, "-921585.4859051247", -1120420934907203569LL},
    {0x411488beda2eb478ULL, "336431.71306879027", 1644224685128622639LL},
    {0x412025eb77007ddeULL, "529141.7324256261", 1688858509791728373LL},
    {0x4101d41f0b604c58ULL, "146051.88055476802", 2030421056078101123LL},
};

constexpr int64_t k_no_ndigits = INT64_MIN; // round(x) without ndigits

struct RoundRow {
    double value;
    int64_t ndigits;
    const char* expected; // repr of the result, str of the int for round(x), or "OVERFLOW"
};

const RoundRow k_round_rows[] = {
    {2.675, 2, "2.67"},
    {0.125, 2, "0.12"},
    {0.375, 2, "0.38"},
    {2.5, 0, "2.0"},
    {3.5, 0, "4.0"},
    {-2.5, 0, "-2.0"},
    {1234.5678, -2, "1200.0"},
    {1250.0, -2, "1200.0"},
    {1350.0, -2, "1400.0"},
    {-1250.0, -2, "-1200.0"},
    {0.5, k_no_ndigits, "0"},
    {1.5, k_no_ndigits, "2"},
    {2.5, k_no_ndigits, "2"},
    {-0.5, k_no_ndigits, "0"},
    {-1.5, k_no_ndigits, "-2"},
    {1e+20, k_no_ndigits, "100000000000000000000"},
    {123.456, 1, "123.5"},
    {-123.456, 1, "-123.5"},
    {1.005, 2, "1.0"},
    {5e-324, 323, "0.0"},
    {5e-324, 324, "5e-324"},
    {1.7976931348623157e+308, -308, "OVERFLOW"},
    {1.7976931348623157e+308, -307, "OVERFLOW"},
    {12345.0, -5, "0.0"},
    {0.1, 20, "0.1"},
    {1e-320, 320, "1e-320"},
    {-0.4, 0, "-0.0"},
    {0.4, 0, "0.0"},
    {4500000000000000.0, -15, "4000000000000000.0"},
    {2.5, -1, "0.0"},
    {15.0, -1, "20.0"},
    {25.0, -1, "20.0"},
    {0.285, 2, "0.28"},
    {1.15, 1, "1.1"},
    {1e+300, -299, "1e+300"},
};

struct DivRow {
    double a;
    double b;
    const char* floordiv; // repr(a // b)
    const char* mod;      // repr(a % b)
};

const DivRow k_div_rows[] = {
    {7.5, 2.0, "3.0", "1.5"},
    {-7.5, 2.0, "-4.0", "0.5"},
    {7.5, -2.0, "-4.0", "-0.5"},
    {-7.5, -2.0, "3.0", "-1.5"},
    {5.0, INFINITY, "0.0", "5.0"},
    {-5.0, INFINITY, "-1.0", "inf"},
    {0.0, -3.0, "-0.0", "-0.0"},
    {-0.0, 3.0, "-0.0", "0.0"},
    {1e+308, 1e-308, "inf", "3.498445546245627e-309"},
    {3.0, 0.1, "29.0", "0.09999999999999984"},
    {-3.0, 0.1, "-30.0", "1.6653345369377348e-16"},
    {1.0, 0.1, "9.0", "0.09999999999999995"},
    {0.3, 0.1, "2.0", "0.09999999999999998"},
    {-1e-300, 1.0, "-1.0", "1.0"},
};

} // namespace

TEST_CASE("float repr and hash match CPython") {
    for (const auto& row : k_repr_rows) {
        double v = std::bit_cast<double>(row.bits);
        std::string expected = row.repr;
        CAPTURE(expected);
        CHECK(float_repr(v) == expected);
        if (!std::isnan(v)) CHECK(hash_double(v) == row.hash);
        // repr round-trips through float().
        auto back = parse_float(float_repr(v));
        REQUIRE(back.has_value());
        if (std::isnan(v)) CHECK(std::isnan(*back));
        else CHECK(std::bit_cast<uint64_t>(*back) == row.bits);
    }
}

TEST_CASE("float repr of the classic cases") {
    CHECK(float_repr(0.1 + 0.2) == "0.30000000000000004");
    CHECK(float_repr(1e16) == "1e+16");
    CHECK(float_repr(1e-5) == "1e-05");
    CHECK(float_repr(123456789012345678.0) == "1.2345678901234568e+17");
    CHECK(float_repr(5e-324) == "5e-324");
    CHECK(float_repr(1.0) == "1.0");
    CHECK(float_repr(-0.0) == "-0.0");
    CHECK(float_repr(INFINITY) == "inf");
    CHECK(float_repr(-INFINITY) == "-inf");
    CHECK(float_repr(NAN) == "nan");
    CHECK(float_repr(1e-4) == "0.0001");
    CHECK(float_repr(9999999999999998.0) == "9999999999999998.0");
}

TEST_CASE("float() parses Python's float syntax") {
    SUBCASE("valid") {
        CHECK(*parse_float("1e5") == 100000.0);
        CHECK(*parse_float(" 3.5 ") == 3.5);
        CHECK(*parse_float("1_000.5") == 1000.5);
        CHECK(*parse_float("-.5") == -0.5);
        CHECK(*parse_float("5.") == 5.0);
        CHECK(*parse_float("+1E-3") == 0.001);
        CHECK(*parse_float("1_0e1_0") == 1e11);
        CHECK(std::isinf(*parse_float("inf")));
        CHECK(*parse_float("-Infinity") == -INFINITY);
        CHECK(std::isnan(*parse_float("nan")));
        CHECK(std::isnan(*parse_float(" -NaN\n")));
        CHECK(*parse_float("1e500") == INFINITY);
        CHECK(*parse_float("-1e-500") == 0.0);
        CHECK(std::signbit(*parse_float("-1e-500")));
        CHECK(*parse_float("0.1") == 0.1);
        CHECK(*parse_float("2.2250738585072011e-308") == 2.225073858507201e-308);
    }
    SUBCASE("invalid") {
        for (const char* bad : {"abc", "", " ", "1__0", "_1", "1_", "1._5", "1_.5", ".", "e5", "1e", "1e+", "0x10", "in f",
                                "nan1", "--1", "1.5.2", "infinit", "1 2"}) {
            std::string text = bad;
            CAPTURE(text);
            CHECK_FALSE(parse_float(bad).has_value());
        }
    }
}

TEST_CASE("round() matches CPython") {
    for (const auto& row : k_round_rows) {
        std::string expected = row.expected;
        CAPTURE(row.value);
        CAPTURE(row.ndigits);
        if (row.ndigits == k_no_ndigits) {
            CHECK(float_round_to_int(row.value).to_string() == expected);
            continue;
        }
        auto r = float_round(row.value, row.ndigits);
        if (expected == "OVERFLOW") CHECK_FALSE(r.has_value());
        else CHECK(float_repr(*r) == expected);
    }
    CHECK(float_repr(*float_round(INFINITY, 2)) == "inf");
    CHECK(std::isnan(*float_round(NAN, 2)));
}

TEST_CASE("float floor division and modulo follow Python's signs") {
    for (const auto& row : k_div_rows) {
        CAPTURE(row.a);
        CAPTURE(row.b);
        CHECK(float_repr(float_floor_div(row.a, row.b)) == std::string(row.floordiv));
        CHECK(float_repr(float_mod(row.a, row.b)) == std::string(row.mod));
    }
}

TEST_CASE("float.is_integer") {
    CHECK(float_is_integer(2.0));
    CHECK(float_is_integer(-0.0));
    CHECK(float_is_integer(1e300));
    CHECK_FALSE(float_is_integer(2.5));
    CHECK_FALSE(float_is_integer(INFINITY));
    CHECK_FALSE(float_is_integer(NAN));
}

TEST_CASE("int and float compare exactly") {
    BigInt p53 = BigInt(1).shl(53);
    CHECK(compare_int_float(p53 + BigInt(1), 9007199254740992.0) == 1);
    CHECK(compare_int_float(-(p53 + BigInt(1)), -9007199254740992.0) == -1);
    CHECK(compare_int_float(p53, 9007199254740992.0) == 0);
    CHECK(compare_int_float(BigInt::pow(BigInt(10), 400), 1e308) == 1);
    CHECK(compare_int_float(BigInt::pow(BigInt(10), 400), INFINITY) == -1);
    CHECK(compare_int_float(BigInt(3), NAN) == 2);
    CHECK(compare_int64_float(3, 3.5) == -1);
    CHECK(compare_int64_float(-3, -2.5) == -1);
    CHECK(compare_int64_float(-3, -3.5) == 1);
    CHECK(compare_int64_float(9007199254740993LL, 9007199254740992.0) == 1);
    CHECK(compare_int64_float(INT64_MAX, 9223372036854775808.0) == -1);
    CHECK(compare_int64_float(0, -0.0) == 0);
}

TEST_CASE("int64 true division is correctly rounded") {
    CHECK(float_repr(*int64_true_divide(1, 2)) == "0.5");
    CHECK(float_repr(*int64_true_divide(10, 3)) == "3.3333333333333335");
    CHECK(float_repr(*int64_true_divide(9007199254740993LL, 1)) == "9007199254740992.0");
    CHECK(float_repr(*int64_true_divide(INT64_MAX, -1)) == "-9.223372036854776e+18");
    CHECK_FALSE(int64_true_divide(1, 0).has_value());
}

TEST_CASE("float ** float follows Python's special cases") {
    FloatPowError err = FloatPowError::None;
    CHECK_FALSE(float_pow(0.0, -1.0, &err).has_value());
    CHECK(err == FloatPowError::ZeroToNegative);
    CHECK_FALSE(float_pow(-0.0, -1.0, &err).has_value());
    CHECK(err == FloatPowError::ZeroToNegative);
    CHECK(*float_pow(0.0, -INFINITY, &err) == INFINITY);
    CHECK_FALSE(float_pow(-8.0, 1.0 / 3.0, &err).has_value());
    CHECK(err == FloatPowError::NegativeToFraction);
    CHECK_FALSE(float_pow(10.0, 400.0, &err).has_value());
    CHECK(err == FloatPowError::Overflow);
    CHECK(*float_pow(-2.0, 3.0, &err) == -8.0);
    CHECK(float_repr(*float_pow(2.0, -1074.0, &err)) == "5e-324");
    CHECK(*float_pow(-INFINITY, 0.5, &err) == INFINITY);
    CHECK(*float_pow(1.0, NAN, &err) == 1.0);
    CHECK(*float_pow(NAN, 0.0, &err) == 1.0);
    CHECK(*float_pow(-1.0, INFINITY, &err) == 1.0);
    CHECK(*float_pow(0.0, 0.0, &err) == 1.0);
}
