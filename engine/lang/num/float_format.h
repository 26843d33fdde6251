// Python float text: repr/str of a float and float() parsing of text.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ls::num {

// CPython's repr(x) == str(x) for a float: shortest round-trip digits, fixed notation for
// 1e-4 <= |x| < 1e16 (with ".0" when integral), otherwise "1e+16" / "1.5e-05" style;
// "inf", "-inf", "nan", "-0.0".
std::string float_repr(double value);

// float(text) for str arguments: surrounding ASCII whitespace, sign, decimal digits with
// single underscores between digits, '.', exponent, "inf"/"infinity"/"nan" in any case.
// Returns nullopt when invalid; the caller raises
// ValueError("could not convert string to float: " + repr(text)).
std::optional<double> parse_float(std::string_view text);

} // namespace ls::num

namespace ls::num {

// Formats 'value' like format(value, spec) would for presentation 'type' e/E/f/F/g/G, or
// 'r' for the empty type (repr digits when 'precision' < 0, otherwise 'g'-like with at least
// one digit after the point), with 'precision' digits and '#' as 'alternate'. Includes '-'
// for negatives (also "-0.0"; never for nan), and "inf"/"nan" (upper case for E/F/G).
std::string format_float_core(double value, char type, int precision, bool alternate);

} // namespace ls::num
