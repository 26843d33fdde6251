// printf-style conversions for Python's str % args: parsing one conversion and rendering ints, floats and text.
#include "engine/lang/num/percent_format.h"

#include <charconv>
#include <cstdio>

#include "engine/lang/num/float_format.h"

namespace ls::num {

namespace {

FormatResult ok_text(std::string text) {
    FormatResult r;
    r.text = std::move(text);
    return r;
}

FormatResult error_of(FormatErrorKind kind, std::string message) {
    FormatResult r;
    r.error = kind;
    r.message = std::move(message);
    return r;
}

// Pads 'body' (whose sign/prefix is 'prefix') to the spec's width: left-justified with '-',
// zero-filled after the prefix with '0' (when 'zero_ok'), else right-justified with spaces.
std::string pad(const std::string& prefix, const std::string& body, const PercentSpec& s, bool zero_ok) {
    int64_t len = static_cast<int64_t>(utf8_length(prefix) + utf8_length(body));
    int64_t fill = s.width > len ? s.width - len : 0;
    if (fill == 0) return prefix + body;
    if (s.left) return prefix + body + std::string(static_cast<size_t>(fill), ' ');
    if (s.zero && zero_ok) return prefix + std::string(static_cast<size_t>(fill), '0') + body;
    return std::string(static_cast<size_t>(fill), ' ') + prefix + body;
}

std::string sign_of(bool negative, const PercentSpec& s) {
    if (negative) return "-";
    if (s.plus) return "+";
    if (s.space) return " ";
    return "";
}

// Shared by int64 and BigInt: 'digits' is the magnitude in the conversion's base.
FormatResult render_int(bool negative, std::string digits, const PercentSpec& s) {
    char c = s.conversion;
    if (c == 'X') {
        for (auto& ch : digits) {
            if (ch >= 'a' && ch <= 'f') ch = static_cast<char>(ch - 32);
        }
    }
    if (s.precision > static_cast<int64_t>(digits.size())) {
        digits.insert(0, static_cast<size_t>(s.precision) - digits.size(), '0');
    }
    std::string prefix = sign_of(negative, s);
    if (s.alternate) {
        if (c == 'x') prefix += "0x";
        else if (c == 'X') prefix += "0X";
        else if (c == 'o') prefix += "0o";
    }
    return ok_text(pad(prefix, digits, s, true));
}

int base_of(char c) { return c == 'x' || c == 'X' ? 16 : c == 'o' ? 8 : 10; }

} // namespace

// conversion: '%' ['(' key ')'] flags* (width | '*') ['.' (precision | '*')] [h|l|L] type
bool parse_percent_spec(std::string_view fmt, size_t* pos, PercentSpec* out, std::string* error) {
    PercentSpec s;
    size_t i = *pos;
    auto incomplete = [&]() {
        *error = "incomplete format";
        return false;
    };
    if (i < fmt.size() && fmt[i] == '(') {
        int depth = 1;
        size_t start = ++i;
        while (i < fmt.size() && depth > 0) {
            if (fmt[i] == '(') ++depth;
            else if (fmt[i] == ')') --depth;
            ++i;
        }
        if (depth > 0) {
            *error = "incomplete format key";
            return false;
        }
        s.has_key = true;
        s.key = std::string(fmt.substr(start, i - 1 - start));
    }
    for (; i < fmt.size(); ++i) {
        char c = fmt[i];
        if (c == '-') s.left = true;
        else if (c == '+') s.plus = true;
        else if (c == ' ') s.space = true;
        else if (c == '#') s.alternate = true;
        else if (c == '0') s.zero = true;
        else break;
    }
    if (i < fmt.size() && fmt[i] == '*') {
        s.width_star = true;
        ++i;
    } else {
        while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
            if (s.width < 0) s.width = 0;
            if (s.width > (INT64_MAX - 9) / 10) {
                *error = "width too big";
                return false;
            }
            s.width = s.width * 10 + (fmt[i++] - '0');
        }
    }
    if (i < fmt.size() && fmt[i] == '.') {
        ++i;
        s.precision = 0;
        if (i < fmt.size() && fmt[i] == '*') {
            s.precision_star = true;
            ++i;
        } else {
            while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
                if (s.precision > (INT64_MAX - 9) / 10) {
                    *error = "precision too big";
                    return false;
                }
                s.precision = s.precision * 10 + (fmt[i++] - '0');
            }
        }
    }
    while (i < fmt.size() && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) ++i;
    if (i >= fmt.size()) return incomplete();
    char c = fmt[i];
    static constexpr std::string_view k_conversions = "diuxXoeEfFgGcsra%";
    if (k_conversions.find(c) == std::string_view::npos) {
        unsigned char uc = static_cast<unsigned char>(c);
        unsigned value = uc;
        if (uc >= 0x80) {
            // Decode the whole code point to report it the way CPython does.
            size_t len = uc >= 0xf0 ? 4 : uc >= 0xe0 ? 3 : 2;
            value = uc & (0x7f >> len);
            for (size_t k = 1; k < len && i + k < fmt.size(); ++k) value = (value << 6) | (fmt[i + k] & 0x3f);
        }
        char shown = (value >= 32 && value <= 126) ? static_cast<char>(value) : '?';
        char buf[96];
        std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %zu", shown, value,
                      utf8_length(fmt.substr(0, i)));
        *error = buf;
        return false;
    }
    s.conversion = c;
    *pos = i + 1;
    *out = std::move(s);
    return true;
}

FormatResult percent_format_int(int64_t value, const PercentSpec& spec) {
    uint64_t mag = value < 0 ? (uint64_t{0} - static_cast<uint64_t>(value)) : static_cast<uint64_t>(value);
    char buf[72];
    auto res = std::to_chars(buf, buf + sizeof buf, mag, base_of(spec.conversion));
    return render_int(value < 0, std::string(buf, res.ptr), spec);
}

FormatResult percent_format_bigint(const BigInt& value, const PercentSpec& spec) {
    if (value.fits_int64()) return percent_format_int(value.to_int64(), spec);
    int base = base_of(spec.conversion);
    BigInt mag = value.abs();
    std::string digits;
    if (base == 10) {
        auto d = mag.to_decimal_limited();
        if (!d) return error_of(FormatErrorKind::ValueError, int_digits_limit_message());
        digits = std::move(*d);
    } else {
        digits = mag.to_string(base);
    }
    return render_int(value.is_negative(), std::move(digits), spec);
}

FormatResult percent_format_float(double value, const PercentSpec& spec) {
    int precision = spec.precision < 0 ? 6 : static_cast<int>(std::min<int64_t>(spec.precision, 100000));
    std::string body = format_float_core(value, spec.conversion, precision, spec.alternate);
    bool negative = !body.empty() && body[0] == '-';
    if (negative) body.erase(0, 1);
    return ok_text(pad(sign_of(negative, spec), body, spec, true));
}

FormatResult percent_format_str(std::string_view utf8, const PercentSpec& spec) {
    std::string_view text = utf8;
    if (spec.precision >= 0 && spec.conversion != 'c') {
        size_t pos = 0;
        for (int64_t n = 0; n < spec.precision && pos < text.size(); ++n) {
            ++pos;
            while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xc0) == 0x80) ++pos;
        }
        text = text.substr(0, pos);
    }
    return ok_text(pad("", std::string(text), spec, false));
}

FormatResult percent_format_char(int64_t code_point, const PercentSpec& spec) {
    if (code_point < 0 || code_point > 0x10ffff) {
        return error_of(FormatErrorKind::OverflowError, "%c arg not in range(0x110000)");
    }
    FormatResult r = format_int(code_point, "c");
    return percent_format_str(r.text, spec);
}

} // namespace ls::num
