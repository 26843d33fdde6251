// Decoding of literal text: ints (int64 or big digit strings), floats, and string escapes.
#include "engine/lang/parser_literals.h"

#include <charconv>
#include <cmath>
#include <cstdint>

#include "engine/lang/source.h"

namespace ls::lang::detail {

namespace {

// The character names `\\N{...}` understands: the ones teaching code plausibly uses (arrows,
// check marks, clocks, box drawing, Greek letters, common aliases). Code points generated from
// the Unicode database; names are matched case-insensitively, as Python does.
struct NamedChar {
  const char* name;
  std::uint32_t cp;
};
const NamedChar kNamedChars[] = {
    {"BULLET", 0x2022},
    {"EM DASH", 0x2014},
    {"EN DASH", 0x2013},
    {"HORIZONTAL ELLIPSIS", 0x2026},
    {"RIGHTWARDS ARROW", 0x2192},
    {"LEFTWARDS ARROW", 0x2190},
    {"UPWARDS ARROW", 0x2191},
    {"DOWNWARDS ARROW", 0x2193},
    {"CHECK MARK", 0x2713},
    {"HEAVY CHECK MARK", 0x2714},
    {"WHITE HEAVY CHECK MARK", 0x2705},
    {"BALLOT X", 0x2717},
    {"CROSS MARK", 0x274C},
    {"MULTIPLICATION SIGN", 0xD7},
    {"DIVISION SIGN", 0xF7},
    {"DEGREE SIGN", 0xB0},
    {"NO-BREAK SPACE", 0xA0},
    {"LEFT DOUBLE QUOTATION MARK", 0x201C},
    {"RIGHT DOUBLE QUOTATION MARK", 0x201D},
    {"LEFT SINGLE QUOTATION MARK", 0x2018},
    {"RIGHT SINGLE QUOTATION MARK", 0x2019},
    {"GREEK SMALL LETTER ALPHA", 0x3B1},
    {"GREEK SMALL LETTER BETA", 0x3B2},
    {"GREEK SMALL LETTER DELTA", 0x3B4},
    {"GREEK SMALL LETTER PI", 0x3C0},
    {"GREEK SMALL LETTER MU", 0x3BC},
    {"GREEK SMALL LETTER LAMDA", 0x3BB},
    {"GREEK CAPITAL LETTER DELTA", 0x394},
    {"GREEK CAPITAL LETTER SIGMA", 0x3A3},
    {"GREEK CAPITAL LETTER OMEGA", 0x3A9},
    {"HOURGLASS", 0x231B},
    {"HOURGLASS WITH FLOWING SAND", 0x23F3},
    {"ALARM CLOCK", 0x23F0},
    {"STOPWATCH", 0x23F1},
    {"TIMER CLOCK", 0x23F2},
    {"WATCH", 0x231A},
    {"SNAIL", 0x1F40C},
    {"ROCKET", 0x1F680},
    {"HIGH VOLTAGE SIGN", 0x26A1},
    {"SPARKLES", 0x2728},
    {"PARTY POPPER", 0x1F389},
    {"WARNING SIGN", 0x26A0},
    {"NO ENTRY", 0x26D4},
    {"CHEQUERED FLAG", 0x1F3C1},
    {"LOCK", 0x1F512},
    {"OPEN LOCK", 0x1F513},
    {"KEY", 0x1F511},
    {"BELL", 0x1F514},
    {"CIRCLED BULLET", 0x29BF},
    {"BLACK CIRCLE", 0x25CF},
    {"WHITE CIRCLE", 0x25CB},
    {"BLACK SQUARE", 0x25A0},
    {"WHITE SQUARE", 0x25A1},
    {"FULL BLOCK", 0x2588},
    {"LIGHT SHADE", 0x2591},
    {"MEDIUM SHADE", 0x2592},
    {"DARK SHADE", 0x2593},
    {"BOX DRAWINGS LIGHT HORIZONTAL", 0x2500},
    {"BOX DRAWINGS LIGHT VERTICAL", 0x2502},
    {"BOX DRAWINGS LIGHT UP AND RIGHT", 0x2514},
    {"BOX DRAWINGS LIGHT VERTICAL AND RIGHT", 0x251C},
    {"BOX DRAWINGS LIGHT DOWN AND RIGHT", 0x250C},
    {"BLACK RIGHT-POINTING TRIANGLE", 0x25B6},
    {"INFINITY", 0x221E},
    {"PLUS-MINUS SIGN", 0xB1},
    {"MICRO SIGN", 0xB5},
    {"SECTION SIGN", 0xA7},
    {"PILCROW SIGN", 0xB6},
    {"COPYRIGHT SIGN", 0xA9},
    {"REGISTERED SIGN", 0xAE},
    {"TRADE MARK SIGN", 0x2122},
    {"EURO SIGN", 0x20AC},
    {"POUND SIGN", 0xA3},
    {"YEN SIGN", 0xA5},
    {"CENT SIGN", 0xA2},
    {"LATIN SMALL LETTER E WITH ACUTE", 0xE9},
    {"SNOWMAN", 0x2603},
    {"BLACK STAR", 0x2605},
    {"WHITE STAR", 0x2606},
    {"HEAVY BLACK HEART", 0x2764},
    {"THUMBS UP SIGN", 0x1F44D},
    {"GRINNING FACE", 0x1F600},
    {"SLEEPING SYMBOL", 0x1F4A4},
    {"ZERO WIDTH SPACE", 0x200B},
    {"SPACE", 0x20},
    {"NULL", 0x0},
    {"LINE FEED", 0xA},
    {"CARRIAGE RETURN", 0xD},
    {"CHARACTER TABULATION", 0x9},
    {"ESCAPE", 0x1B},
    {"DELETE", 0x7F},
    {"REPLACEMENT CHARACTER", 0xFFFD},
    {"BYTE ORDER MARK", 0xFEFF},
    {"ZERO WIDTH NO-BREAK SPACE", 0xFEFF},
    {"MIDDLE DOT", 0xB7},
    {"LESS-THAN OR EQUAL TO", 0x2264},
    {"GREATER-THAN OR EQUAL TO", 0x2265},
    {"NOT EQUAL TO", 0x2260},
    {"ALMOST EQUAL TO", 0x2248},
    {"SQUARE ROOT", 0x221A},
    {"N-ARY SUMMATION", 0x2211},
    {"INCREMENT", 0x2206},
    {"NABLA", 0x2207},
    {"ELEMENT OF", 0x2208},
    {"RIGHTWARDS DOUBLE ARROW", 0x21D2},
    {"LEFT RIGHT ARROW", 0x2194},
    {"CLOCKWISE OPEN CIRCLE ARROW", 0x21BB},
    {"ANTICLOCKWISE OPEN CIRCLE ARROW", 0x21BA},
    {"BLACK RIGHTWARDS ARROW", 0x27A1},
    {"HEAVY PLUS SIGN", 0x2795},
    {"HEAVY MINUS SIGN", 0x2796},
    {"BLACK QUESTION MARK ORNAMENT", 0x2753},
    {"HEAVY EXCLAMATION MARK SYMBOL", 0x2757},
    {"LOWER LEFT PENCIL", 0x1F589},
    {"MEMO", 0x1F4DD},
    {"PACKAGE", 0x1F4E6},
    {"INBOX TRAY", 0x1F4E5},
    {"OUTBOX TRAY", 0x1F4E4},
    {"BUSTS IN SILHOUETTE", 0x1F465},
    {"GEAR", 0x2699},
    {"HAMMER", 0x1F528},
    {"LARGE RED CIRCLE", 0x1F534},
    {"LARGE BLUE CIRCLE", 0x1F535},
    {"LARGE GREEN CIRCLE", 0x1F7E2},
    {"LARGE YELLOW CIRCLE", 0x1F7E1},
    {"DOUBLE EXCLAMATION MARK", 0x203C},
    {"HOT BEVERAGE", 0x2615},
    {"NBSP", 0xA0},
    {"LF", 0xA},
    {"CR", 0xD},
    {"TAB", 0x9},
    {"ESC", 0x1B},
    {"BOM", 0xFEFF},
};

// Looks up "name" (any case); -1 when unknown.
std::int64_t lookup_char_name(std::string_view name) {
  std::string upper;
  for (char c : name) upper += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  for (const NamedChar& n : kNamedChars)
    if (upper == n.name) return n.cp;
  return -1;
}

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
        std::size_t close = i < n && body[i] == '{' ? body.find('}', i) : std::string_view::npos;
        if (close == std::string_view::npos) {
          error = "(unicode error) 'unicodeescape' codec can't decode bytes in position " + std::to_string(esc) + "-" +
                  std::to_string(i - 1) + ": malformed \\N character escape";
          return false;
        }
        std::string_view name = body.substr(i + 1, close - i - 1);
        std::int64_t cp = lookup_char_name(name);
        if (cp < 0) {
          error = "the character name \\N{" + std::string(name) +
                  "} is not supported by loopscope (it knows common names only; use \\u or \\U escapes)";
          return false;
        }
        utf8_append(out, static_cast<std::uint32_t>(cp));
        i = close + 1;
        break;
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
