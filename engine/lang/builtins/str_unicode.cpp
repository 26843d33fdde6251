// Code-point classes and case mapping: ASCII by table, the rest through the C.UTF-8 wchar_t facet.
#include "engine/lang/builtins/str_unicode.h"

#include <locale>

#include "engine/lang/str_object.h"

namespace ls::lang::bi {

namespace {
// The wide ctype facet of a UTF-8 locale, or null when the system has none (then non-ASCII
// characters are treated as uncased letters).
const std::ctype<wchar_t>* facet() {
  static const std::ctype<wchar_t>* f = []() -> const std::ctype<wchar_t>* {
    try {
      static std::locale loc("C.UTF-8");
      return &std::use_facet<std::ctype<wchar_t>>(loc);
    } catch (...) {
      return nullptr;
    }
  }();
  return f;
}
}  // namespace

bool cp_isspace(uint32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 ||
         c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

bool cp_islinebreak(uint32_t c) {
  return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e ||
         c == 0x85 || c == 0x2028 || c == 0x2029;
}

bool cp_isalpha(uint32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  auto* f = facet();
  return f ? f->is(std::ctype_base::alpha, wchar_t(c)) : !cp_isspace(c);
}

bool cp_isdigit(uint32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  auto* f = facet();
  return f && f->is(std::ctype_base::digit, wchar_t(c));
}

bool cp_isalnum(uint32_t c) { return cp_isalpha(c) || cp_isdigit(c); }

bool cp_isupper(uint32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  auto* f = facet();
  return f && f->is(std::ctype_base::upper, wchar_t(c));
}

bool cp_islower(uint32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (c == 0xdf) return true;
  auto* f = facet();
  return f && f->is(std::ctype_base::lower, wchar_t(c));
}

bool cp_iscased(uint32_t c) {
  if (c < 0x80) return cp_isupper(c) || cp_islower(c);
  auto* f = facet();
  if (!f) return false;
  return cp_isupper(c) || cp_islower(c) || f->toupper(wchar_t(c)) != wchar_t(c) ||
         f->tolower(wchar_t(c)) != wchar_t(c);
}

bool cp_isprintable(uint32_t c) {
  if (c < 0x80) return c >= 0x20 && c < 0x7f;
  if (c < 0xa0 || c == 0xad) return false;
  if (c == 0x2028 || c == 0x2029 || (c >= 0x200b && c <= 0x200f) || (c >= 0xd800 && c <= 0xdfff)) return false;
  if (cp_isspace(c)) return false;
  return true;
}

void cp_append_upper(std::string& out, uint32_t c) {
  if (c < 0x80) {
    out.push_back(char(c >= 'a' && c <= 'z' ? c - 32 : c));
    return;
  }
  if (c == 0xdf) {
    out += "SS";
    return;
  }
  auto* f = facet();
  utf8_append(out, f ? uint32_t(f->toupper(wchar_t(c))) : c);
}

void cp_append_lower(std::string& out, uint32_t c) {
  if (c < 0x80) {
    out.push_back(char(c >= 'A' && c <= 'Z' ? c + 32 : c));
    return;
  }
  auto* f = facet();
  utf8_append(out, f ? uint32_t(f->tolower(wchar_t(c))) : c);
}

void cp_append_casefold(std::string& out, uint32_t c) {
  if (c == 0xdf) {
    out += "ss";
    return;
  }
  cp_append_lower(out, c);
}

}  // namespace ls::lang::bi
