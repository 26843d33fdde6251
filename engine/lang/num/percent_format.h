// printf-style conversions for Python's str % args operator (%d %i %u %x %X %o %e %E %f %F %g %G %c %s %r %a %%).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "engine/lang/num/format_spec.h"

namespace ls::num {

// One conversion such as "%(name)-*.3f". The caller (str % args) walks the format string:
// at each '%' it calls parse_percent_spec, fetches the argument(s), replaces a '*' width or
// precision with the next int argument (a negative '*' width means left-justify: set
// 'left' and negate it), converts the value (str()/repr()/ascii() for s/r/a, int() of a float
// for d/i/u) and calls the matching percent_format_* function.
struct PercentSpec {
    bool has_key = false;    // "%(key)s" form
    std::string key;         // the mapping key when has_key
    bool left = false;       // '-'
    bool plus = false;       // '+'
    bool space = false;      // ' '
    bool alternate = false;  // '#'
    bool zero = false;       // '0'
    int64_t width = -1;      // -1 when absent
    bool width_star = false; // width was '*'
    int64_t precision = -1;  // -1 when absent
    bool precision_star = false; // precision was '*'
    char conversion = 0;     // 'd', 's', '%', ...
};

// Parses the conversion that starts at 'fmt[*pos]' (the character after '%') and leaves
// '*pos' just past the conversion character. On failure returns false with CPython's
// ValueError message: "incomplete format", "unsupported format character 'z' (0x7a) at index 3".
bool parse_percent_spec(std::string_view fmt, size_t* pos, PercentSpec* out, std::string* error);

// %d %i %u %x %X %o for an integer value.
FormatResult percent_format_int(int64_t value, const PercentSpec& spec);
FormatResult percent_format_bigint(const BigInt& value, const PercentSpec& spec);
// %e %E %f %F %g %G for a float value (ints are converted to float by the caller).
FormatResult percent_format_float(double value, const PercentSpec& spec);
// %s %r %a (and %c with a one-character str): 'utf8' is the already converted text;
// precision truncates to that many code points, width pads with spaces.
FormatResult percent_format_str(std::string_view utf8, const PercentSpec& spec);
// %c with an int: OverflowError "%c arg not in range(0x110000)" when out of range.
FormatResult percent_format_char(int64_t code_point, const PercentSpec& spec);

} // namespace ls::num
