// The named methods of str: searching, splitting, stripping, case, padding, predicates, format.
//
// Index:
//   helpers     code-point/byte offsets, start/end arguments
//   search      find rfind index rindex count startswith endswith
//   split/join  split rsplit splitlines partition rpartition join
//   transform   strip lstrip rstrip replace removeprefix removesuffix expandtabs
//   case        upper lower casefold swapcase title capitalize
//   padding     center ljust rjust zfill
//   predicates  isdigit isalpha isalnum isspace isupper islower istitle isidentifier ...
//   format      format format_map (str_format.cpp), encode, maketrans/translate
#include <algorithm>

#include "engine/lang/builtins/builtin_util.h"
#include "engine/lang/builtins/builtins_internal.h"
#include "engine/lang/num/format_spec.h"
#include "engine/lang/builtins/str_unicode.h"
#include "engine/lang/builtins_install.h"

namespace ls::lang {
using namespace bi;

namespace {

// ---- helpers ------------------------------------------------------------------------------------

StrObject* self_str(const CallArgs& a) { return as_str(a[0]); }

int64_t cp_to_byte(const StrObject* s, int64_t cp) { return s->m_ascii ? cp : int64_t(utf8_offset(s, cp)); }
int64_t byte_to_cp(const StrObject* s, size_t b) {
  return s->m_ascii ? int64_t(b) : utf8_length(std::string_view(s->m_utf8).substr(0, b));
}

int64_t slice_arg(const Value& v) {
  if (is_int_like(v)) {
    int64_t x;
    if (int_to_int64(v, &x)) return x;
    return to_bigint(v).is_negative() ? INT64_MIN / 2 : INT64_MAX / 2;
  }
  static StrObject* s_index = intern("__index__");
  if (type_lookup(type_of(v), s_index).is_null())
    throw_type_error("slice indices must be integers or None or have an __index__ method");
  return index_value(v);
}

// CPython's start/end handling for find/count/startswith: clamp like a slice, in code points.
void adjust_range(int64_t len, const Value& start, const Value& end, int64_t* s, int64_t* e) {
  *s = absent(start) ? 0 : slice_arg(start);
  *e = absent(end) ? len : slice_arg(end);
  if (*e > len) *e = len;
  else if (*e < 0) { *e += len; if (*e < 0) *e = 0; }
  if (*s < 0) { *s += len; if (*s < 0) *s = 0; }
}

Value opt(const CallArgs& a, size_t i) { return i < a.nargs ? a[i] : Value(); }

std::string_view need_str(const Value& v) {
  if (!is_str(v)) throw_type_error("must be str, not " + tname(v));
  return str_view(v);
}

// ---- search -------------------------------------------------------------------------------------

// Finds 'sub' in self[start:end]; returns the code-point index or -1.
int64_t str_find_impl(const CallArgs& a, const char* name, bool reverse) {
  a.check_method_parsetuple(name, 1, 3);
  StrObject* s = self_str(a);
  std::string_view sub = need_str(a[1]);
  int64_t st, en;
  adjust_range(s->m_length, opt(a, 2), opt(a, 3), &st, &en);
  if (st > s->m_length || en < st) return -1;
  if (en - st < int64_t(num::utf8_length(sub))) return -1;
  int64_t bs = cp_to_byte(s, st), be = cp_to_byte(s, en);
  std::string_view hay = std::string_view(s->m_utf8).substr(size_t(bs), size_t(be - bs));
  size_t pos = reverse ? hay.rfind(sub) : hay.find(sub);
  if (pos == std::string_view::npos) return -1;
  return byte_to_cp(s, size_t(bs) + pos);
}

Value str_find(CallArgs& a) { return Value::integer(str_find_impl(a, "find", false)); }
Value str_rfind(CallArgs& a) { return Value::integer(str_find_impl(a, "rfind", true)); }
Value str_index(CallArgs& a) {
  int64_t r = str_find_impl(a, "index", false);
  if (r < 0) throw_value_error("substring not found");
  return Value::integer(r);
}
Value str_rindex(CallArgs& a) {
  int64_t r = str_find_impl(a, "rindex", true);
  if (r < 0) throw_value_error("substring not found");
  return Value::integer(r);
}

Value str_count(CallArgs& a) {
  a.check_method_parsetuple("count", 1, 3);
  StrObject* s = self_str(a);
  std::string_view sub = need_str(a[1]);
  int64_t st, en;
  adjust_range(s->m_length, opt(a, 2), opt(a, 3), &st, &en);
  if (st > s->m_length || en < st) return Value::integer(0);
  if (sub.empty()) return Value::integer(en - st + 1);
  int64_t bs = cp_to_byte(s, st), be = cp_to_byte(s, en);
  std::string_view hay = std::string_view(s->m_utf8).substr(size_t(bs), size_t(be - bs));
  int64_t n = 0;
  size_t pos = 0;
  while ((pos = hay.find(sub, pos)) != std::string_view::npos) {
    ++n;
    pos += sub.size();
  }
  return Value::integer(n);
}

// startswith/endswith with a str or a tuple of str, and optional start/end.
Value str_starts_ends(const CallArgs& a, const char* name, bool ends) {
  a.check_method_parsetuple(name, 1, 3);
  StrObject* s = self_str(a);
  int64_t st, en;
  adjust_range(s->m_length, opt(a, 2), opt(a, 3), &st, &en);
  auto test = [&](std::string_view p) {
    if (st > s->m_length) return false;
    int64_t plen = int64_t(num::utf8_length(p));
    if (en - st < plen) return false;
    int64_t bs = cp_to_byte(s, st), be = cp_to_byte(s, en);
    std::string_view hay = std::string_view(s->m_utf8).substr(size_t(bs), size_t(be - bs));
    return ends ? hay.substr(hay.size() - p.size()) == p : hay.substr(0, p.size()) == p;
  };
  const Value& p = a[1];
  if (is_str(p)) return Value::boolean(test(str_view(p)));
  if (is_tuple(p)) {
    for (const Value& x : as_tuple(p)->m_items) {
      if (!is_str(x)) throw_type_error(std::string("tuple for ") + name + " must only contain str, not " + tname(x));
      if (test(str_view(x))) return Value::boolean(true);
    }
    return Value::boolean(false);
  }
  throw_type_error(std::string(name) + " first arg must be str or a tuple of str, not " + tname(p));
}
Value str_startswith(CallArgs& a) { return str_starts_ends(a, "startswith", false); }
Value str_endswith(CallArgs& a) { return str_starts_ends(a, "endswith", true); }

// ---- split / join -------------------------------------------------------------------------------

// (sep=None, maxsplit=-1) for split and rsplit.
void split_args(const CallArgs& a, const char* name, Value* sep, int64_t* maxsplit) {
  static const ParamSpec split_spec{"split", {"sep", "maxsplit"}, 0, 0, 0, true};
  static const ParamSpec rsplit_spec{"rsplit", {"sep", "maxsplit"}, 0, 0, 0, true};
  Value p[2];
  allow_keywords(a, name, {"sep", "maxsplit"});
  (name[0] == 'r' ? rsplit_spec : split_spec).bind(a, p);
  *sep = p[0];
  if (!absent(*sep) && !is_str(*sep)) throw_type_error("must be str or None, not " + tname(*sep));
  *maxsplit = p[1].is_null() ? -1 : index_value(p[1]);
  if (*maxsplit < 0) *maxsplit = INT64_MAX;
}

// Whitespace split of 'text' (runs of whitespace separate; no empty strings).
std::vector<std::string_view> ws_split(std::string_view t, int64_t maxsplit, bool reverse) {
  std::vector<std::string_view> parts;
  // Decode into (byte offset, is-space) marks.
  std::vector<size_t> starts;
  std::vector<bool> space;
  size_t pos = 0;
  while (pos < t.size()) {
    starts.push_back(pos);
    space.push_back(cp_isspace(utf8_decode(t, pos)));
  }
  starts.push_back(t.size());
  size_t n = space.size();
  if (!reverse) {
    size_t i = 0;
    while (true) {
      while (i < n && space[i]) ++i;
      if (i >= n) break;
      if (int64_t(parts.size()) >= maxsplit) {
        // The rest, as it is.
        parts.push_back(t.substr(starts[i]));
        break;
      }
      size_t j = i;
      while (j < n && !space[j]) ++j;
      parts.push_back(t.substr(starts[i], starts[j] - starts[i]));
      i = j;
    }
  } else {
    size_t i = n;
    while (true) {
      while (i > 0 && space[i - 1]) --i;
      if (i == 0) break;
      if (int64_t(parts.size()) >= maxsplit) {
        parts.push_back(t.substr(0, starts[i]));
        break;
      }
      size_t j = i;
      while (j > 0 && !space[j - 1]) --j;
      parts.push_back(t.substr(starts[j], starts[i] - starts[j]));
      i = j;
    }
    std::reverse(parts.begin(), parts.end());
  }
  return parts;
}

Value parts_to_list(const std::vector<std::string_view>& parts) {
  std::vector<Value> out;
  out.reserve(parts.size());
  for (auto p : parts) out.push_back(make_str(p));
  return make_list(std::move(out));
}

Value str_split(CallArgs& a) {
  Value sep;
  int64_t maxsplit;
  split_args(a, "split", &sep, &maxsplit);
  std::string_view t = str_view(a[0]);
  if (absent(sep)) return parts_to_list(ws_split(t, maxsplit, false));
  std::string_view s = str_view(sep);
  if (s.empty()) throw_value_error("empty separator");
  std::vector<std::string_view> parts;
  size_t pos = 0;
  while (int64_t(parts.size()) < maxsplit) {
    size_t f = t.find(s, pos);
    if (f == std::string_view::npos) break;
    parts.push_back(t.substr(pos, f - pos));
    pos = f + s.size();
  }
  parts.push_back(t.substr(pos));
  return parts_to_list(parts);
}

Value str_rsplit(CallArgs& a) {
  Value sep;
  int64_t maxsplit;
  split_args(a, "rsplit", &sep, &maxsplit);
  std::string_view t = str_view(a[0]);
  if (absent(sep)) return parts_to_list(ws_split(t, maxsplit, true));
  std::string_view s = str_view(sep);
  if (s.empty()) throw_value_error("empty separator");
  std::vector<std::string_view> parts;
  size_t end = t.size();
  while (int64_t(parts.size()) < maxsplit && end >= s.size()) {
    size_t f = t.substr(0, end).rfind(s);
    if (f == std::string_view::npos) break;
    parts.push_back(t.substr(f + s.size(), end - f - s.size()));
    end = f;
  }
  parts.push_back(t.substr(0, end));
  std::reverse(parts.begin(), parts.end());
  return parts_to_list(parts);
}

Value str_splitlines(CallArgs& a) {
  static const ParamSpec spec{"splitlines", {"keepends"}, 0, 0, 0, true};
  Value p[1];
  allow_keywords(a, "splitlines", {"keepends"});
  spec.bind(a, p);
  bool keep = !p[0].is_null() && truthy(p[0]);
  std::string_view t = str_view(a[0]);
  std::vector<std::string_view> parts;
  size_t start = 0, pos = 0;
  while (pos < t.size()) {
    size_t here = pos;
    uint32_t c = utf8_decode(t, pos);
    if (!cp_islinebreak(c)) continue;
    size_t after = pos;
    if (c == '\r' && pos < t.size() && t[pos] == '\n') after = ++pos;
    parts.push_back(t.substr(start, (keep ? after : here) - start));
    start = after;
  }
  if (start < t.size()) parts.push_back(t.substr(start));
  return parts_to_list(parts);
}

Value str_partition_impl(CallArgs& a, const char* name, bool reverse) {
  a.check_method(name, 1, 1);
  std::string_view t = str_view(a[0]);
  std::string_view s = need_str(a[1]);
  if (s.empty()) throw_value_error("empty separator");
  size_t f = reverse ? t.rfind(s) : t.find(s);
  if (f == std::string_view::npos) {
    if (reverse) return make_tuple({make_str(""), make_str(""), a[0]});
    return make_tuple({a[0], make_str(""), make_str("")});
  }
  return make_tuple({make_str(t.substr(0, f)), a[1], make_str(t.substr(f + s.size()))});
}
Value str_partition(CallArgs& a) { return str_partition_impl(a, "partition", false); }
Value str_rpartition(CallArgs& a) { return str_partition_impl(a, "rpartition", true); }

Value str_join(CallArgs& a) {
  a.check_method("join", 1, 1);
  std::string_view sep = str_view(a[0]);
  const Value& it = a[1];
  TypeObject* t = type_of(it);
  static StrObject* s_iter = intern("__iter__");
  static StrObject* s_getitem = intern("__getitem__");
  if (!t->m_slots.iter && type_lookup(t, s_iter).is_null() && type_lookup(t, s_getitem).is_null())
    throw_type_error("can only join an iterable");
  std::vector<Value> items = items_of(it);
  size_t total = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!is_str(items[i]))
      throw_type_error("sequence item " + std::to_string(i) + ": expected str instance, " + tname(items[i]) + " found");
    total += str_view(items[i]).size() + sep.size();
  }
  memory_reserve_check(total);
  std::string out;
  out.reserve(total);
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += sep;
    out += str_view(items[i]);
  }
  return make_str(out);
}

// ---- transform ----------------------------------------------------------------------------------

// strip/lstrip/rstrip: 'which' 1 = left, 2 = right, 3 = both.
Value strip_impl(CallArgs& a, const char* name, int which) {
  a.check_method(name, 0, 1);
  std::string_view t = str_view(a[0]);
  Value chars = opt(a, 1);
  std::u32string set;
  bool ws = absent(chars);
  if (!ws) {
    if (!is_str(chars)) throw_type_error(std::string(name) + " arg must be None or str");
    set = to_u32(str_view(chars));
  }
  auto strip_cp = [&](uint32_t c) { return ws ? cp_isspace(c) : set.find(char32_t(c)) != std::u32string::npos; };
  size_t b = 0, e = t.size();
  if (which & 1) {
    while (b < e) {
      size_t p = b;
      if (!strip_cp(utf8_decode(t, p))) break;
      b = p;
    }
  }
  if (which & 2) {
    while (e > b) {
      size_t p = e - 1;
      while (p > b && (static_cast<unsigned char>(t[p]) & 0xC0) == 0x80) --p;
      size_t q = p;
      if (!strip_cp(utf8_decode(t, q))) break;
      e = p;
    }
  }
  if (b == 0 && e == t.size() && type_of(a[0]) == g_str_type) return a[0];
  return make_str(t.substr(b, e - b));
}
Value str_strip(CallArgs& a) { return strip_impl(a, "strip", 3); }
Value str_lstrip(CallArgs& a) { return strip_impl(a, "lstrip", 1); }
Value str_rstrip(CallArgs& a) { return strip_impl(a, "rstrip", 2); }

Value str_replace(CallArgs& a) {
  if (a.nkw()) throw_type_error("str.replace() takes no keyword arguments");
  a.check_method("replace", 2, 3);
  if (!is_str(a[1])) throw_type_error("replace() argument 1 must be str, not " + tname(a[1]));
  if (!is_str(a[2])) throw_type_error("replace() argument 2 must be str, not " + tname(a[2]));
  std::string_view t = str_view(a[0]), o = str_view(a[1]), n = str_view(a[2]);
  int64_t count = a.nargs > 3 ? index_value(a[3]) : -1;
  if (count < 0) count = INT64_MAX;
  std::string out;
  if (o.empty()) {
    size_t pos = 0;
    int64_t done = 0;
    while (pos <= t.size()) {
      if (done < count) {
        out += n;
        ++done;
      }
      if (pos == t.size()) break;
      size_t p = pos;
      utf8_decode(t, p);
      out += t.substr(pos, p - pos);
      pos = p;
    }
    return make_str(out);
  }
  size_t pos = 0;
  int64_t done = 0;
  while (done < count) {
    size_t f = t.find(o, pos);
    if (f == std::string_view::npos) break;
    out += t.substr(pos, f - pos);
    out += n;
    pos = f + o.size();
    ++done;
  }
  if (done == 0 && type_of(a[0]) == g_str_type) return a[0];
  out += t.substr(pos);
  return make_str(out);
}

Value str_removeprefix(CallArgs& a) {
  a.check_method("removeprefix", 1, 1);
  if (!is_str(a[1])) throw_type_error("removeprefix() argument must be str, not " + tname(a[1]));
  std::string_view t = str_view(a[0]), p = str_view(a[1]);
  if (!p.empty() && t.substr(0, p.size()) == p) return make_str(t.substr(p.size()));
  return make_str(t);
}

Value str_removesuffix(CallArgs& a) {
  a.check_method("removesuffix", 1, 1);
  if (!is_str(a[1])) throw_type_error("removesuffix() argument must be str, not " + tname(a[1]));
  std::string_view t = str_view(a[0]), p = str_view(a[1]);
  if (!p.empty() && t.size() >= p.size() && t.substr(t.size() - p.size()) == p)
    return make_str(t.substr(0, t.size() - p.size()));
  return make_str(t);
}

Value str_expandtabs(CallArgs& a) {
  static const ParamSpec spec{"expandtabs", {"tabsize"}, 0, 0, 0, true};
  Value p[1];
  allow_keywords(a, "expandtabs", {"tabsize"});
  spec.bind(a, p);
  int64_t tab = p[0].is_null() ? 8 : index_value(p[0]);
  std::string_view t = str_view(a[0]);
  std::string out;
  int64_t col = 0;
  size_t pos = 0;
  while (pos < t.size()) {
    size_t start = pos;
    uint32_t c = utf8_decode(t, pos);
    if (c == '\t') {
      if (tab > 0) {
        int64_t n = tab - col % tab;
        out.append(size_t(n), ' ');
        col += n;
      }
    } else {
      out += t.substr(start, pos - start);
      ++col;
      if (c == '\n' || c == '\r') col = 0;
    }
  }
  return make_str(out);
}

// ---- case ---------------------------------------------------------------------------------------

template <class F>
Value map_cps(const Value& self, F f) {
  std::string_view t = str_view(self);
  std::string out;
  out.reserve(t.size());
  size_t pos = 0;
  while (pos < t.size()) f(out, utf8_decode(t, pos));
  return make_str(out);
}

Value str_upper(CallArgs& a) { a.check_method("upper", 0, 0); return map_cps(a[0], cp_append_upper); }
Value str_lower(CallArgs& a) { a.check_method("lower", 0, 0); return map_cps(a[0], cp_append_lower); }
Value str_casefold(CallArgs& a) { a.check_method("casefold", 0, 0); return map_cps(a[0], cp_append_casefold); }
Value str_swapcase(CallArgs& a) {
  a.check_method("swapcase", 0, 0);
  return map_cps(a[0], [](std::string& out, uint32_t c) {
    if (cp_isupper(c)) cp_append_lower(out, c);
    else if (cp_islower(c)) cp_append_upper(out, c);
    else utf8_append(out, c);
  });
}

Value str_title(CallArgs& a) {
  a.check_method("title", 0, 0);
  bool prev_cased = false;
  return map_cps(a[0], [&](std::string& out, uint32_t c) {
    if (prev_cased) cp_append_lower(out, c);
    else cp_append_upper(out, c);
    prev_cased = cp_iscased(c);
  });
}

Value str_capitalize(CallArgs& a) {
  a.check_method("capitalize", 0, 0);
  bool first = true;
  return map_cps(a[0], [&](std::string& out, uint32_t c) {
    if (first) cp_append_upper(out, c);
    else cp_append_lower(out, c);
    first = false;
  });
}

// ---- padding --------------------------------------------------------------------------------------

// (width, fillchar=' ') for center/ljust/rjust; 'kind' '<' '>' '^'.
Value pad_impl(CallArgs& a, const char* name, char kind) {
  a.check_method(name, 1, 2);
  int64_t width = index_value(a[1]);
  std::string fill = " ";
  if (a.nargs > 2) {
    if (!is_str(a[2]))
      throw_type_error("The fill character must be a unicode character, not " + tname(a[2]));
    if (as_str(a[2])->m_length != 1) throw_type_error("The fill character must be exactly one character long");
    fill = std::string(str_view(a[2]));
  }
  StrObject* s = as_str(a[0]);
  if (width <= s->m_length) return type_of(a[0]) == g_str_type ? a[0] : make_str(s->m_utf8);
  int64_t marg = width - s->m_length, left = 0;
  if (kind == '>') left = marg;
  else if (kind == '^') left = marg / 2 + (marg & width & 1);
  std::string out;
  for (int64_t i = 0; i < left; ++i) out += fill;
  out += s->m_utf8;
  for (int64_t i = 0; i < marg - left; ++i) out += fill;
  return make_str(out);
}
Value str_center(CallArgs& a) { return pad_impl(a, "center", '^'); }
Value str_ljust(CallArgs& a) { return pad_impl(a, "ljust", '<'); }
Value str_rjust(CallArgs& a) { return pad_impl(a, "rjust", '>'); }

Value str_zfill(CallArgs& a) {
  a.check_method("zfill", 1, 1);
  int64_t width = index_value(a[1]);
  StrObject* s = as_str(a[0]);
  if (width <= s->m_length) return make_str(s->m_utf8);
  std::string t = s->m_utf8;
  std::string zeros(size_t(width - s->m_length), '0');
  if (!t.empty() && (t[0] == '+' || t[0] == '-')) return make_str(t.substr(0, 1) + zeros + t.substr(1));
  return make_str(zeros + t);
}

// ---- predicates ------------------------------------------------------------------------------

template <class F>
Value all_cps(const CallArgs& a, const char* name, F f) {
  a.check_method(name, 0, 0);
  std::string_view t = str_view(a[0]);
  if (t.empty()) return Value::boolean(false);
  size_t pos = 0;
  while (pos < t.size())
    if (!f(utf8_decode(t, pos))) return Value::boolean(false);
  return Value::boolean(true);
}

Value str_isdigit(CallArgs& a) { return all_cps(a, "isdigit", cp_isdigit); }
Value str_isdecimal(CallArgs& a) { return all_cps(a, "isdecimal", cp_isdigit); }
Value str_isnumeric(CallArgs& a) { return all_cps(a, "isnumeric", cp_isdigit); }
Value str_isalpha(CallArgs& a) { return all_cps(a, "isalpha", cp_isalpha); }
Value str_isalnum(CallArgs& a) { return all_cps(a, "isalnum", cp_isalnum); }
Value str_isspace(CallArgs& a) { return all_cps(a, "isspace", cp_isspace); }
Value str_isascii(CallArgs& a) {
  a.check_method("isascii", 0, 0);
  return Value::boolean(as_str(a[0])->m_ascii);
}
Value str_isprintable(CallArgs& a) {
  a.check_method("isprintable", 0, 0);
  std::string_view t = str_view(a[0]);
  size_t pos = 0;
  while (pos < t.size())
    if (!cp_isprintable(utf8_decode(t, pos))) return Value::boolean(false);
  return Value::boolean(true);
}

// isupper/islower: at least one cased character, and no cased character of the other case.
Value case_pred(const CallArgs& a, const char* name, bool upper) {
  a.check_method(name, 0, 0);
  std::string_view t = str_view(a[0]);
  bool cased = false;
  size_t pos = 0;
  while (pos < t.size()) {
    uint32_t c = utf8_decode(t, pos);
    if (upper ? cp_islower(c) : cp_isupper(c)) return Value::boolean(false);
    if (upper ? cp_isupper(c) : cp_islower(c)) cased = true;
  }
  return Value::boolean(cased);
}
Value str_isupper(CallArgs& a) { return case_pred(a, "isupper", true); }
Value str_islower(CallArgs& a) { return case_pred(a, "islower", false); }

Value str_istitle(CallArgs& a) {
  a.check_method("istitle", 0, 0);
  std::string_view t = str_view(a[0]);
  bool cased = false, prev_cased = false;
  size_t pos = 0;
  while (pos < t.size()) {
    uint32_t c = utf8_decode(t, pos);
    bool up = cp_isupper(c) || (c >= 0x1c5 && c <= 0x1cb && (c == 0x1c5 || c == 0x1c8 || c == 0x1cb));
    if (up) {
      if (prev_cased) return Value::boolean(false);
      prev_cased = cased = true;
    } else if (cp_islower(c)) {
      if (!prev_cased) return Value::boolean(false);
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return Value::boolean(cased);
}

Value str_isidentifier(CallArgs& a) {
  a.check_method("isidentifier", 0, 0);
  std::string_view t = str_view(a[0]);
  if (t.empty()) return Value::boolean(false);
  size_t pos = 0;
  bool first = true;
  while (pos < t.size()) {
    uint32_t c = utf8_decode(t, pos);
    bool ok = c == '_' || cp_isalpha(c) || (!first && cp_isdigit(c));
    if (!ok) return Value::boolean(false);
    first = false;
  }
  return Value::boolean(true);
}

// ---- format, encode, translate ------------------------------------------------------------------

Value str_format(CallArgs& a) {
  const Value* kwv = a.kwvalues;
  return str_format_call(str_view(a[0]), a.args + 1, a.nargs - 1, kwv, a.kwnames);
}

Value str_format_map(CallArgs& a) {
  a.check_method("format_map", 1, 1);
  return str_format_map_call(str_view(a[0]), a[1]);
}

Value str_encode(CallArgs& a) {
  static const ParamSpec spec{"encode", {"encoding", "errors"}, 0, 0, 0, true};
  Value p[2];
  spec.bind(a, p);
  if (!p[0].is_null()) {
    std::string enc(arg_str(p[0], "encode() argument 'encoding'"));
    for (auto& c : enc) c = char(std::tolower(static_cast<unsigned char>(c)));
    if (enc != "utf-8" && enc != "utf8" && enc != "ascii")
      throw_error(g_LookupError, "unknown encoding: " + std::string(str_view(p[0])));
  }
  Value bytes_type(g_bytes_type);
  if (!g_bytes_type || !g_bytes_type->m_slots.construct)
    throw_error(g_NotImplementedError, "bytes are not supported in loopscope");
  return call(bytes_type, {a[0], make_str("utf-8")});
}

// str.maketrans(x[, y[, z]]): a dict from code points to code points/str/None.
Value str_maketrans(CallArgs& a) {
  a.check("maketrans", 1, 3);
  Value d = make_dict();
  DictObject* out = as_dict(d);
  if (a.nargs == 1) {
    if (!is_dict(a[0])) throw_type_error("if you give only one argument to maketrans it must be a dict");
    std::vector<std::pair<Value, Value>> items;
    as_dict(a[0])->for_each([&](const Value& k, const Value& v) { items.emplace_back(k, v); });
    for (auto& [k, v] : items) {
      if (is_str(k)) {
        if (as_str(k)->m_length != 1) throw_value_error("string keys in translate table must be of length 1");
        size_t p = 0;
        out->set(Value::integer(utf8_decode(str_view(k), p)), v);
      } else if (is_int_like(k)) {
        out->set(k, v);
      } else {
        throw_type_error("keys in translate table must be strings or integers");
      }
    }
    return d;
  }
  if (!is_str(a[0]) || !is_str(a[1])) throw_type_error("maketrans() argument must be str");
  std::u32string x = to_u32(str_view(a[0])), y = to_u32(str_view(a[1]));
  if (x.size() != y.size()) throw_value_error("the first two maketrans arguments must have equal length");
  for (size_t i = 0; i < x.size(); ++i) out->set(Value::integer(x[i]), Value::integer(y[i]));
  if (a.nargs == 3) {
    for (char32_t c : to_u32(arg_str(a[2], "maketrans() argument 3"))) out->set(Value::integer(c), Value::none());
  }
  return d;
}

Value str_translate(CallArgs& a) {
  a.check_method("translate", 1, 1);
  std::string_view t = str_view(a[0]);
  std::string out;
  size_t pos = 0;
  while (pos < t.size()) {
    size_t start = pos;
    uint32_t c = utf8_decode(t, pos);
    Value r;
    try {
      r = getitem(a[1], Value::integer(c));
    } catch (PyException& e) {
      if (!e.matches(g_LookupError)) throw;
      out += t.substr(start, pos - start);
      continue;
    }
    if (r.is_none()) continue;
    if (is_str(r)) out += str_view(r);
    else if (is_int_like(r)) utf8_append(out, uint32_t(index_value(r)));
    else throw_type_error("character mapping must return integer, None or str");
  }
  return make_str(out);
}

}  // namespace

std::string ascii_string(const Value& v) { return ascii_escape(repr_string(v)); }

void install_str_methods() {
  TypeObject* t = g_str_type;
  add_method(t, "find", str_find);
  add_method(t, "rfind", str_rfind);
  add_method(t, "index", str_index);
  add_method(t, "rindex", str_rindex);
  add_method(t, "count", str_count);
  add_method(t, "startswith", str_startswith);
  add_method(t, "endswith", str_endswith);
  add_method(t, "split", str_split);
  add_method(t, "rsplit", str_rsplit);
  add_method(t, "splitlines", str_splitlines);
  add_method(t, "partition", str_partition);
  add_method(t, "rpartition", str_rpartition);
  add_method(t, "join", str_join);
  add_method(t, "strip", str_strip);
  add_method(t, "lstrip", str_lstrip);
  add_method(t, "rstrip", str_rstrip);
  add_method(t, "replace", str_replace);
  add_method(t, "removeprefix", str_removeprefix);
  add_method(t, "removesuffix", str_removesuffix);
  add_method(t, "expandtabs", str_expandtabs);
  add_method(t, "upper", str_upper);
  add_method(t, "lower", str_lower);
  add_method(t, "casefold", str_casefold);
  add_method(t, "swapcase", str_swapcase);
  add_method(t, "title", str_title);
  add_method(t, "capitalize", str_capitalize);
  add_method(t, "center", str_center);
  add_method(t, "ljust", str_ljust);
  add_method(t, "rjust", str_rjust);
  add_method(t, "zfill", str_zfill);
  add_method(t, "isdigit", str_isdigit);
  add_method(t, "isdecimal", str_isdecimal);
  add_method(t, "isnumeric", str_isnumeric);
  add_method(t, "isalpha", str_isalpha);
  add_method(t, "isalnum", str_isalnum);
  add_method(t, "isspace", str_isspace);
  add_method(t, "isascii", str_isascii);
  add_method(t, "isprintable", str_isprintable);
  add_method(t, "isupper", str_isupper);
  add_method(t, "islower", str_islower);
  add_method(t, "istitle", str_istitle);
  add_method(t, "isidentifier", str_isidentifier);
  add_method(t, "format", str_format);
  add_method(t, "format_map", str_format_map);
  add_method(t, "encode", str_encode);
  add_method(t, "maketrans", str_maketrans, MethodKind::StaticMethod);
  add_method(t, "translate", str_translate);
}

}  // namespace ls::lang
