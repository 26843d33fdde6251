// Python str: immutable UTF-8 text with cached code-point length and hash; interned identifiers.
#pragma once
#include <string>
#include <string_view>

#include "engine/lang/builtin_types.h"

namespace ls::lang {

struct StrObject : Object {
  std::string m_utf8;         // the text, UTF-8
  int64_t m_length;           // number of code points (len(s))
  mutable int64_t m_hash = 0; // cached hash(s), valid when m_hash_valid
  mutable bool m_hash_valid = false;
  bool m_ascii;               // every byte < 0x80: indexing is byte indexing
  bool m_interned = false;    // the unique interned copy of this text (compare by pointer)
  // As an attribute name: the instance-dict entry where stored_attr last found it (a guess
  // tried first; instances of one class fill their dicts in the same order).
  uint32_t m_attr_hint = 0;

  explicit StrObject(std::string utf8, TypeObject* type = g_str_type);
  int64_t hash() const { return m_hash_valid ? m_hash : compute_hash(); }
  int64_t compute_hash() const;  // fills the cache
  std::string_view view() const { return m_utf8; }
};

// A new str value from UTF-8 text (the empty string and 1-char ASCII strings are shared).
Value make_str(std::string_view utf8);
// The unique immortal str for 'text' (identifiers, attribute names, dict keys from code).
// Pointer equality of interned strings means text equality. Cache it in a static:
//   static StrObject* s_name = intern("__name__");
StrObject* intern(std::string_view text);

inline bool is_str(const Value& v) { return v.is_obj() && (v.obj()->m_type == g_str_type || is_subtype(v.obj()->m_type, g_str_type)); }
inline StrObject* as_str(const Value& v) { return v.as<StrObject>(); }
// The UTF-8 text of a str value (caller checks is_str).
inline std::string_view str_view(const Value& v) { return v.as<StrObject>()->m_utf8; }

// Code-point helpers for non-ASCII text.
int utf8_length(std::string_view bytes);  // (defined in source.cpp)
// Byte offset of code point 'index' (0 <= index <= length).
size_t utf8_offset(const StrObject* s, int64_t index);
// The code point at 'index' as a new 1-char str.
Value str_char_at(const StrObject* s, int64_t index);
// Appends code point 'cp' to 'out' as UTF-8.
void utf8_append(std::string& out, std::uint32_t cp);  // (defined in source.cpp)
// Decodes the code point starting at byte offset 'pos' and advances 'pos'.
uint32_t utf8_decode(std::string_view s, size_t& pos);
// repr() of text: quotes and escapes like CPython.
std::string str_repr(std::string_view utf8);

}  // namespace ls::lang
