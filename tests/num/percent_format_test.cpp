// Unit tests for printf-style formatting (str % args) helpers, against results printed by CPython 3.12.
#include <doctest/doctest.h>

#include <string>

#include "engine/lang/num/bigint.h"
#include "engine/lang/num/float_format.h"
#include "engine/lang/num/percent_format.h"

using namespace ls::num;

namespace {

// fmt: one conversion (plus literal text after it); kind of the argument: 'i' int, 'f' float,
// 's' str; star: the int consumed by a '*'; expected text or "!ExceptionName: message".
struct Row {
    const char* fmt;
    char kind;
    const char* value;
    int64_t star;
    const char* expected;
};

const Row k_rows[] = {
    {"%d", 'i', "5", 0, "5"},
    {"%5d", 'i', "-5", 0, "   -5"},
    {"%-5d|", 'i', "5", 0, "5    |"},
    {"%05d", 'i', "-5", 0, "-0005"},
    {"%+d", 'i', "5", 0, "+5"},
    {"% d", 'i', "5", 0, " 5"},
    {"%.3d", 'i', "5", 0, "005"},
    {"%08.3d", 'i', "-5", 0, "-0000005"},
    {"%-08d|", 'i', "5", 0, "5       |"},
    {"%x", 'i', "255", 0, "ff"},
    {"%#x", 'i', "255", 0, "0xff"},
    {"%#X", 'i', "255", 0, "0XFF"},
    {"%#o", 'i', "8", 0, "0o10"},
    {"%#08x", 'i', "255", 0, "0x0000ff"},
    {"%.4x", 'i', "255", 0, "00ff"},
    {"%#.4x", 'i', "255", 0, "0x00ff"},
    {"%i", 'i', "7", 0, "7"},
    {"%u", 'i', "7", 0, "7"},
    {"%f", 'f', "1.5", 0, "1.500000"},
    {"%.2f", 'f', "2.675", 0, "2.67"},
    {"%e", 'f', "12345.678", 0, "1.234568e+04"},
    {"%g", 'f', "1e-05", 0, "1e-05"},
    {"%g", 'f', "123456789.0", 0, "1.23457e+08"},
    {"%#g", 'f', "1.5", 0, "1.50000"},
    {"%10.3f", 'f', "3.14159", 0, "     3.142"},
    {"%-10.3f|", 'f', "3.14159", 0, "3.142     |"},
    {"%010.3f", 'f', "-3.14159", 0, "-00003.142"},
    {"%+.1e", 'f', "1.0", 0, "+1.0e+00"},
    {"%05f", 'f', "inf", 0, "00inf"},
    {"%05f", 'f', "-inf", 0, "-0inf"},
    {"%5f", 'f', "nan", 0, "  nan"},
    {"%F", 'f', "nan", 0, "NAN"},
    {"%E", 'f', "1.5", 0, "1.500000E+00"},
    {"%G", 'f', "1e-10", 0, "1E-10"},
    {"%.0f", 'f', "0.5", 0, "0"},
    {"%.0e", 'f', "2.5", 0, "2e+00"},
    {"%s", 's', "abc", 0, "abc"},
    {"%5s", 's', "ab", 0, "   ab"},
    {"%-5s|", 's', "ab", 0, "ab   |"},
    {"%.1s", 's', "h\xc3""\xa9""llo", 0, "h"},
    {"%r", 's', "ab", 0, "'ab'"},
    {"%c", 'i', "65", 0, "A"},
    {"%c", 's', "x", 0, "x"},
    {"%5c", 'i', "65", 0, "    A"},
    {"%-3c|", 'i', "233", 0, "\xc3""\xa9""  |"},
    {"%*d", 'i', "1", 5, "    1"},
    {"%*d", 'i', "1", -5, "1    "},
    {"%.*f", 'f', "1.23456", 2, "1.23"},
    {"%-*d|", 'i', "1", 4, "1   |"},
    {"%(a)s", 'i', "1", 0, "1"},
    {"%(a)05d", 'i', "1", 0, "00001"},
    {"%z", 'i', "1", 0, "!ValueError: unsupported format character 'z' (0x7a) at index 1"},
    {"%\xc3""\xa9""", 'i', "1", 0, "!ValueError: unsupported format character '?' (0xe9) at index 1"},
    {"%(a", 'i', "1", 0, "!ValueError: incomplete format key"},
    {"%5", 'i', "1", 0, "!ValueError: incomplete format"},
    {"%ld", 'i', "5", 0, "5"},
    {"%c", 'i', "-1", 0, "!OverflowError: %c arg not in range(0x110000)"},
    {"%c", 'i', "1114112", 0, "!OverflowError: %c arg not in range(0x110000)"},
    {"%d", 'i', "100000000000000000000", 0, "100000000000000000000"},
    {"%x", 'i', "-100000000000000000000", 0, "-56bc75e2d63100000"},
    {"%#o", 'i', "-100000000000000000000", 0, "-0o12657072742654304000000"},
    {"%d", 'f', "3.7", 0, "3"},
    {"%.3d", 'i', "-100000000000000000000", 0, "-100000000000000000000"},
    {"%0-5d|", 'i', "3", 0, "3    |"},
    {"% +d", 'i', "3", 0, "+3"},
    {"%#.3o", 'i', "8", 0, "0o010"},
    {"%#.0f", 'f', "1.0", 0, "1."},
    {"%#x", 'i', "0", 0, "0x0"},
    {"%s", 'i', "1", 0, "1"},
    {"%.0d", 'i', "0", 0, "0"},
};

std::string render(const FormatResult& r) {
    if (r.ok()) return r.text;
    return std::string(r.error == FormatErrorKind::OverflowError ? "!OverflowError: " : "!ValueError: ") + r.message;
}

// A tiny driver doing what str % args does for a single argument.
std::string run(const Row& row) {
    std::string_view fmt = row.fmt;
    size_t pos = fmt.find('%') + 1;
    PercentSpec spec;
    std::string error;
    if (!parse_percent_spec(fmt, &pos, &spec, &error)) return "!ValueError: " + error;
    if (spec.width_star) {
        spec.width = row.star < 0 ? -row.star : row.star;
        if (row.star < 0) spec.left = true;
    }
    if (spec.precision_star) spec.precision = row.star;
    std::string tail(fmt.substr(pos));
    FormatResult r;
    switch (spec.conversion) {
    case '%': r.text = "%"; break;
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
        BigInt v = row.kind == 'f' ? BigInt::from_double(*parse_float(row.value)) : *BigInt::from_string(row.value, 10);
        r = percent_format_bigint(v, spec);
        break;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': r = percent_format_float(*parse_float(row.value), spec); break;
    case 'c':
        r = row.kind == 'i' ? percent_format_char(std::stoll(row.value), spec) : percent_format_str(row.value, spec);
        break;
    case 'r': r = percent_format_str("'" + std::string(row.value) + "'", spec); break;
    default: r = percent_format_str(row.value, spec); break;
    }
    std::string out = render(r);
    return r.ok() ? out + tail : out;
}

} // namespace

TEST_CASE("str % conversions match the CPython table") {
    for (const auto& row : k_rows) {
        std::string fmt = row.fmt, expected = row.expected;
        CAPTURE(fmt);
        CHECK(run(row) == expected);
    }
}

TEST_CASE("parse_percent_spec reads keys, flags, stars and reports errors") {
    PercentSpec s;
    std::string error;
    size_t pos = 1;
    REQUIRE(parse_percent_spec("%(na(m)e)-+ #0*.*lf tail", &pos, &s, &error));
    CHECK(s.has_key);
    CHECK(s.key == "na(m)e");
    CHECK(s.left);
    CHECK(s.plus);
    CHECK(s.space);
    CHECK(s.alternate);
    CHECK(s.zero);
    CHECK(s.width_star);
    CHECK(s.precision_star);
    CHECK(s.conversion == 'f');
    CHECK(pos == 19);
    pos = 4;
    CHECK_FALSE(parse_percent_spec("ab %y", &pos, &s, &error));
    CHECK(error == "unsupported format character 'y' (0x79) at index 4");
    pos = 4;
    CHECK_FALSE(parse_percent_spec("\xc3\xa9 %\xe2\x82\xac", &pos, &s, &error));
    CHECK(error == "unsupported format character '?' (0x20ac) at index 3");
    pos = 1;
    CHECK_FALSE(parse_percent_spec("%-5", &pos, &s, &error));
    CHECK(error == "incomplete format");
    pos = 1;
    REQUIRE(parse_percent_spec("%%", &pos, &s, &error));
    CHECK(s.conversion == '%');
}
