// Decoding of literal text: ints (int64 or big digit strings), floats, and string escapes.
#include "engine/lang/parser_literals.h"

#include <charconv>
#include <cmath>
#include <cstdint>

#include "engine/lang/source.h"

namespace ls::lang::detail {

namespace {
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
}  // namespace

void parse_int_literal(std::string_view text, ast::Constant& c) {
  int base = 10;
  if (text.size() > 1 && text[0] == '0') {
    char x = static_cast<char>(text[1] | 0x20);
    if (x == 'x') base = 16;
    else if (x == 'o') base = 8;
    else if (x == 'b') base = 2;
    if (base != 10) text.remove_prefix(2);
  }
  std::string digits;
  digits.reserve(text.size());
  for (char ch : text) {
    if (ch == '_') continue;
    digits += static_cast<char>(ch >= 'A' && ch <= 'F' ? ch + 32 : ch);
  }
  std::size_t first = digits.find_first_not_of('0');
  digits = first == std::string::npos ? std::string("0") : digits.substr(first);
  std::uint64_t value = 0;
  bool overflow = false;
  for (char ch : digits) {
    std::uint64_t d = static_cast<std::uint64_t>(hex_value(ch));
    if (value > (static_cast<std::uint64_t>(INT64_MAX) - d) / static_cast<std::uint64_t>(base)) {
      overflow = true;
      break;
    }
    value = value * static_cast<std::uint64_t>(base) + d;
  }
  if (!overflow) {
    c.value_kind = ast::ConstantKind::Int;
    c.int_value = static_cast<std::int64_t>(value);
  } else {
    c.value_kind = ast::ConstantKind::BigInt;
    c.big_digits = std::move(digits);
    c.big_base = base;
  }
}

double parse_float_literal(std::string_view text) {
  std::string clean;
  clean.reserve(text.size());
  for (char ch : text)
    if (ch != '_') clean += ch;
  double value = 0.0;
  auto res = std::from_chars(clean.data(), clean.data() + clean.size(), value);
  if (res.ec == std::errc::result_out_of_range) {
    // Overflow gives inf, as in CPython ("1e400" == inf); underflow gives 0.0.
    bool big = clean.find_first_of("eE") != std::string::npos &&
               clean[clean.find_first_of("eE") + 1] != '-';
    value = big ? HUGE_VAL : 0.0;
  }
  return value;
}

bool decode_string_body(std::string_view body, bool raw, bool bytes, std::string& out, std::string& error,
                        std::vector<std::string>& bad_escapes) {
  std::size_t i = 0;
  const std::size_t n = body.size();
  auto check_ascii = [&](std::size_t from, std::size_t to) {
    if (!bytes) return true;
    for (std::size_t k = from; k < to; ++k) {
      if (static_cast<unsigned char>(body[k]) >= 0x80) {
        error = "bytes can only contain ASCII literal characters";
        return false;
      }
    }
    return true;
  };
  if (raw) {
    if (!check_ascii(0, n)) return false;
    // Normalize \r\n and \r line ends inside the literal to \n, as Python's reader does.
    for (std::size_t k = 0; k < n; ++k) {
      if (body[k] == '\r') {
        out += '\n';
        if (k + 1 < n && body[k + 1] == '\n') ++k;
      } else {
        out += body[k];
      }
    }
    return true;
  }
  while (i < n) {
    std::size_t next = body.find_first_of("\\\r", i);
    if (next == std::string_view::npos) next = n;
    if (!check_ascii(i, next)) return false;
    out.append(body.substr(i, next - i));
    i = next;
    if (i >= n) break;
    if (body[i] == '\r') {
      out += '\n';
      ++i;
      if (i < n && body[i] == '\n') ++i;
      continue;
    }
    // A backslash escape.
    std::size_t esc = i;
    ++i;
    if (i >= n) {
      out += '\\';
      break;
    }
    char c = body[i++];
    switch (c) {
      case '\n': break;
      case '\r': if (i < n && body[i] == '\n') ++i; break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        unsigned value = static_cast<unsigned>(c - '0');
        for (int k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7'; ++k) value = value * 8 + static_cast<unsigned>(body[i++] - '0');
        if (bytes) out += static_cast<char>(value & 0xFF);
        else utf8_append(out, value);
        break;
      }
      case 'x': {
        int h1 = i < n ? hex_value(body[i]) : -1;
        int h2 = i + 1 < n ? hex_value(body[i + 1]) : -1;
        if (h1 < 0 || h2 < 0) {
          std::size_t pos = esc;
          error = bytes ? "(value error) invalid \\x escape at position " + std::to_string(pos)
                        : "(unicode error) 'unicodeescape' codec can't decode bytes in position " + std::to_string(pos) +
                              "-" + std::to_string(pos + 1 + (h1 >= 0 ? 1 : 0)) + ": truncated \\xXX escape";
          return false;
        }
        i += 2;
        unsigned value = static_cast<unsigned>(h1 * 16 + h2);
        if (bytes) out += static_cast<char>(value);
        else utf8_append(out, value);
        break;
      }
      case 'u':
      case 'U': {
        if (bytes) {
          bad_escapes.push_back(std::string("\\") + c);
          out += '\\';
          out += c;
          break;
        }
        int digits = c == 'u' ? 4 : 8;
        std::uint32_t value = 0;
        int got = 0;
        while (got < digits && i < n && hex_value(body[i]) >= 0) {
          value = value * 16 + static_cast<std::uint32_t>(hex_value(body[i++]));
          ++got;
        }
        if (got < digits) {
          error = "(unicode error) 'unicodeescape' codec can't decode bytes in position " + std::to_string(esc) + "-" +
                  std::to_string(esc + 1 + static_cast<std::size_t>(got)) + ": truncated \\" + (c == 'u' ? "uXXXX" : "UXXXXXXXX") +
                  " escape";
          return false;
        }
        if (value > 0x10FFFF) {
          error = "(unicode error) 'unicodeescape' codec can't decode bytes in position " + std::to_string(esc) + "-" +
                  std::to_string(esc + 9) + ": illegal Unicode character";
          return false;
        }
        utf8_append(out, value);
        break;
      }
      case 'N': {
        if (bytes) {
          bad_escapes.push_back("\\N");
          out += "\\N";
          break;
        }
        error = "\\N{...} escapes are not supported by loopscope";
        return false;
      }
      default: {
        // Unknown escape: kept as written, with CPython's SyntaxWarning.
        std::string seq = "\\";
        std::size_t start = i - 1;
        std::size_t len = 1;
        if (static_cast<unsigned char>(c) >= 0x80) {
          int l;
          utf8_decode(body, start, l);
          len = static_cast<std::size_t>(l);
        }
        seq.append(body.substr(start, len));
        bad_escapes.push_back(seq);
        out += seq;
        i = start + len;
        if (!check_ascii(start, i)) return false;
        break;
      }
    }
  }
  return true;
}

}  // namespace ls::lang::detail
