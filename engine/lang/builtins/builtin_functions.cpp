// The builtin functions a program reaches by name: print, len, min/max, sum, sorted, isinstance, ...
//
// Index:
//   output      print, repr, ascii, format
//   sequences   len, sorted, min, max, sum, any, all
//   types       isinstance, issubclass, callable, hasattr/getattr/setattr/delattr, vars, dir, id, hash
//   numbers     abs, round, divmod, pow, chr, ord, hex, oct, bin
//   iteration   iter, next, aiter, anext (iterator types live in builtin_iterators.cpp)
#include <algorithm>
#include <cmath>
#include <cstring>
#include <set>

#include "engine/lang/builtins/builtin_util.h"
#include "engine/lang/builtins/builtins_internal.h"
#include "engine/lang/builtins_install.h"
#include "engine/lang/function_object.h"
#include "engine/lang/module_object.h"
#include "engine/lang/num/bigint.h"
#include "engine/lang/num/float_ops.h"
#include "engine/lang/runtime.h"
#include "engine/lang/set_object.h"

namespace ls::lang {
using namespace bi;

namespace {

// ---- output ---------------------------------------------------------------------------------

// print(*objects, sep=' ', end='\n', file=None, flush=False)
Value builtin_print(CallArgs& a) {
  allow_keywords(a, "print", {"sep", "end", "file", "flush"});
  Value sep = a.kw("sep"), end = a.kw("end"), file = a.kw("file"), flush = a.kw("flush");
  if (!absent(sep) && !is_str(sep)) throw_type_error("sep must be None or a string, not " + tname(sep));
  if (!absent(end) && !is_str(end)) throw_type_error("end must be None or a string, not " + tname(end));
  std::string_view sep_text = absent(sep) ? std::string_view(" ") : str_view(sep);
  std::string_view end_text = absent(end) ? std::string_view("\n") : str_view(end);
  if (absent(file)) file = sys_stream(1);
  if (file.is_none()) return Value::none();  // sys.stdout = None: print does nothing
  int which = std_stream_kind(file);
  if (which != 0) {
    std::string text;
    for (size_t i = 0; i < a.nargs; ++i) {
      if (i) text += sep_text;
      text += str_string(a[i]);
    }
    text += end_text;
    if (which == 1) write_stdout(text); else write_stderr(text);
    return Value::none();
  }
  // A program-provided file object: write each piece, as CPython does.
  for (size_t i = 0; i < a.nargs; ++i) {
    if (i) call_method(file, "write", {make_str(sep_text)});
    call_method(file, "write", {str(a[i])});
  }
  call_method(file, "write", {make_str(end_text)});
  if (!flush.is_null() && truthy(flush)) call_method(file, "flush");
  return Value::none();
}

Value builtin_repr(CallArgs& a) {
  a.check("repr", 1, 1);
  return repr(a[0]);
}

Value builtin_ascii(CallArgs& a) {
  a.check("ascii", 1, 1);
  return make_str(ascii_escape(repr_string(a[0])));
}

// format(value, format_spec='')
Value builtin_format(CallArgs& a) {
  a.check("format", 1, 2);
  if (a.nargs == 2 && !is_str(a[1])) throw_type_error("format() argument 2 must be str, not " + tname(a[1]));
  return format(a[0], a.nargs == 2 ? str_view(a[1]) : std::string_view());
}

// ---- sequences --------------------------------------------------------------------------------

Value builtin_len(CallArgs& a) {
  a.check("len", 1, 1);
  return Value::integer(len(a[0]));
}

// sorted(iterable, /, *, key=None, reverse=False)
Value builtin_sorted(CallArgs& a) {
  if (a.nargs != 1) throw_type_error("sorted expected 1 argument, got " + std::to_string(a.nargs));
  allow_keywords(a, "sort", {"key", "reverse"});
  Value result = list_from_iterable(a[0]);
  Value key = a.kw("key"), rev = a.kw("reverse");
  bool reverse = !rev.is_null() && truthy(rev);
  stable_sort(as_list(result)->m_items, key, reverse);
  return result;
}

// min()/max(): one iterable or several arguments, key=, default= (iterable form only).
Value min_max(CallArgs& a, bool is_max) {
  const char* name = is_max ? "max" : "min";
  allow_keywords(a, name, {"key", "default"});
  if (a.nargs == 0)
    throw_type_error(std::string(name) + " expected at least 1 argument, got 0");
  Value key = a.kw("key"), dflt = a.kw("default");
  if (key.is_none()) key = Value();
  std::vector<Value> items;
  if (a.nargs == 1) {
    items = items_of(a[0]);
  } else {
    if (!dflt.is_null())
      throw_type_error(std::string("Cannot specify a default for ") + name + "() with multiple positional arguments");
    items.assign(a.args, a.args + a.nargs);
  }
  if (items.empty()) {
    if (!dflt.is_null()) return dflt;
    throw_value_error(std::string(name) + "() iterable argument is empty");
  }
  Value best = items[0];
  Value best_key = key.is_null() ? best : call(key, {best});
  for (size_t i = 1; i < items.size(); ++i) {
    Value k = key.is_null() ? items[i] : call(key, {items[i]});
    if (compare_bool(k, best_key, is_max ? CompareOp::Gt : CompareOp::Lt)) {
      best = items[i];
      best_key = k;
    }
  }
  return best;
}
Value builtin_min(CallArgs& a) { return min_max(a, false); }
Value builtin_max(CallArgs& a) { return min_max(a, true); }

// sum(iterable, /, start=0): exact int accumulation, then CPython 3.12's compensated
// (Neumaier) float summation once the running total is a float.
Value builtin_sum(CallArgs& a) {
  static const ParamSpec spec{"sum", {"iterable", "start"}, 1, 1, 0};
  Value p[2];
  spec.bind(a, p);
  Value result = p[1].is_null() ? Value::integer(0) : p[1];
  if (is_str(result)) throw_type_error("sum() can't sum strings [use ''.join(seq) instead]");
  if (type_of(result) == g_bytes_type) throw_type_error("sum() can't sum bytes [use b''.join(seq) instead]");
  if (is_list(result) && type_of(result) == g_list_type) result = make_list(as_list(result)->m_items);
  Value it = get_iter(p[0]);
  Value item;
  while (true) {
    // Float phase.
    if (result.is_float()) {
      double f = result.as_float(), c = 0.0;
      bool more = false;
      while (next(it, item)) {
        if (item.is_float()) {
          double x = item.as_float();
          double t = f + x;
          if (std::fabs(f) >= std::fabs(x)) c += (f - t) + x;
          else c += (x - t) + f;
          f = t;
          continue;
        }
        if (item.is_int() || item.is_bool()) {
          f += double(item.as_int());
          continue;
        }
        more = true;
        break;
      }
      if (c != 0.0 && std::isfinite(c)) f += c;
      result = Value::real(f);
      if (!more) return result;
      result = binary_op(BinOp::Add, result, item);
      continue;
    }
    if (!next(it, item)) return result;
    result = binary_op(BinOp::Add, result, item);
  }
}

Value builtin_any(CallArgs& a) {
  a.check("any", 1, 1);
  Value it = get_iter(a[0]), item;
  while (next(it, item))
    if (truthy(item)) return Value::boolean(true);
  return Value::boolean(false);
}

Value builtin_all(CallArgs& a) {
  a.check("all", 1, 1);
  Value it = get_iter(a[0]), item;
  while (next(it, item))
    if (!truthy(item)) return Value::boolean(false);
  return Value::boolean(true);
}

// ---- types and attributes -------------------------------------------------------------------

// isinstance/issubclass second argument: a class, or a (nested) tuple of classes. A class whose
// metaclass defines __instancecheck__ / __subclasscheck__ (abc.ABCMeta) decides itself, after
// the exact-type shortcut CPython also takes; 'inst' is isinstance's object (Null for issubclass).
bool class_matches(TypeObject* t, const Value& spec, const char* fname, bool subclass, const Value& inst) {
  if (is_type(spec)) {
    TypeObject* cls = as_type(spec);
    if (t == cls) return true;
    TypeObject* meta = type_of(spec);
    if (meta->m_heap) {
      static StrObject* s_instancecheck = intern("__instancecheck__");
      static StrObject* s_subclasscheck = intern("__subclasscheck__");
      Value hook = type_lookup_user(meta, subclass ? s_subclasscheck : s_instancecheck);
      if (!hook.is_null()) return truthy(call(hook, {spec, subclass ? Value(t) : inst}));
    }
    return is_subtype(t, cls);
  }
  if (is_tuple(spec)) {
    for (const Value& s : as_tuple(spec)->m_items)
      if (class_matches(t, s, fname, subclass, inst)) return true;
    return false;
  }
  // types.UnionType (int | str) exposes its members as __args__.
  if (spec.is_obj()) {
    static StrObject* s_args = intern("__args__");
    Value args = getattr_opt(spec, s_args);
    if (!args.is_null() && is_tuple(args) && type_of(spec)->m_name == "UnionType")
      return class_matches(t, args, fname, subclass, inst);
  }
  throw_type_error(std::string(fname) + (subclass ? "() arg 2 must be a class, a tuple of classes, or a union"
                                                  : "() arg 2 must be a type, a tuple of types, or a union"));
}

Value builtin_isinstance(CallArgs& a) {
  a.check("isinstance", 2, 2);
  return Value::boolean(class_matches(type_of(a[0]), a[1], "isinstance", false, a[0]));
}

Value builtin_issubclass(CallArgs& a) {
  a.check("issubclass", 2, 2);
  if (!is_type(a[0])) throw_type_error("issubclass() arg 1 must be a class");
  return Value::boolean(class_matches(as_type(a[0]), a[1], "issubclass", true, Value()));
}

Value builtin_callable(CallArgs& a) {
  a.check("callable", 1, 1);
  return Value::boolean(is_callable(a[0]));
}

StrObject* attr_name(const Value& v) {
  if (!is_str(v)) throw_type_error("attribute name must be string, not '" + tname(v) + "'");
  return as_str(v);
}

Value builtin_getattr(CallArgs& a) {
  a.check("getattr", 2, 3);
  StrObject* name = attr_name(a[1]);
  if (a.nargs == 3) {
    Value v = getattr_opt(a[0], name);
    return v.is_null() ? a[2] : v;
  }
  return getattr(a[0], name);
}

Value builtin_hasattr(CallArgs& a) {
  a.check("hasattr", 2, 2);
  return Value::boolean(hasattr(a[0], attr_name(a[1])));
}

Value builtin_setattr(CallArgs& a) {
  a.check("setattr", 3, 3);
  setattr(a[0], attr_name(a[1]), a[2]);
  return Value::none();
}

Value builtin_delattr(CallArgs& a) {
  a.check("delattr", 2, 2);
  delattr(a[0], attr_name(a[1]));
  return Value::none();
}

Value builtin_vars(CallArgs& a) {
  a.check("vars", 0, 1);
  if (a.nargs == 0) return current_locals();
  static StrObject* s_dict = intern("__dict__");
  Value d = getattr_opt(a[0], s_dict);
  if (d.is_null()) throw_type_error("vars() argument must have __dict__ attribute");
  return d;
}

// dir(obj): the sorted names of the object's __dict__ and of its class and bases.
Value builtin_dir(CallArgs& a) {
  a.check("dir", 0, 1);
  if (a.nargs == 0) {
    Value loc = current_locals();
    Value keys = make_list();
    if (is_dict(loc)) as_dict(loc)->for_each([&](const Value& k, const Value&) { as_list(keys)->m_items.push_back(k); });
    stable_sort(as_list(keys)->m_items, Value(), false);
    return keys;
  }
  const Value& obj = a[0];
  static StrObject* s_dir = intern("__dir__");
  TypeObject* t = type_of(obj);
  if (!type_lookup_user(t, s_dir).is_null()) {
    Value r = list_from_iterable(call_method(obj, "__dir__"));
    stable_sort(as_list(r)->m_items, Value(), false);
    return r;
  }
  std::set<std::string> names;
  auto add_dict = [&](DictObject* d) {
    if (!d) return;
    d->for_each([&](const Value& k, const Value&) {
      if (is_str(k)) names.insert(std::string(str_view(k)));
    });
  };
  if (obj.is_obj()) add_dict(obj.obj()->m_dict);
  if (is_type(obj)) {
    for (TypeObject* b : as_type(obj)->m_mro) add_dict(b->m_dict);
  } else if (type_of(obj) != g_module_type) {
    for (TypeObject* b : t->m_mro) add_dict(b->m_dict);
  }
  Value out = make_list();
  for (const auto& n : names) as_list(out)->m_items.push_back(make_str(n));
  return out;
}

// id(obj): the object's address; inline values get a stable made-up number.
Value builtin_id(CallArgs& a) {
  a.check("id", 1, 1);
  const Value& v = a[0];
  switch (v.tag()) {
    case Tag::Obj: return Value::integer(int64_t(reinterpret_cast<intptr_t>(v.obj())));
    case Tag::None: return Value::integer(0x7f0000001000);
    case Tag::Bool: return Value::integer(0x7f0000002000 + v.as_int() * 32);
    case Tag::Int: return Value::integer(0x7e0000000000 + (v.as_int() & 0xffffffffff) * 32);
    case Tag::Float: {
      uint64_t bits;
      double d = v.as_float();
      std::memcpy(&bits, &d, sizeof bits);
      return Value::integer(int64_t(0x7d0000000000 + ((bits >> 12) & 0xffffffffff) * 32));
    }
    default: return Value::integer(0);
  }
}

Value builtin_hash(CallArgs& a) {
  a.check("hash", 1, 1);
  return Value::integer(hash(a[0]));
}

// ---- numbers ------------------------------------------------------------------------------

Value builtin_abs(CallArgs& a) {
  a.check("abs", 1, 1);
  const Value& v = a[0];
  if (v.is_int() || v.is_bool()) {
    int64_t x = v.as_int();
    if (x == INT64_MIN) return make_int(-num::BigInt(x));
    return Value::integer(x < 0 ? -x : x);
  }
  if (v.is_float()) return Value::real(std::fabs(v.as_float()));
  static StrObject* s_abs = intern("__abs__");
  if (!type_lookup_user(type_of(v), s_abs).is_null()) return call_method(v, "__abs__");
  if (is_int_like(v)) return make_int(to_bigint(v).abs());
  if (is_float_like(v)) return Value::real(std::fabs(to_double(v)));
  throw_type_error("bad operand type for abs(): '" + tname(v) + "'");
}

// round(number, ndigits=None)
Value builtin_round(CallArgs& a) {
  static const ParamSpec spec{"round", {"number", "ndigits"}, 0, 1, 0};
  Value p[2];
  allow_keywords(a, "round", {"number", "ndigits"});
  spec.bind(a, p);
  const Value& x = p[0];
  bool has_nd = !absent(p[1]);
  static StrObject* s_round = intern("__round__");
  if (!type_lookup_user(type_of(x), s_round).is_null())
    return has_nd ? call_method(x, "__round__", {p[1]}) : call_method(x, "__round__");
  if (is_int_like(x)) {
    if (!has_nd) return make_int(to_bigint(x));
    int64_t nd = index_value(p[1]);
    if (nd >= 0) return make_int(to_bigint(x));
    // Round half to even at 10**(-nd).
    if (nd < -400) return Value::integer(0);
    num::BigInt pow10 = num::BigInt::pow(num::BigInt(10), uint64_t(-nd));
    num::BigInt v = to_bigint(x), q, r;
    num::BigInt::divmod(v, pow10, &q, &r);
    // r in [0, pow10): compare 2r with pow10.
    int c = (r + r).compare(pow10);
    if (c > 0 || (c == 0 && q.is_odd())) q = q + num::BigInt(1);
    return make_int(q * pow10);
  }
  if (is_float_like(x)) {
    double d = to_double(x);
    if (!has_nd) {
      if (std::isinf(d)) throw_overflow_error("cannot convert float infinity to integer");
      if (std::isnan(d)) throw_value_error("cannot convert float NaN to integer");
      return make_int(num::float_round_to_int(d));
    }
    int64_t nd = index_value(p[1]);
    auto r = num::float_round(d, nd);
    if (!r) throw_overflow_error("rounded value too large to represent");
    return Value::real(*r);
  }
  throw_type_error("type " + tname(x) + " doesn't define __round__ method");
}

bool is_number(const Value& v) { return is_int_like(v) || is_float_like(v); }

Value builtin_divmod(CallArgs& a) {
  a.check("divmod", 2, 2);
  const Value &x = a[0], &y = a[1];
  static StrObject* s_divmod = intern("__divmod__");
  static StrObject* s_rdivmod = intern("__rdivmod__");
  if (!type_lookup_user(type_of(x), s_divmod).is_null()) {
    Value r = call_method(x, "__divmod__", {y});
    if (!is_not_implemented(r)) return r;
  }
  if (!type_lookup_user(type_of(y), s_rdivmod).is_null()) {
    Value r = call_method(y, "__rdivmod__", {x});
    if (!is_not_implemented(r)) return r;
  }
  if (is_number(x) && is_number(y)) {
    if (is_float_like(x) || is_float_like(y)) {
      double dx = to_double(x), dy = to_double(y), q, r;
      if (dy == 0.0) throw_zero_division("float divmod()");
      num::float_divmod(dx, dy, &q, &r);
      return make_tuple({Value::real(q), Value::real(r)});
    }
    return make_tuple({binary_op(BinOp::FloorDiv, x, y), binary_op(BinOp::Mod, x, y)});
  }
  throw_type_error("unsupported operand type(s) for divmod(): '" + tname(x) + "' and '" + tname(y) + "'");
}

// pow(base, exp, mod=None)
Value builtin_pow(CallArgs& a) {
  static const ParamSpec spec{"pow", {"base", "exp", "mod"}, 0, 2, 0};
  Value p[3];
  allow_keywords(a, "pow", {"base", "exp", "mod"});
  if (a.nargs == 0 && a.kw("base").is_null()) throw_type_error("pow() missing required argument 'base' (pos 1)");
  if (a.nargs < 2 && a.kw("exp").is_null()) throw_type_error("pow() missing required argument 'exp' (pos 2)");
  spec.bind(a, p);
  if (absent(p[2])) return binary_op(BinOp::Pow, p[0], p[1]);
  if (!is_int_like(p[0]) || !is_int_like(p[1]) || !is_int_like(p[2])) {
    if (is_number(p[0]) && is_number(p[1]) && is_number(p[2]))
      throw_type_error("pow() 3rd argument not allowed unless all arguments are integers");
    throw_type_error("unsupported operand type(s) for ** or pow(): '" + tname(p[0]) + "', '" + tname(p[1]) +
                     "', '" + tname(p[2]) + "'");
  }
  num::BigInt base = to_bigint(p[0]), e = to_bigint(p[1]), m = to_bigint(p[2]);
  if (m.is_zero()) throw_value_error("pow() 3rd argument cannot be 0");
  if (e.is_negative()) {
    num::BigInt inv;
    if (!num::BigInt::mod_inverse(base, m, &inv)) throw_value_error("base is not invertible for the given modulus");
    base = inv;
    e = -e;
  }
  num::BigInt out;
  num::BigInt::pow_mod(base, e, m, &out);
  return make_int(out);
}

Value builtin_chr(CallArgs& a) {
  a.check("chr", 1, 1);
  if (!is_int_like(a[0])) index_value(a[0]);  // raises the TypeError
  int64_t cp;
  if (!int_to_int64(a[0], &cp) || cp > INT32_MAX || cp < INT32_MIN)
    throw_overflow_error("Python int too large to convert to C int");
  if (cp < 0 || cp >= 0x110000) throw_value_error("chr() arg not in range(0x110000)");
  std::string s;
  utf8_append(s, uint32_t(cp));
  return make_str(s);
}

Value builtin_ord(CallArgs& a) {
  a.check("ord", 1, 1);
  if (!is_str(a[0])) throw_type_error("ord() expected string of length 1, but " + tname(a[0]) + " found");
  StrObject* s = as_str(a[0]);
  if (s->m_length != 1)
    throw_type_error("ord() expected a character, but string of length " + std::to_string(s->m_length) + " found");
  size_t pos = 0;
  return Value::integer(utf8_decode(s->m_utf8, pos));
}

// hex/oct/bin: sign, prefix, digits.
Value int_in_base(const Value& v, int base, const char* prefix) {
  num::BigInt n;
  if (is_int_like(v)) n = to_bigint(v);
  else n = num::BigInt(index_value(v));
  std::string digits = n.abs().to_string(base);
  return make_str(std::string(n.is_negative() ? "-" : "") + prefix + digits);
}
Value builtin_hex(CallArgs& a) { a.check("hex", 1, 1); return int_in_base(a[0], 16, "0x"); }
Value builtin_oct(CallArgs& a) { a.check("oct", 1, 1); return int_in_base(a[0], 8, "0o"); }
Value builtin_bin(CallArgs& a) { a.check("bin", 1, 1); return int_in_base(a[0], 2, "0b"); }

// ---- iteration -----------------------------------------------------------------------------

Value builtin_iter(CallArgs& a) {
  a.check("iter", 1, 2);
  if (a.nargs == 1) return get_iter(a[0]);
  if (!is_callable(a[0])) throw_type_error("iter(object, sentinel): object must be callable");
  return make_callable_iterator(a[0], a[1]);
}

Value builtin_next(CallArgs& a) {
  a.check("next", 1, 2);
  const Value& it = a[0];
  TypeObject* t = type_of(it);
  static StrObject* s_next = intern("__next__");
  if (!t->m_slots.next && type_lookup(t, s_next).is_null())
    throw_type_error("'" + t->m_name + "' object is not an iterator");
  // A __next__ method (generators, program classes) is called directly so that the
  // StopIteration it raises keeps its value (a generator's return value).
  Value method = type_lookup(t, s_next);
  if (!method.is_null()) {
    try {
      return call_method(it, "__next__");
    } catch (PyException& e) {
      if (a.nargs == 2 && e.matches(g_StopIteration)) return a[1];
      throw;
    }
  }
  Value out;
  if (next(it, out)) return out;
  if (a.nargs == 2) return a[1];
  throw_exception(new_exception_args(g_StopIteration, make_tuple({})));
}

Value builtin_aiter(CallArgs& a) {
  a.check("aiter", 1, 1);
  static StrObject* s_aiter = intern("__aiter__");
  if (type_lookup(type_of(a[0]), s_aiter).is_null())
    throw_type_error("'" + tname(a[0]) + "' object is not an async iterable");
  return call_method(a[0], "__aiter__");
}

Value builtin_anext(CallArgs& a) {
  a.check("anext", 1, 2);
  static StrObject* s_anext = intern("__anext__");
  if (type_lookup(type_of(a[0]), s_anext).is_null())
    throw_type_error("'" + tname(a[0]) + "' object is not an async iterator");
  Value awaitable = call_method(a[0], "__anext__");
  if (a.nargs == 1) return awaitable;
  return make_anext_default(awaitable, a[1]);
}

Value builtin_globals(CallArgs& a) {
  a.check("globals", 0, 0);
  return current_globals();
}

Value builtin_locals(CallArgs& a) {
  a.check("locals", 0, 0);
  return current_locals();
}

}  // namespace

// ascii(): repr text with every non-ASCII code point escaped.
std::string bi::ascii_escape(std::string_view text) {
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    uint32_t cp = utf8_decode(text, pos);
    char buf[16];
    if (cp < 0x80) out.push_back(char(cp));
    else {
      if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
      else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
      out += buf;
    }
  }
  return out;
}

void install_builtin_functions(ModuleObject* b) {
  add_function(b, "print", builtin_print);
  add_function(b, "repr", builtin_repr);
  add_function(b, "ascii", builtin_ascii);
  add_function(b, "format", builtin_format);
  add_function(b, "len", builtin_len);
  add_function(b, "sorted", builtin_sorted);
  add_function(b, "min", builtin_min);
  add_function(b, "max", builtin_max);
  add_function(b, "sum", builtin_sum);
  add_function(b, "any", builtin_any);
  add_function(b, "all", builtin_all);
  add_function(b, "isinstance", builtin_isinstance);
  add_function(b, "issubclass", builtin_issubclass);
  add_function(b, "callable", builtin_callable);
  add_function(b, "getattr", builtin_getattr);
  add_function(b, "hasattr", builtin_hasattr);
  add_function(b, "setattr", builtin_setattr);
  add_function(b, "delattr", builtin_delattr);
  add_function(b, "vars", builtin_vars);
  add_function(b, "dir", builtin_dir);
  add_function(b, "id", builtin_id);
  add_function(b, "hash", builtin_hash);
  add_function(b, "abs", builtin_abs);
  add_function(b, "round", builtin_round);
  add_function(b, "divmod", builtin_divmod);
  add_function(b, "pow", builtin_pow);
  add_function(b, "chr", builtin_chr);
  add_function(b, "ord", builtin_ord);
  add_function(b, "hex", builtin_hex);
  add_function(b, "oct", builtin_oct);
  add_function(b, "bin", builtin_bin);
  add_function(b, "iter", builtin_iter);
  add_function(b, "next", builtin_next);
  add_function(b, "aiter", builtin_aiter);
  add_function(b, "anext", builtin_anext);
  add_function(b, "globals", builtin_globals);
  add_function(b, "locals", builtin_locals);
  // bytearray is not supported; the name exists so that isinstance checks work.
  static TypeObject* s_bytearray = new_builtin_type("bytearray", g_object_type, Layout::Other);
  if (b->get("bytearray").is_null()) b->set("bytearray", Value(s_bytearray));
  b->set("NotImplemented", Value(g_not_implemented));
  b->set("Ellipsis", Value(g_ellipsis));
  install_builtin_iterators(b);
}

}  // namespace ls::lang
