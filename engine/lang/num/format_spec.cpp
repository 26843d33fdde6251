// The format-spec mini-language: parsing [[fill]align][sign][z][#][0][width][grouping][.precision][type]
// and rendering str, int (int64 and BigInt) and float values with it.
//
// Index:
//   [utf-8]        code point counting, decoding and encoding
//   [parse]        parse_format_spec and the grouping check
//   [layout]       digit grouping, sign/prefix/fill/alignment
//   [str]          format_str
//   [int]          format_int, format_bigint
//   [float]        format_float
#include "engine/lang/num/format_spec.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "engine/lang/num/float_format.h"

namespace ls::num {

FormatResult format_float_parsed(double value, const FormatSpec& parsed, std::string_view type_name);

// ---- [utf-8] -------------------------------------------------------------------------

size_t utf8_length(std::string_view text) {
    size_t n = 0;
    for (unsigned char c : text) {
        if ((c & 0xc0) != 0x80) ++n;
    }
    return n;
}

namespace {

// Byte length of the code point starting at 'text[pos]'.
size_t code_point_size(std::string_view text, size_t pos) {
    size_t k = pos + 1;
    while (k < text.size() && (static_cast<unsigned char>(text[k]) & 0xc0) == 0x80) ++k;
    return k - pos;
}

char32_t decode_at(std::string_view text, size_t pos) {
    unsigned char c = static_cast<unsigned char>(text[pos]);
    size_t len = code_point_size(text, pos);
    if (len == 1) return c;
    char32_t cp = c & (0x7f >> len);
    for (size_t i = 1; i < len; ++i) cp = (cp << 6) | (static_cast<unsigned char>(text[pos + i]) & 0x3f);
    return cp;
}

std::string encode_utf8(char32_t cp) {
    std::string out;
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xc0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xe0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
    } else {
        out.push_back(static_cast<char>(0xf0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3f)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
    }
    return out;
}

FormatResult fail(FormatErrorKind kind, std::string message) {
    FormatResult r;
    r.error = kind;
    r.message = std::move(message);
    return r;
}

FormatResult value_error(std::string message) { return fail(FormatErrorKind::ValueError, std::move(message)); }

FormatResult success(std::string text) {
    FormatResult r;
    r.text = std::move(text);
    return r;
}

std::string quote_code(char type) {
    unsigned char c = static_cast<unsigned char>(type);
    if (c > 32 && c < 128) return std::string(1, type);
    char buf[16];
    std::snprintf(buf, sizeof buf, "\\x%x", c);
    return buf;
}

FormatResult unknown_code(char type, std::string_view type_name) {
    return value_error("Unknown format code '" + quote_code(type) + "' for object of type '" + std::string(type_name) +
                       "'");
}

// ---- [parse] -------------------------------------------------------------------------

bool is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// Reads decimal digits at 'spec[*pos]' into '*value'; false when the number is too large.
bool read_number(std::string_view spec, size_t* pos, int64_t* value, bool* any) {
    *value = 0;
    *any = false;
    while (*pos < spec.size() && spec[*pos] >= '0' && spec[*pos] <= '9') {
        if (*value > (INT64_MAX - 9) / 10) return false;
        *value = *value * 10 + (spec[*pos] - '0');
        *any = true;
        ++*pos;
    }
    return true;
}

// ',' is allowed with d e f g E F G % (and no type); '_' also with b o x X.
std::optional<std::string> grouping_error(const FormatSpec& s, char default_type) {
    if (s.grouping == 0) return std::nullopt;
    char t = s.type ? s.type : default_type;
    static constexpr std::string_view k_comma_ok = "deEfFgG%";
    static constexpr std::string_view k_underscore_ok = "deEfFgG%boxX";
    if (t == 0) return std::nullopt;
    bool ok = s.grouping == ',' ? k_comma_ok.find(t) != std::string_view::npos
                                : k_underscore_ok.find(t) != std::string_view::npos;
    if (ok) return std::nullopt;
    return std::string("Cannot specify '") + s.grouping + "' with '" + quote_code(t) + "'.";
}

} // namespace

// spec: [[fill]align][sign]['z']['#']['0'][width][grouping]['.' precision][type]
bool parse_format_spec(std::string_view spec, std::string_view type_name, FormatSpec* out, std::string* error) {
    FormatSpec s;
    size_t pos = 0;
    if (!spec.empty()) {
        size_t first = code_point_size(spec, 0);
        if (first < spec.size() && is_align(spec[first])) {
            s.fill = std::string(spec.substr(0, first));
            s.fill_given = true;
            s.align = spec[first];
            pos = first + 1;
        } else if (is_align(spec[0])) {
            s.align = spec[0];
            pos = 1;
        }
    }
    if (pos < spec.size() && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) s.sign = spec[pos++];
    if (pos < spec.size() && spec[pos] == 'z') {
        s.no_neg_zero = true;
        ++pos;
    }
    if (pos < spec.size() && spec[pos] == '#') {
        s.alternate = true;
        ++pos;
    }
    if (pos < spec.size() && spec[pos] == '0') {
        s.zero_pad = true;
        ++pos;
    }
    bool any = false;
    int64_t number = 0;
    if (!read_number(spec, &pos, &number, &any)) {
        *error = "Too many decimal digits in format string";
        return false;
    }
    if (any) s.width = number;
    if (pos < spec.size() && (spec[pos] == ',' || spec[pos] == '_')) {
        s.grouping = spec[pos++];
        if (pos < spec.size() && (spec[pos] == ',' || spec[pos] == '_')) {
            if (spec[pos] == s.grouping) *error = std::string("Cannot specify '") + s.grouping + "' with '" + s.grouping + "'.";
            else *error = "Cannot specify both ',' and '_'.";
            return false;
        }
    }
    if (pos < spec.size() && spec[pos] == '.') {
        ++pos;
        if (!read_number(spec, &pos, &number, &any)) {
            *error = "Too many decimal digits in format string";
            return false;
        }
        if (!any) {
            *error = "Format specifier missing precision";
            return false;
        }
        s.precision = number;
    }
    if (pos < spec.size()) {
        size_t len = code_point_size(spec, pos);
        if (pos + len < spec.size()) {
            *error = "Invalid format specifier '" + std::string(spec) + "' for object of type '" + std::string(type_name) + "'";
            return false;
        }
        char32_t cp = decode_at(spec, pos);
        if (cp >= 0x80) {
            char buf[16];
            std::snprintf(buf, sizeof buf, "\\x%x", static_cast<unsigned>(cp));
            *error = "Unknown format code '" + std::string(buf) + "' for object of type '" + std::string(type_name) + "'";
            return false;
        }
        s.type = spec[pos];
    }
    *out = std::move(s);
    return true;
}

namespace {

// ---- [layout] ------------------------------------------------------------------------

// Inserts 'sep' every 'group' digits from the right of 'digits'; when 'min_width' is larger
// than the result, pads with grouped zeros (never starting with a separator).
std::string group_digits(std::string_view digits, char sep, int group, int64_t min_width) {
    std::string rev;
    int64_t placed = 0;
    size_t n = digits.size();
    while (static_cast<size_t>(placed) < n || static_cast<int64_t>(rev.size()) < min_width) {
        if (placed > 0 && placed % group == 0) rev.push_back(sep);
        rev.push_back(static_cast<size_t>(placed) < n ? digits[n - 1 - placed] : '0');
        ++placed;
    }
    return std::string(rev.rbegin(), rev.rend());
}

std::string repeat_fill(const std::string& fill, int64_t count) {
    std::string out;
    if (count <= 0) return out;
    out.reserve(fill.size() * static_cast<size_t>(count));
    for (int64_t i = 0; i < count; ++i) out += fill;
    return out;
}

// Places 'body' (after 'prefix' = sign and base prefix) in 'width' columns by 'align'.
std::string align_text(const std::string& prefix, const std::string& body, const FormatSpec& s, char default_align) {
    char align = s.align ? s.align : default_align;
    int64_t len = static_cast<int64_t>(utf8_length(prefix) + utf8_length(body));
    int64_t pad = s.width > len ? s.width - len : 0;
    switch (align) {
    case '<': return prefix + body + repeat_fill(s.fill, pad);
    case '^': return repeat_fill(s.fill, pad / 2) + prefix + body + repeat_fill(s.fill, pad - pad / 2);
    case '=': return prefix + repeat_fill(s.fill, pad) + body;
    default: return repeat_fill(s.fill, pad) + prefix + body;
    }
}

// The '0' flag: fill with '0' unless a fill was given, and pad after the sign for numbers.
FormatSpec apply_zero_pad(FormatSpec s, bool numeric) {
    if (s.zero_pad) {
        if (!s.fill_given) s.fill = "0";
        if (!s.align && numeric) s.align = '=';
    }
    return s;
}

std::string sign_text(bool negative, char sign) {
    if (negative) return "-";
    if (sign == '+') return "+";
    if (sign == ' ') return " ";
    return "";
}

// Renders a number: 'int_part' digits (grouped per 's'), then 'rest' (fraction, exponent,
// '%'), after 'prefix' (sign and 0x-style prefix), aligned as numbers are.
std::string render_number(const std::string& prefix, const std::string& int_part, const std::string& rest,
                          const FormatSpec& s, int group) {
    if (s.grouping == 0) return align_text(prefix, int_part + rest, s, '>');
    int64_t min_width = 0;
    if (s.align == '=' && s.fill == "0" && s.width > 0) {
        // Zero padding takes part in grouping: "0,001,234".
        min_width = s.width - static_cast<int64_t>(utf8_length(prefix) + utf8_length(rest));
    }
    std::string grouped = group_digits(int_part, s.grouping, group, min_width);
    return align_text(prefix, grouped + rest, s, '>');
}

// ---- [int] ---------------------------------------------------------------------------

// Shared checks and rendering once the magnitude's digits are known. 'digits_of' yields the
// magnitude in a base (10/2/8/16) without sign; 'as_double' converts for float types.
template <typename DigitsOf, typename AsDouble, typename CodePoint>
FormatResult format_integer(bool negative, bool fits_c_long, const FormatSpec& parsed, std::string_view type_name,
                            DigitsOf digits_of, AsDouble as_double, CodePoint code_point) {
    if (auto err = grouping_error(parsed, 'd')) return value_error(*err);
    char t = parsed.type;
    switch (t) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        std::optional<double> d = as_double();
        if (!d) return fail(FormatErrorKind::OverflowError, "int too large to convert to float");
        return format_float_parsed(*d, parsed, "float");
    }
    case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c': break;
    default: return unknown_code(t, type_name);
    }
    if (parsed.precision >= 0) return value_error("Precision not allowed in integer format specifier");
    if (parsed.no_neg_zero) return value_error("Negative zero coercion (z) not allowed in integer format specifier");
    FormatSpec s = apply_zero_pad(parsed, true);
    if (t == 'c') {
        if (s.sign) return value_error("Sign not allowed with integer format specifier 'c'");
        if (s.alternate) return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
        std::optional<char32_t> cp = code_point();
        if (!cp) {
            return fail(FormatErrorKind::OverflowError,
                        fits_c_long ? "%c arg not in range(0x110000)" : "Python int too large to convert to C long");
        }
        return success(align_text("", encode_utf8(*cp), s, '>'));
    }
    int base = t == 'b' ? 2 : t == 'o' ? 8 : (t == 'x' || t == 'X') ? 16 : 10;
    std::optional<std::string> digits = digits_of(base);
    if (!digits) return value_error(int_digits_limit_message());
    if (t == 'X') {
        for (auto& c : *digits) {
            if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 32);
        }
    }
    std::string prefix = sign_text(negative, s.sign);
    if (s.alternate && base != 10) prefix += t == 'b' ? "0b" : t == 'o' ? "0o" : t == 'x' ? "0x" : "0X";
    return success(render_number(prefix, *digits, "", s, base == 10 ? 3 : 4));
}

} // namespace

// ---- [float] -------------------------------------------------------------------------

// Renders a float for an already parsed spec (also used for ints with float types).
FormatResult format_float_parsed(double value, const FormatSpec& parsed, std::string_view type_name) {
    char t = parsed.type;
    if (auto err = grouping_error(parsed, 'g')) return value_error(*err);
    switch (t) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': break;
    default: return unknown_code(t, type_name);
    }
    FormatSpec s = apply_zero_pad(parsed, true);
    int precision = s.precision >= 0 ? static_cast<int>(std::min<int64_t>(s.precision, 100000)) : -1;
    double a = std::fabs(value);
    std::string body;
    if (t == 0) {
        body = format_float_core(a, 'r', precision, s.alternate);
    } else if (t == '%') {
        body = format_float_core(a * 100, 'f', precision < 0 ? 6 : precision, s.alternate) + "%";
    } else {
        char core = t == 'n' ? 'g' : t;
        body = format_float_core(a, core, precision < 0 ? 6 : precision, s.alternate);
    }
    bool negative = std::signbit(value) && !std::isnan(value);
    if (negative && s.no_neg_zero && std::isfinite(value) && body.find_first_of("123456789") == std::string::npos) {
        negative = false;
    }
    size_t int_end = 0;
    while (int_end < body.size() && body[int_end] >= '0' && body[int_end] <= '9') ++int_end;
    if (int_end == 0) return success(align_text(sign_text(negative, s.sign), body, s, '>'));
    return success(render_number(sign_text(negative, s.sign), body.substr(0, int_end), body.substr(int_end), s, 3));
}

FormatResult format_float(double value, std::string_view spec, std::string_view type_name) {
    FormatSpec parsed;
    std::string error;
    if (!parse_format_spec(spec, type_name, &parsed, &error)) return value_error(error);
    return format_float_parsed(value, parsed, type_name);
}

// ---- [str] ---------------------------------------------------------------------------

FormatResult format_str(std::string_view utf8, std::string_view spec, std::string_view type_name) {
    FormatSpec s;
    std::string error;
    if (!parse_format_spec(spec, type_name, &s, &error)) return value_error(error);
    if (auto err = grouping_error(s, 's')) return value_error(*err);
    if (s.type != 0 && s.type != 's') return unknown_code(s.type, type_name);
    if (s.sign == ' ') return value_error("Space not allowed in string format specifier");
    if (s.sign) return value_error("Sign not allowed in string format specifier");
    if (s.no_neg_zero) return value_error("Negative zero coercion (z) not allowed in string format specifier");
    if (s.alternate) return value_error("Alternate form (#) not allowed in string format specifier");
    if (s.align == '=') return value_error("'=' alignment not allowed in string format specifier");
    s = apply_zero_pad(s, false);
    std::string_view text = utf8;
    if (s.precision >= 0) {
        size_t pos = 0;
        for (int64_t i = 0; i < s.precision && pos < text.size(); ++i) pos += code_point_size(text, pos);
        text = text.substr(0, pos);
    }
    if (s.width <= 0 && s.precision < 0) return success(std::string(utf8));
    return success(align_text("", std::string(text), s, '<'));
}

// ---- [int] entry points ----------------------------------------------------------------

FormatResult format_int(int64_t value, std::string_view spec, std::string_view type_name) {
    FormatSpec parsed;
    std::string error;
    if (!parse_format_spec(spec, type_name, &parsed, &error)) return value_error(error);
    uint64_t mag = value < 0 ? (uint64_t{0} - static_cast<uint64_t>(value)) : static_cast<uint64_t>(value);
    auto digits_of = [mag](int base) -> std::optional<std::string> {
        char buf[72];
        auto res = std::to_chars(buf, buf + sizeof buf, mag, base);
        return std::string(buf, res.ptr);
    };
    auto as_double = [value]() -> std::optional<double> { return static_cast<double>(value); };
    auto code_point = [value]() -> std::optional<char32_t> {
        if (value < 0 || value > 0x10ffff) return std::nullopt;
        return static_cast<char32_t>(value);
    };
    return format_integer(value < 0, true, parsed, type_name, digits_of, as_double, code_point);
}

FormatResult format_bigint(const BigInt& value, std::string_view spec, std::string_view type_name) {
    if (value.fits_int64()) return format_int(value.to_int64(), spec, type_name);
    FormatSpec parsed;
    std::string error;
    if (!parse_format_spec(spec, type_name, &parsed, &error)) return value_error(error);
    BigInt mag = value.abs();
    auto digits_of = [&mag](int base) -> std::optional<std::string> {
        if (base == 10) return mag.to_decimal_limited();
        return mag.to_string(base);
    };
    auto as_double = [&value]() { return value.to_double(); };
    auto code_point = []() -> std::optional<char32_t> { return std::nullopt; };
    return format_integer(value.is_negative(), false, parsed, type_name, digits_of, as_double, code_point);
}

} // namespace ls::num
