// str.format / str.format_map (replacement fields) and the printf-style str % args operator.
#include <cmath>

#include "engine/lang/builtins/builtin_util.h"
#include "engine/lang/builtins/builtins_api.h"
#include "engine/lang/builtins/builtins_internal.h"
#include "engine/lang/num/percent_format.h"

namespace ls::lang {
using namespace bi;

namespace {

[[noreturn]] void throw_format_error(const num::FormatResult& r) {
  switch (r.error) {
    case num::FormatErrorKind::OverflowError: throw_overflow_error(r.message);
    case num::FormatErrorKind::TypeError: throw_type_error(r.message);
    default: throw_value_error(r.message);
  }
}

const std::string& checked(const num::FormatResult& r) {
  if (!r.ok()) throw_format_error(r);
  return r.text;
}

// ---- str.format ----------------------------------------------------------------------------------

// Where replacement fields take their values from.
struct FormatSource {
  const Value* args = nullptr;
  size_t nargs = 0;
  const Value* kwvalues = nullptr;
  const TupleObject* kwnames = nullptr;
  Value mapping;            // format_map: the mapping (Null for format)
  int auto_state = 0;       // 0 unknown, 1 automatic numbering, 2 manual
  size_t next_auto = 0;

  Value positional(size_t i) {
    if (!mapping.is_null()) throw_value_error("Format string contains positional fields");
    if (i >= nargs)
      throw_error(g_IndexError, "Replacement index " + std::to_string(i) + " out of range for positional args tuple");
    return args[i];
  }
  Value keyword(std::string_view name) {
    Value key = make_str(name);
    if (!mapping.is_null()) return getitem(mapping, key);
    if (kwnames)
      for (size_t i = 0; i < kwnames->m_items.size(); ++i)
        if (str_view(kwnames->m_items[i]) == name) return kwvalues[i];
    throw_key_error(key);
  }
};

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// field_name: arg_name ('.' attribute | '[' index ']')*
Value resolve_field(std::string_view name, FormatSource& src) {
  size_t i = 0;
  while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
  std::string_view first = name.substr(0, i);
  Value v;
  if (first.empty()) {
    if (src.auto_state == 2)
      throw_value_error("cannot switch from manual field specification to automatic field numbering");
    src.auto_state = 1;
    v = src.positional(src.next_auto++);
  } else if (all_digits(first)) {
    if (src.auto_state == 1)
      throw_value_error("cannot switch from automatic field numbering to manual field specification");
    src.auto_state = 2;
    v = src.positional(size_t(std::stoull(std::string(first))));
  } else {
    v = src.keyword(first);
  }
  while (i < name.size()) {
    if (name[i] == '.') {
      size_t j = ++i;
      while (j < name.size() && name[j] != '.' && name[j] != '[') ++j;
      std::string_view attr = name.substr(i, j - i);
      if (attr.empty()) throw_value_error("Empty attribute in format string");
      v = getattr(v, attr);
      i = j;
    } else if (name[i] == '[') {
      size_t j = name.find(']', i);
      if (j == std::string_view::npos) throw_value_error("Missing ']' in format string");
      std::string_view key = name.substr(i + 1, j - i - 1);
      if (key.empty()) throw_value_error("Empty attribute in format string");
      v = all_digits(key) ? getitem(v, Value::integer(std::stoll(std::string(key)))) : getitem(v, make_str(key));
      i = j + 1;
      if (i < name.size() && name[i] != '.' && name[i] != '[')
        throw_value_error("Only '.' or '[' may follow ']' in format field specifier");
    } else {
      throw_value_error("Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return v;
}

void format_into(std::string& out, std::string_view fmt, FormatSource& src, int depth);

// One replacement field's inner text (between the braces).
void format_field(std::string& out, std::string_view field, FormatSource& src, int depth) {
  // Split "name!conv:spec": the name ends at the first '!' or ':' outside brackets.
  size_t i = 0;
  while (i < field.size() && field[i] != '!' && field[i] != ':') {
    if (field[i] == '[') {
      while (i < field.size() && field[i] != ']') ++i;
      if (i >= field.size()) break;
    }
    ++i;
  }
  std::string_view name = field.substr(0, std::min(i, field.size()));
  char conv = 0;
  std::string_view spec;
  if (i < field.size() && field[i] == '!') {
    if (i + 1 >= field.size()) throw_value_error("end of string while looking for conversion specifier");
    conv = field[i + 1];
    i += 2;
    if (i < field.size() && field[i] != ':') throw_value_error("expected ':' after conversion specifier");
  }
  if (i < field.size() && field[i] == ':') spec = field.substr(i + 1);
  Value v = resolve_field(name, src);
  if (conv) {
    if (conv == 'r') v = repr(v);
    else if (conv == 's') v = str(v);
    else if (conv == 'a') v = make_str(ascii_string(v));
    else throw_value_error(std::string("Unknown conversion specifier ") + conv);
  }
  std::string spec_text;
  if (spec.find('{') != std::string_view::npos) {
    if (depth >= 2) throw_value_error("Max string recursion exceeded");
    format_into(spec_text, spec, src, depth + 1);
  } else {
    spec_text = std::string(spec);
  }
  out += str_view(format(v, spec_text));
}

void format_into(std::string& out, std::string_view fmt, FormatSource& src, int depth) {
  size_t i = 0;
  while (i < fmt.size()) {
    char c = fmt[i];
    if (c == '{') {
      if (i + 1 < fmt.size() && fmt[i + 1] == '{') {
        out += '{';
        i += 2;
        continue;
      }
      // Find the matching '}' (nested braces belong to the spec).
      size_t j = i + 1;
      int nest = 1;
      while (j < fmt.size()) {
        if (fmt[j] == '{') ++nest;
        else if (fmt[j] == '}' && --nest == 0) break;
        else if (fmt[j] == '[') {
          // Brackets in the field name may hold braces.
          size_t k = j;
          while (k < fmt.size() && fmt[k] != ']' && fmt[k] != '}') ++k;
          if (k < fmt.size() && fmt[k] == ']') j = k;
        }
        ++j;
      }
      if (j >= fmt.size()) {
        if (i + 1 >= fmt.size()) throw_value_error("Single '{' encountered in format string");
        throw_value_error("expected '}' before end of string");
      }
      format_field(out, fmt.substr(i + 1, j - i - 1), src, depth);
      i = j + 1;
    } else if (c == '}') {
      if (i + 1 < fmt.size() && fmt[i + 1] == '}') {
        out += '}';
        i += 2;
        continue;
      }
      throw_value_error("Single '}' encountered in format string");
    } else {
      size_t j = i;
      while (j < fmt.size() && fmt[j] != '{' && fmt[j] != '}') ++j;
      out.append(fmt.substr(i, j - i));
      i = j;
    }
  }
}

// ---- str % args -----------------------------------------------------------------------------

bool is_mapping_arg(const Value& v) {
  if (is_tuple(v) || is_str(v)) return false;
  TypeObject* t = type_of(v);
  static StrObject* s_getitem = intern("__getitem__");
  return t->m_slots.getitem != nullptr || !type_lookup(t, s_getitem).is_null();
}

}  // namespace

Value str_format_call(std::string_view fmt, const Value* args, size_t nargs, const Value* kwvalues,
                      const TupleObject* kwnames) {
  FormatSource src;
  src.args = args;
  src.nargs = nargs;
  src.kwvalues = kwvalues;
  src.kwnames = kwnames;
  std::string out;
  format_into(out, fmt, src, 0);
  return make_str(out);
}

Value bi::str_format_map_call(std::string_view fmt, const Value& mapping) {
  FormatSource src;
  src.mapping = mapping;
  std::string out;
  format_into(out, fmt, src, 0);
  return make_str(out);
}

Value str_mod_format(const Value& fmt_value, const Value& args) {
  std::string_view fmt = str_view(fmt_value);
  std::vector<Value> items;
  if (is_tuple(args)) items = as_tuple(args)->m_items;
  else {
    items.push_back(args);
  }
  Value dict = is_mapping_arg(args) ? args : Value();
  size_t argidx = 0;
  auto next_arg = [&]() -> Value {
    if (argidx >= items.size()) throw_type_error("not enough arguments for format string");
    return items[argidx++];
  };
  std::string out;
  size_t i = 0;
  while (i < fmt.size()) {
    size_t j = fmt.find('%', i);
    if (j == std::string_view::npos) {
      out.append(fmt.substr(i));
      break;
    }
    out.append(fmt.substr(i, j - i));
    size_t pos = j + 1;
    num::PercentSpec spec;
    std::string err;
    if (!num::parse_percent_spec(fmt, &pos, &spec, &err)) throw_value_error(err);
    i = pos;
    if (spec.conversion == '%') {
      out += '%';
      continue;
    }
    Value v;
    if (spec.has_key) {
      if (dict.is_null()) throw_type_error("format requires a mapping");
      v = getitem(dict, make_str(spec.key));
    }
    if (spec.width_star) {
      Value w = next_arg();
      if (!is_int_like(w)) throw_type_error("* wants int");
      spec.width = index_value(w);
      if (spec.width < 0) {
        spec.left = true;
        spec.width = -spec.width;
      }
    }
    if (spec.precision_star) {
      Value p = next_arg();
      if (!is_int_like(p)) throw_type_error("* wants int");
      spec.precision = index_value(p);
      if (spec.precision < 0) spec.precision = -1;
    }
    if (!spec.has_key) v = next_arg();
    char c = spec.conversion;
    switch (c) {
      case 's': out += checked(num::percent_format_str(str_string(v), spec)); break;
      case 'r': out += checked(num::percent_format_str(repr_string(v), spec)); break;
      case 'a': out += checked(num::percent_format_str(ascii_string(v), spec)); break;
      case 'c': {
        if (is_str(v)) {
          if (as_str(v)->m_length != 1) throw_type_error("%c requires int or char");
          out += checked(num::percent_format_str(str_view(v), spec));
        } else if (is_int_like(v)) {
          int64_t cp;
          if (!int_to_int64(v, &cp)) throw_overflow_error("%c arg not in range(0x110000)");
          out += checked(num::percent_format_char(cp, spec));
        } else {
          throw_type_error("%c requires int or char");
        }
        break;
      }
      case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
        num::BigInt n;
        if (is_int_like(v)) n = to_bigint(v);
        else if (is_float_like(v) && (c == 'd' || c == 'i' || c == 'u')) {
          double d = to_double(v);
          if (std::isinf(d)) throw_overflow_error("cannot convert float infinity to integer");
          if (std::isnan(d)) throw_value_error("cannot convert float NaN to integer");
          n = num::BigInt::from_double(d);
        } else {
          static StrObject* s_index = intern("__index__");
          if (!type_lookup_user(type_of(v), s_index).is_null()) n = num::BigInt(index_value(v));
          else if (c == 'd' || c == 'i' || c == 'u')
            throw_type_error(std::string("%") + c + " format: a real number is required, not " + tname(v));
          else
            throw_type_error(std::string("%") + c + " format: an integer is required, not " + tname(v));
        }
        if (n.fits_int64()) out += checked(num::percent_format_int(n.to_int64(), spec));
        else out += checked(num::percent_format_bigint(n, spec));
        break;
      }
      default: {  // e E f F g G
        double d;
        if (is_float_like(v) || is_int_like(v)) d = to_double(v);
        else {
          static StrObject* s_float = intern("__float__");
          if (type_lookup_user(type_of(v), s_float).is_null())
            throw_type_error("must be real number, not " + tname(v));
          d = to_double(call_method(v, "__float__"));
        }
        out += checked(num::percent_format_float(d, spec));
        break;
      }
    }
  }
  if (dict.is_null() && argidx < items.size())
    throw_type_error("not all arguments converted during string formatting");
  return make_str(out);
}

}  // namespace ls::lang
