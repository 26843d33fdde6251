// The format-spec mini-language: format(value, spec), f"{x:spec}" and str.format for str, int and float.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "engine/lang/num/bigint.h"

namespace ls::num {

class BigInt;

// Which Python exception a failed formatting raises; 'message' is CPython's wording.
enum class FormatErrorKind { None, ValueError, OverflowError, TypeError };

// Either formatted text (error == None) or an exception to raise.
struct FormatResult {
    std::string text;                            // the formatted value when ok()
    FormatErrorKind error = FormatErrorKind::None; // exception class when not ok()
    std::string message;                         // exception message when not ok()
    bool ok() const { return error == FormatErrorKind::None; }
};

// One parsed spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]
struct FormatSpec {
    std::string fill = " ";  // one code point as UTF-8
    bool fill_given = false; // the spec named a fill character
    char align = 0;          // '<' '>' '^' '=' or 0 when absent
    char sign = 0;           // '+' '-' ' ' or 0 when absent
    bool no_neg_zero = false; // 'z'
    bool alternate = false;  // '#'
    bool zero_pad = false;   // '0' before width
    int64_t width = -1;      // -1 when absent
    char grouping = 0;       // ',' '_' or 0
    int64_t precision = -1;  // -1 when absent
    char type = 0;           // presentation type or 0 when absent
};

// Parses 'spec' (the text after ':'). On failure returns false and fills '*error' with a
// ValueError message naming 'type_name' ("Invalid format specifier '...' for object of type 'float'").
bool parse_format_spec(std::string_view spec, std::string_view type_name, FormatSpec* out, std::string* error);

// format(value, spec) for each kind of value. 'type_name' is the Python type named in errors
// (pass "bool" for bools with a non-empty spec; format(True, "") is str(True), the caller's job).
FormatResult format_str(std::string_view utf8, std::string_view spec, std::string_view type_name = "str");
FormatResult format_int(int64_t value, std::string_view spec, std::string_view type_name = "int");
FormatResult format_bigint(const BigInt& value, std::string_view spec, std::string_view type_name = "int");
FormatResult format_float(double value, std::string_view spec, std::string_view type_name = "float");

// Number of code points in UTF-8 'text' (what widths and precisions count).
size_t utf8_length(std::string_view text);

} // namespace ls::num
