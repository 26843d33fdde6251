// Python float text: repr (shortest round-trip digits), printf-style digit generation, and float() parsing.
#include "engine/lang/num/float_format.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace ls::num {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
        if (x != y) return false;
    }
    return true;
}

// Shortest round-trip digits of |value| (finite, non-zero) and the decimal exponent of the
// first digit: value = 0.d1d2d3... * 10**(exp10 + 1).
void shortest_digits(double value, std::string* digits, int* exp10) {
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, std::fabs(value), std::chars_format::scientific);
    std::string_view s(buf, res.ptr - buf);
    size_t e = s.find('e');
    digits->clear();
    for (size_t i = 0; i < e; ++i) {
        if (s[i] != '.') digits->push_back(s[i]);
    }
    *exp10 = std::atoi(std::string(s.substr(e + 1)).c_str());
}

void append_exponent(std::string& out, int exp10) {
    out.push_back('e');
    out.push_back(exp10 < 0 ? '-' : '+');
    int a = exp10 < 0 ? -exp10 : exp10;
    if (a < 10) out.push_back('0');
    out += std::to_string(a);
}

} // namespace

std::string float_repr(double value) {
    if (std::isnan(value)) return "nan";
    if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
    if (value == 0) return std::signbit(value) ? "-0.0" : "0.0";
    std::string digits;
    int exp10 = 0;
    shortest_digits(value, &digits, &exp10);
    std::string out = value < 0 ? "-" : "";
    if (exp10 < -4 || exp10 >= 16) {
        out.push_back(digits[0]);
        if (digits.size() > 1) {
            out.push_back('.');
            out.append(digits, 1);
        }
        append_exponent(out, exp10);
    } else if (exp10 >= 0) {
        size_t int_len = static_cast<size_t>(exp10) + 1;
        if (digits.size() <= int_len) {
            out += digits;
            out.append(int_len - digits.size(), '0');
            out += ".0";
        } else {
            out.append(digits, 0, int_len);
            out.push_back('.');
            out.append(digits, int_len);
        }
    } else {
        out += "0.";
        out.append(static_cast<size_t>(-exp10 - 1), '0');
        out += digits;
    }
    return out;
}

namespace {

// 'value' (finite) with 'precision' digits after the point, correctly rounded from the exact
// binary value, exactly as printf's %.*f / %.*e writes it (std::to_chars: no locale, far fewer
// instructions than glibc's multi-precision printf).
std::string to_chars_precision(double value, std::chars_format format, int precision) {
    char stack[128];
    auto r = std::to_chars(stack, stack + sizeof stack, value, format, precision);
    if (r.ec == std::errc()) return std::string(stack, r.ptr);
    // Room for a sign, 309 digits before the point (1e308), the point, 'precision' digits and
    // an exponent: to_chars cannot run out of it.
    std::string out(static_cast<size_t>(precision) + 320, '\0');
    r = std::to_chars(out.data(), out.data() + out.size(), value, format, precision);
    out.resize(static_cast<size_t>(r.ptr - out.data()));
    return out;
}

// Significant decimal digits of 'value' (>= 0, finite) rounded to 'count' digits, and the
// exponent of the first digit. printf's %e rounds the exact binary value correctly.
void rounded_digits(double value, int count, std::string* digits, int* exp10) {
    if (value == 0) {
        digits->assign(static_cast<size_t>(count), '0');
        *exp10 = 0;
        return;
    }
    std::string text = to_chars_precision(value, std::chars_format::scientific, count - 1);
    digits->clear();
    const char* p = text.c_str();
    for (; *p != 'e'; ++p) {
        if (*p != '.') digits->push_back(*p);
    }
    *exp10 = std::atoi(p + 1);
}

// The 'g' presentation (and the empty type with a precision when 'add_dot_zero'): 'precision'
// significant digits, trailing zeros dropped unless 'alternate', exponent form when the
// exponent is below -4 or not below the precision (one less with 'add_dot_zero').
std::string format_general(double value, int precision, bool alternate, bool add_dot_zero, bool upper) {
    if (precision == 0) precision = 1;
    std::string digits;
    int exp10 = 0;
    rounded_digits(value, precision, &digits, &exp10);
    if (!alternate) {
        while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    }
    int decpt = exp10 + 1;
    bool use_exp = decpt <= -4 || decpt > (add_dot_zero ? precision - 1 : precision);
    std::string out;
    if (use_exp) {
        out.push_back(digits[0]);
        if (digits.size() > 1 || alternate) out.push_back('.');
        out.append(digits, 1);
        append_exponent(out, exp10);
        if (upper) out[out.find('e')] = 'E';
        return out;
    }
    if (decpt <= 0) {
        out = "0.";
        out.append(static_cast<size_t>(-decpt), '0');
        out += digits;
    } else if (static_cast<size_t>(decpt) >= digits.size()) {
        out = digits;
        out.append(static_cast<size_t>(decpt) - digits.size(), '0');
        if (alternate) out.push_back('.');
        if (add_dot_zero) out += alternate ? "0" : ".0";
    } else {
        out.append(digits, 0, static_cast<size_t>(decpt));
        out.push_back('.');
        out.append(digits, static_cast<size_t>(decpt));
    }
    return out;
}

} // namespace

std::string format_float_core(double value, char type, int precision, bool alternate) {
    bool upper = type == 'E' || type == 'F' || type == 'G';
    if (std::isnan(value)) return upper ? "NAN" : "nan";
    if (std::isinf(value)) return std::string(value < 0 ? "-" : "") + (upper ? "INF" : "inf");
    std::string out = std::signbit(value) ? "-" : "";
    double a = std::fabs(value);
    if (type == 'r' && precision < 0) {
        out = float_repr(value);
        if (alternate && out.find('.') == std::string::npos) {
            // '#' with repr digits forces a point: "1e+16" -> "1.e+16".
            size_t e = out.find('e');
            if (e == std::string::npos) out += ".";
            else out.insert(e, ".");
        }
        return out;
    }
    if (type == 'r') return out + format_general(a, precision, alternate, true, false);
    if (type == 'g' || type == 'G') return out + format_general(a, precision, alternate, false, upper);
    if (!alternate && (type == 'f' || type == 'F' || type == 'e' || type == 'E')) {
        std::string body = to_chars_precision(a, type == 'f' || type == 'F' ? std::chars_format::fixed
                                                                            : std::chars_format::scientific,
                                              precision);
        if (type == 'E')
            for (char& c : body) c = c == 'e' ? 'E' : c;
        return out + body;
    }
    char fmt[16];
    std::snprintf(fmt, sizeof fmt, "%%%s.*%c", alternate ? "#" : "", type);
    int n = std::snprintf(nullptr, 0, fmt, precision, a);
    std::string body(static_cast<size_t>(n) + 1, '\0');
    std::snprintf(body.data(), body.size(), fmt, precision, a);
    body.resize(static_cast<size_t>(n));
    return out + body;
}

std::optional<double> parse_float(std::string_view text) {
    size_t i = 0, end = text.size();
    while (i < end && is_space(text[i])) ++i;
    while (end > i && is_space(text[end - 1])) --end;
    std::string_view body = text.substr(i, end - i);
    bool negative = false;
    std::string_view rest = body;
    if (!rest.empty() && (rest[0] == '+' || rest[0] == '-')) {
        negative = rest[0] == '-';
        rest.remove_prefix(1);
    }
    if (iequals(rest, "inf") || iequals(rest, "infinity")) return negative ? -HUGE_VAL : HUGE_VAL;
    if (iequals(rest, "nan")) return negative ? -std::nan("") : std::nan("");
    // Validate [digits]['.' [digits]][e [sign] digits] with underscores only between digits.
    std::string clean;
    clean.reserve(rest.size() + 1);
    if (negative) clean.push_back('-');
    size_t k = 0;
    auto digit_run = [&](bool required) -> bool {
        size_t start = k;
        bool prev_digit = false;
        while (k < rest.size()) {
            char c = rest[k];
            if (c >= '0' && c <= '9') {
                clean.push_back(c);
                prev_digit = true;
                ++k;
            } else if (c == '_' && prev_digit && k + 1 < rest.size() && rest[k + 1] >= '0' && rest[k + 1] <= '9') {
                prev_digit = false;
                ++k;
            } else {
                break;
            }
        }
        return !required || k > start;
    };
    digit_run(false);
    bool int_digits = k > 0;
    bool frac_digits = false;
    if (k < rest.size() && rest[k] == '.') {
        clean.push_back('.');
        ++k;
        size_t before = k;
        digit_run(false);
        frac_digits = k > before;
    }
    if (!int_digits && !frac_digits) return std::nullopt;
    if (k < rest.size() && (rest[k] == 'e' || rest[k] == 'E')) {
        clean.push_back('e');
        ++k;
        if (k < rest.size() && (rest[k] == '+' || rest[k] == '-')) clean.push_back(rest[k++]);
        if (!digit_run(true)) return std::nullopt;
    }
    if (k != rest.size()) return std::nullopt;
    return std::strtod(clean.c_str(), nullptr);
}

} // namespace ls::num
