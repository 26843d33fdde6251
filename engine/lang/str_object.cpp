// str objects: construction, interning, UTF-8 helpers and repr.
#include "engine/lang/str_object.h"

#include <cstdio>
#include <unordered_map>

#include "engine/lang/num/hash.h"

namespace ls::lang {

StrObject::StrObject(std::string utf8, TypeObject* type) : Object(type), m_utf8(std::move(utf8)) {
  bool ascii = true;
  for (unsigned char c : m_utf8)
    if (c >= 0x80) { ascii = false; break; }
  m_ascii = ascii;
  m_length = ascii ? int64_t(m_utf8.size()) : utf8_length(m_utf8);
}

int64_t StrObject::compute_hash() const {
  m_hash = num::hash_str(m_utf8);
  m_hash_valid = true;
  return m_hash;
}

static StrObject* g_empty_str = nullptr;
static StrObject* g_char_strs[128];

StrObject* intern(std::string_view text) {
  static std::unordered_map<std::string_view, StrObject*>* table = new std::unordered_map<std::string_view, StrObject*>();
  auto it = table->find(text);
  if (it != table->end()) return it->second;
  auto* s = new StrObject(std::string(text));
  make_immortal(s);
  s->m_interned = true;
  table->emplace(s->view(), s);
  return s;
}

Value make_str(std::string_view utf8) {
  if (utf8.empty()) {
    if (!g_empty_str) g_empty_str = intern("");
    return Value(g_empty_str);
  }
  if (utf8.size() == 1 && (unsigned char)utf8[0] < 128) {
    StrObject*& s = g_char_strs[(unsigned char)utf8[0]];
    if (!s) s = intern(utf8);
    return Value(s);
  }
  return Value(new StrObject(std::string(utf8)));
}

uint32_t utf8_decode(std::string_view s, size_t& pos) {
  unsigned char c = s[pos++];
  if (c < 0x80) return c;
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  uint32_t cp = c & (0x3F >> extra);
  for (int i = 0; i < extra && pos < s.size(); ++i) cp = (cp << 6) | (s[pos++] & 0x3F);
  return cp;
}

size_t utf8_offset(const StrObject* s, int64_t index) {
  if (s->m_ascii) return size_t(index);
  size_t pos = 0;
  const std::string& t = s->m_utf8;
  for (int64_t i = 0; i < index && pos < t.size(); ++i) {
    ++pos;
    while (pos < t.size() && (static_cast<unsigned char>(t[pos]) & 0xC0) == 0x80) ++pos;
  }
  return pos;
}

Value str_char_at(const StrObject* s, int64_t index) {
  if (s->m_ascii) return make_str(std::string_view(s->m_utf8).substr(size_t(index), 1));
  size_t start = utf8_offset(s, index);
  size_t end = start + 1;
  while (end < s->m_utf8.size() && (static_cast<unsigned char>(s->m_utf8[end]) & 0xC0) == 0x80) ++end;
  return make_str(std::string_view(s->m_utf8).substr(start, end - start));
}

// Characters that repr() escapes although they are not ASCII control characters
// (CPython: not str.isprintable()). An approximation of the Unicode tables for common cases.
static bool is_unprintable(uint32_t cp) {
  if (cp < 0x20 || cp == 0x7F) return true;
  if (cp >= 0x80 && cp <= 0xA0) return true;
  if (cp == 0xAD) return true;
  if ((cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) || (cp >= 0x205F && cp <= 0x206F)) return true;
  if (cp == 0x3000 || cp == 0xFEFF || cp == 0x1680) return true;
  if (cp >= 0xD800 && cp <= 0xDFFF) return true;
  if (cp >= 0xE000 && cp <= 0xF8FF) return true;
  if (cp >= 0xFFF9 && cp <= 0xFFFB) return true;
  if (cp == 0xFFFE || cp == 0xFFFF) return true;
  if (cp >= 0xF0000) return true;
  return false;
}

std::string str_repr(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out += quote;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t start = pos;
    uint32_t cp = utf8_decode(s, pos);
    char buf[16];
    if (cp == uint32_t(quote) || cp == '\\') {
      out += '\\';
      out += char(cp);
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (is_unprintable(cp)) {
      if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
      else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
      out += buf;
    } else {
      out.append(s.substr(start, pos - start));
    }
  }
  out += quote;
  return out;
}

}  // namespace ls::lang
