// Exception objects: the builtin hierarchy, construction, attributes, str/repr, raising helpers, traceback printing.
#include "engine/lang/exceptions.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "engine/lang/code.h"
#include "engine/lang/dict_object.h"
#include "engine/lang/list_object.h"
#include "engine/lang/protocol.h"
#include "engine/lang/str_object.h"
#include "engine/lang/tuple_object.h"

namespace ls::lang {

TypeObject *g_BaseException, *g_Exception, *g_ArithmeticError, *g_ZeroDivisionError, *g_OverflowError,
    *g_LookupError, *g_KeyError, *g_IndexError, *g_ValueError, *g_TypeError, *g_NameError,
    *g_UnboundLocalError, *g_AttributeError, *g_RuntimeError, *g_RecursionError, *g_NotImplementedError,
    *g_StopIteration, *g_StopAsyncIteration, *g_GeneratorExit, *g_KeyboardInterrupt, *g_SystemExit,
    *g_AssertionError, *g_ImportError, *g_ModuleNotFoundError, *g_MemoryError, *g_TimeoutError, *g_OSError,
    *g_UnicodeError, *g_UnicodeDecodeError, *g_UnicodeEncodeError, *g_BaseExceptionGroup, *g_ExceptionGroup,
    *g_Warning, *g_RuntimeWarning, *g_DeprecationWarning, *g_UserWarning, *g_EOFError, *g_BufferError,
    *g_FloatingPointError, *g_SyntaxError, *g_ConnectionError, *g_FileNotFoundError, *g_PermissionError,
    *g_EnvironmentError, *g_IOError, *g_ProcessLookupError, *g_InterruptedError, *g_ChildProcessError,
    *g_BlockingIOError, *g_BrokenPipeError, *g_ConnectionResetError, *g_ConnectionAbortedError,
    *g_ConnectionRefusedError, *g_IsADirectoryError, *g_NotADirectoryError, *g_FileExistsError,
    *g_ResourceWarning, *g_FutureWarning, *g_PendingDeprecationWarning, *g_SyntaxWarning, *g_ImportWarning,
    *g_UnicodeWarning, *g_BytesWarning, *g_EncodingWarning, *g_TabError, *g_IndentationError, *g_SystemError,
    *g_ReferenceError, *g_UnicodeTranslateError;

BaseExceptionObject::BaseExceptionObject(TypeObject* type) : Object(type) {
  m_args = make_tuple({});
  m_traceback = Value::none();
  m_cause = Value::none();
  m_context = Value::none();
}

TracebackObject::TracebackObject(Value next, CodeObject* code, int line)
    : Object(g_traceback_type), m_next(std::move(next)), m_code(code), m_line(line) {
  incref(code);
}
TracebackObject::~TracebackObject() { decref(m_code); }

bool PyException::matches(TypeObject* type) const { return is_instance(m_exc, type); }

static BaseExceptionObject* ex(const Value& v) { return v.as<BaseExceptionObject>(); }
static const std::vector<Value>& exargs(const Value& v) { return as_tuple(ex(v)->m_args)->m_items; }
// An exception group's sub-exceptions (empty for a group whose __new__ never ran).
static const std::vector<Value>& eg_items(const Value& v) {
  static const std::vector<Value> none;
  const Value& g = ex(v)->m_group;
  return g.is_null() ? none : as_tuple(g)->m_items;
}

Value new_exception_args(TypeObject* type, Value args_tuple) {
  auto* e = new BaseExceptionObject(type);
  Value result(e);
  if (!args_tuple.is_null()) e->m_args = std::move(args_tuple);
  return result;
}

Value new_exception(TypeObject* type, std::string_view message) {
  return new_exception_args(type, make_tuple({make_str(message)}));
}

void throw_exception(Value exc) { throw PyException(std::move(exc)); }
void throw_error(TypeObject* type, std::string_view message) { throw_exception(new_exception(type, message)); }
void throw_key_error(const Value& key) { throw_exception(new_exception_args(g_KeyError, make_tuple({key}))); }
void throw_type_error(std::string_view m) { throw_error(g_TypeError, m); }
void throw_value_error(std::string_view m) { throw_error(g_ValueError, m); }
void throw_index_error(std::string_view m) { throw_error(g_IndexError, m); }
void throw_attribute_error(std::string_view m) { throw_error(g_AttributeError, m); }
void throw_runtime_error(std::string_view m) { throw_error(g_RuntimeError, m); }
void throw_overflow_error(std::string_view m) { throw_error(g_OverflowError, m); }
void throw_zero_division(std::string_view m) { throw_error(g_ZeroDivisionError, m); }
Value new_stop_iteration(Value value) {
  if (value.is_none() || value.is_null()) return new_exception_args(g_StopIteration, make_tuple({}));
  return new_exception_args(g_StopIteration, make_tuple({std::move(value)}));
}

void throw_stop_iteration(Value value) { throw_exception(new_stop_iteration(std::move(value))); }

struct ErrorInfo {
  TypeObject** type;
  const char* text;
};
static const ErrorInfo kErrors[] = {
#define ERROR(id, type, text) {&type, text},
#include "engine/lang/errors.def"
#undef ERROR
};

std::string error_text(Err id, std::initializer_list<std::string_view> args) {
  std::string_view fmt = kErrors[int(id)].text;
  std::string out;
  auto it = args.begin();
  for (size_t i = 0; i < fmt.size(); ++i) {
    if (fmt[i] == '{' && i + 1 < fmt.size() && fmt[i + 1] == '}') {
      if (it != args.end()) out.append(*it++);
      ++i;
    } else {
      out += fmt[i];
    }
  }
  return out;
}

void raise_error(Err id, std::initializer_list<std::string_view> args) {
  TypeObject* type = *kErrors[int(id)].type;
  std::string text = error_text(id, args);
  if (text.empty()) throw_exception(new_exception_args(type, make_tuple({})));
  throw_error(type, text);
}

// ---- str / repr ----------------------------------------------------------------------------------
std::string exception_str(const Value& exc) { return str_string(exc); }

static Value exc_str_slot(const Value& v) {
  const auto& args = exargs(v);
  TypeObject* t = type_of(v);
  if (is_subtype(t, g_KeyError) && args.size() == 1) return repr(args[0]);
  if (is_subtype(t, g_BaseExceptionGroup) && args.size() >= 2) {
    size_t n = eg_items(v).size();
    return make_str(str_string(args[0]) + " (" + std::to_string(n) + " sub-exception" + (n == 1 ? "" : "s") + ")");
  }
  if (args.empty()) return make_str("");
  if (args.size() == 1) return str(args[0]);
  return repr(ex(v)->m_args);
}
static Value exc_repr_slot(const Value& v) {
  const auto& args = exargs(v);
  std::string name = type_of(v)->m_name;
  if (args.size() == 1) return make_str(name + "(" + repr_string(args[0]) + ")");
  if (args.empty()) return make_str(name + "()");
  return make_str(name + repr_string(ex(v)->m_args));
}

static size_t subst_cost(char a, char b) {
  if (a == b) return 0;
  if (std::tolower((unsigned char)a) == std::tolower((unsigned char)b)) return 1;
  return 2;
}

static size_t levenshtein(const std::string& a, const std::string& b, size_t max_cost) {
  if (a == b) return 0;
  size_t pre = 0;
  while (pre < a.size() && pre < b.size() && a[pre] == b[pre]) ++pre;
  std::string x = a.substr(pre), y = b.substr(pre);
  while (!x.empty() && !y.empty() && x.back() == y.back()) {
    x.pop_back();
    y.pop_back();
  }
  if (x.empty() || y.empty()) return (x.size() + y.size()) * 2;
  if ((x.size() > y.size() ? x.size() - y.size() : y.size() - x.size()) * 2 > max_cost) return max_cost + 1;
  if (y.size() < x.size()) std::swap(x, y);
  std::vector<size_t> row(x.size());
  for (size_t i = 0; i < x.size(); ++i) row[i] = (i + 1) * 2;
  size_t result = 0;
  for (size_t bi = 0; bi < y.size(); ++bi) {
    char bc = y[bi];
    size_t distance = bi * 2;
    result = distance;
    size_t minimum = size_t(-1);
    for (size_t i = 0; i < x.size(); ++i) {
      size_t substitute = distance + subst_cost(bc, x[i]);
      distance = row[i];
      size_t insert_delete = std::min(result, distance) + 2;
      result = std::min(insert_delete, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

std::string closest_name(const std::string& wrong, const std::vector<std::string>& candidates) {
  if (candidates.size() > 750 || wrong.size() > 40) return "";
  size_t best = wrong.size();
  std::string suggestion;
  for (const std::string& c : candidates) {
    if (c == wrong) continue;
    size_t max_distance = (c.size() + wrong.size() + 3) * 2 / 6;
    if (best == 0) break;
    max_distance = std::min(max_distance, best - 1);
    size_t d = levenshtein(wrong, c, max_distance);
    if (d > max_distance) continue;
    if (suggestion.empty() || d < best) {
      suggestion = c;
      best = d;
    }
  }
  return suggestion;
}

bool is_stdlib_module_name(const std::string& name) {
  static const char* const names[] = {"asyncio", "math", "time", "random", "sys", "os", "collections", "itertools",
                                      "functools", "json", "re", "dataclasses", "contextlib", "heapq", "bisect",
                                      "string", "typing", "enum", "datetime", "threading", "queue", "statistics",
                                      "operator", "copy", "types", "abc", "inspect", "traceback", "logging", "socket"};
  for (const char* n : names)
    if (name == n) return true;
  return false;
}

// The " Did you mean" text for an AttributeError raised by the VM, computed when printed.
static std::string attribute_suggestion(BaseExceptionObject* e) {
  if (e->m_attr_name.is_null() || !is_str(e->m_attr_name)) return "";
  std::string wrong(str_view(e->m_attr_name));
  std::vector<std::string> names;
  try {
    Value obj = e->m_attr_obj;
    std::vector<std::string> all;
    if (obj.is_obj() && obj.obj()->m_dict)
      obj.obj()->m_dict->for_each([&](const Value& k, const Value&) {
        if (is_str(k)) all.emplace_back(str_view(k));
      });
    TypeObject* t = type_of(obj);
    std::vector<TypeObject*> mro = t->m_mro;
    if (is_instance(obj, g_type_type)) mro = obj.as<TypeObject>()->m_mro;
    for (TypeObject* c : mro)
      c->m_dict->for_each([&](const Value& k, const Value&) {
        if (is_str(k)) all.emplace_back(str_view(k));
      });
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    for (auto& n : all)
      if (wrong.empty() || wrong[0] == '_' || n.empty() || n[0] != '_') names.push_back(n);
  } catch (PyException&) {
    return "";
  }
  std::string s = closest_name(wrong, names);
  return s.empty() ? "" : ". Did you mean: '" + s + "'?";
}

// "ValueError: msg", or "mod.Name: msg" for exception classes outside __main__/builtins.
std::string exception_line(const Value& exc) {
  TypeObject* t = type_of(exc);
  std::string name = t->m_qualname;
  Value mod = getattr_opt(Value(t), intern("__module__"));
  if (is_str(mod)) {
    std::string m(str_view(mod));
    if (m != "__main__" && m != "builtins") name = m + "." + name;
  }
  std::string s;
  try {
    s = str_string(exc);
  } catch (PyException&) {
    s = "<exception str() failed>";
  }
  auto* e = exc.as<BaseExceptionObject>();
  if (!e->m_suggestion.empty()) s += e->m_suggestion;
  else if (is_instance(exc, g_AttributeError)) s += attribute_suggestion(e);
  return s.empty() ? name : name + ": " + s;
}

// ---- construction and attributes ---------------------------------------------------------------
static Value exc_new_method(CallArgs& a) {
  TypeObject* cls = a[0].as<TypeObject>();
  std::vector<Value> args(a.args + 1, a.args + a.nargs);
  auto* e = new BaseExceptionObject(cls);
  Value result(e);
  e->m_args = make_tuple(std::move(args));
  if (cls->m_heap) {
    e->m_dict = new DictObject();
    incref(e->m_dict);
    if (cls->m_has_del) e->m_flags |= kNeedsFinalize;
  }
  return result;
}
static Value exc_init_method(CallArgs& a) {
  if (a.nkw()) throw_type_error(type_of(a[0])->m_name + "() takes no keyword arguments");
  ex(a[0])->m_args = make_tuple(std::vector<Value>(a.args + 1, a.args + a.nargs));
  return Value::none();
}
static Value exc_construct(TypeObject* cls, CallArgs& a) {
  if (a.nkw()) throw_type_error(cls->m_name + "() takes no keyword arguments");
  auto* e = new BaseExceptionObject(cls);
  Value result(e);
  e->m_args = make_tuple(std::vector<Value>(a.args, a.args + a.nargs));
  return result;
}
static Value exc_args_get(CallArgs& a) { return ex(a[0])->m_args; }
static Value exc_args_set(CallArgs& a) { ex(a[0])->m_args = tuple_from_iterable(a[1]); return Value::none(); }
static Value exc_tb_get(CallArgs& a) { return ex(a[0])->m_traceback; }
static Value exc_tb_set(CallArgs& a) { ex(a[0])->m_traceback = a[1]; return Value::none(); }
static Value exc_cause_get(CallArgs& a) { return ex(a[0])->m_cause; }
static Value exc_cause_set(CallArgs& a) {
  ex(a[0])->m_cause = a[1];
  ex(a[0])->m_suppress_context = true;
  return Value::none();
}
static Value exc_context_get(CallArgs& a) { return ex(a[0])->m_context; }
static Value exc_context_set(CallArgs& a) { ex(a[0])->m_context = a[1]; return Value::none(); }
static Value exc_suppress_get(CallArgs& a) { return Value::boolean(ex(a[0])->m_suppress_context); }
static Value exc_suppress_set(CallArgs& a) { ex(a[0])->m_suppress_context = truthy(a[1]); return Value::none(); }
static Value exc_add_note(CallArgs& a) {
  a.check_method("add_note", 1, 1);
  if (!is_str(a[1])) throw_type_error("note must be a str, not '" + type_of(a[1])->m_name + "'");
  Object* o = a[0].obj();
  if (!o->m_dict) {
    o->m_dict = new DictObject();
    incref(o->m_dict);
  }
  Value notes = o->m_dict->get("__notes__");
  if (notes.is_null()) {
    notes = make_list();
    o->m_dict->set("__notes__", notes);
  }
  if (!is_list(notes)) throw_type_error("Cannot add note: __notes__ is not a list");
  as_list(notes)->m_items.push_back(a[1]);
  return Value::none();
}
static Value exc_with_traceback(CallArgs& a) {
  a.check_method("with_traceback", 1, 1);
  ex(a[0])->m_traceback = a[1];
  return a[0];
}
static Value exc_str_method(CallArgs& a) { return exc_str_slot(a[0]); }
static Value exc_repr_method(CallArgs& a) { return exc_repr_slot(a[0]); }
static Value stopiter_value(CallArgs& a) {
  const auto& args = exargs(a[0]);
  return args.empty() ? Value::none() : args[0];
}
static Value systemexit_code(CallArgs& a) {
  const auto& args = exargs(a[0]);
  if (args.empty()) return Value::none();
  if (args.size() == 1) return args[0];
  return ex(a[0])->m_args;
}
static Value arg_n_or_none(const Value& e, size_t n) {
  const auto& args = exargs(e);
  return args.size() > n ? args[n] : Value::none();
}
static Value oserror_errno(CallArgs& a) { return exargs(a[0]).size() >= 2 ? arg_n_or_none(a[0], 0) : Value::none(); }
static Value oserror_strerror(CallArgs& a) { return exargs(a[0]).size() >= 2 ? arg_n_or_none(a[0], 1) : Value::none(); }
static Value importerror_name(CallArgs& a) {
  if (a[0].obj()->m_dict) {
    Value v = a[0].obj()->m_dict->get("name");
    if (!v.is_null()) return v;
  }
  return Value::none();
}
void set_import_error_name(const Value& exc, const Value& name) {
  Object* o = exc.obj();
  if (!o->m_dict) {
    o->m_dict = new DictObject();
    incref(o->m_dict);
  }
  o->m_dict->set("name", name);
}
static Value importerror_msg(CallArgs& a) { return arg_n_or_none(a[0], 0); }

// ---- exception groups --------------------------------------------------------------------------
static Value eg_message(CallArgs& a) { return arg_n_or_none(a[0], 0); }
static Value eg_exceptions(CallArgs& a) {
  const Value& g = ex(a[0])->m_group;
  return g.is_null() ? make_tuple({}) : g;
}

static Value eg_new_method(CallArgs& a) {
  TypeObject* cls = a[0].as<TypeObject>();
  if (a.nargs != 3) throw_type_error("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + std::to_string(a.nargs - 1) + " given)");
  if (!is_str(a[1])) throw_type_error("argument 1 must be str, not " + type_of(a[1])->m_name);
  std::vector<Value> excs;
  if (!is_tuple(a[2]) && !is_list(a[2])) throw_type_error("second argument (exceptions) must be a sequence");
  for_each(a[2], [&](const Value& e) { excs.push_back(e); });
  if (excs.empty()) throw_value_error("second argument (exceptions) must be a non-empty sequence");
  bool all_exceptions = true;
  for (size_t i = 0; i < excs.size(); ++i) {
    if (!is_instance(excs[i], g_BaseException))
      throw_value_error("Item " + std::to_string(i) + " of second argument (exceptions) is not an exception");
    if (!is_instance(excs[i], g_Exception)) all_exceptions = false;
  }
  if (cls == g_BaseExceptionGroup && all_exceptions) cls = g_ExceptionGroup;
  if (is_subtype(cls, g_Exception) && !all_exceptions) {
    if (cls == g_ExceptionGroup) throw_type_error("Cannot nest BaseExceptions in an ExceptionGroup");
    throw_type_error("Cannot nest BaseExceptions in '" + cls->m_name + "'");
  }
  auto* e = new BaseExceptionObject(cls);
  Value result(e);
  // args keeps the sequence as given (a list shows as a list in repr); .exceptions is a tuple.
  e->m_args = make_tuple({a[1], a[2]});
  e->m_group = make_tuple(std::move(excs));
  if (cls->m_heap) {
    e->m_dict = new DictObject();
    incref(e->m_dict);
  }
  return result;
}
static Value eg_init_method(CallArgs&) { return Value::none(); }
static Value eg_construct(TypeObject* cls, CallArgs& a) {
  std::vector<Value> argv;
  argv.push_back(Value(cls));
  for (size_t i = 0; i < a.nargs; ++i) argv.push_back(a.args[i]);
  CallArgs b{argv.data(), argv.size()};
  if (a.nkw()) throw_type_error(cls->m_name + "() takes no keyword arguments");
  return eg_new_method(b);
}
static Value eg_derive(const Value& self, std::vector<Value> excs) {
  Value r = call_method(self, "derive", {make_list(std::move(excs))});
  auto* src = ex(self);
  auto* dst = ex(r);
  dst->m_traceback = src->m_traceback;
  dst->m_cause = src->m_cause;
  dst->m_context = src->m_context;
  if (self.obj()->m_dict) {
    Value notes = self.obj()->m_dict->get("__notes__");
    if (!notes.is_null()) {
      if (!r.obj()->m_dict) {
        r.obj()->m_dict = new DictObject();
        incref(r.obj()->m_dict);
      }
      r.obj()->m_dict->set("__notes__", notes);
    }
  }
  return r;
}
static Value eg_derive_method(CallArgs& a) {
  a.check_method("derive", 1, 1);
  Value args[3] = {Value(g_BaseExceptionGroup), arg_n_or_none(a[0], 0), a[1]};
  CallArgs b{args, 3};
  return eg_new_method(b);
}
// Splits 'eg' by 'pred' (a type, tuple of types, or callable): match part and rest (Null if empty).
static void eg_split_impl(const Value& eg, const Value& pred, Value& match, Value& rest) {
  auto matches = [&](const Value& e) {
    if (is_instance(pred, g_type_type)) return is_instance(e, pred.as<TypeObject>());
    if (is_tuple(pred)) {
      for (auto& t : as_tuple(pred)->m_items)
        if (is_instance(t, g_type_type) && is_instance(e, t.as<TypeObject>())) return true;
      return false;
    }
    return truthy(call(pred, {e}));
  };
  if (matches(eg)) {
    match = eg;
    rest = Value();
    return;
  }
  std::vector<Value> m, r;
  for (auto& e : eg_items(eg)) {
    if (is_instance(e, g_BaseExceptionGroup)) {
      Value mm, rr;
      eg_split_impl(e, pred, mm, rr);
      if (!mm.is_null()) m.push_back(mm);
      if (!rr.is_null()) r.push_back(rr);
    } else if (matches(e)) {
      m.push_back(e);
    } else {
      r.push_back(e);
    }
  }
  match = m.empty() ? Value() : eg_derive(eg, std::move(m));
  rest = r.empty() ? Value() : eg_derive(eg, std::move(r));
}
void exception_group_split(const Value& eg, const Value& pred, Value& match, Value& rest) {
  eg_split_impl(eg, pred, match, rest);
}
static Value eg_split(CallArgs& a) {
  a.check_method("split", 1, 1);
  Value m, r;
  eg_split_impl(a[0], a[1], m, r);
  return make_tuple({m.is_null() ? Value::none() : m, r.is_null() ? Value::none() : r});
}
static Value eg_subgroup(CallArgs& a) {
  a.check_method("subgroup", 1, 1);
  Value m, r;
  eg_split_impl(a[0], a[1], m, r);
  return m.is_null() ? Value::none() : m;
}

// ---- traceback printing ---------------------------------------------------------------------------
static void format_tb_entries(const Value& tb, std::vector<std::string>& lines) {
  Value t = tb;
  int repeat = 0;
  std::string last;
  // CPython 3.12 runs list, set and dict comprehensions inline (PEP 709): no entry of their
  // own, and the enclosing function's entry shows the comprehension's line.
  auto inlined = [](const Value& v) {
    if (!v.is_obj() || v.obj()->m_type != g_traceback_type) return false;
    uint32_t flags = v.as<TracebackObject>()->m_code->m_flags;
    return (flags & kCoComprehension) && !(flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator));
  };
  while (t.is_obj() && t.obj()->m_type == g_traceback_type) {
    auto* e = t.as<TracebackObject>();
    int line = e->m_line;
    Value next = e->m_next;
    while (inlined(next)) {
      line = next.as<TracebackObject>()->m_line;
      next = next.as<TracebackObject>()->m_next;
    }
    std::string entry = "  File \"" + e->m_code->m_filename + "\", line " + std::to_string(line) + ", in " + e->m_code->m_name;
    if (entry == last) {
      ++repeat;
    } else {
      if (repeat > 3) lines.push_back("  [Previous line repeated " + std::to_string(repeat - 3) + " more time" + (repeat - 3 == 1 ? "" : "s") + "]");
      repeat = 1;
      last = entry;
    }
    if (repeat <= 3) {
      lines.push_back(entry);
      std::string src = source_line(e->m_code->m_filename, line);
      if (!src.empty()) lines.push_back("    " + src);
    }
    t = next;
  }
  if (repeat > 3) lines.push_back("  [Previous line repeated " + std::to_string(repeat - 3) + " more time" + (repeat - 3 == 1 ? "" : "s") + "]");
}

// Where traceback lines go, with CPython's layout for exception groups: each group level
// indents by two spaces and a '|' margin (the outermost group's header gets '+'), and the
// closing line of a group is written once, by the innermost group that ends there.
struct TbLayout {
  std::vector<std::string> lines;
  int depth = 0;            // exception-group nesting of the lines being written
  bool need_close = false;  // the group's last sub-exception still needs its closing line
  std::string indent() const { return std::string(2 * size_t(depth), ' '); }
  void emit(const std::string& line, char margin = '|') {
    std::string prefix = indent();
    if (depth) {
      prefix += margin;
      prefix += ' ';
    }
    lines.push_back(prefix + line);
  }
  void emit_all(const std::vector<std::string>& text) {
    for (auto& l : text) emit(l);
  }
};

constexpr size_t kMaxGroupWidth = 15;  // sub-exceptions shown per group
constexpr int kMaxGroupDepth = 10;     // nested groups shown

static void format_exception(const Value& exc, TbLayout& out, std::vector<Object*>& seen);

// 'seen' is shared by the whole printout (sub-exceptions included), as in CPython's display:
// an exception already shown is not shown again as a cause or context. A cause, even one
// already shown, hides the context.
static void format_chain(const Value& exc, TbLayout& out, std::vector<Object*>& seen) {
  seen.push_back(exc.obj());
  auto* e = ex(exc);
  auto unseen = [&](const Value& v) { return std::find(seen.begin(), seen.end(), v.obj()) == seen.end(); };
  if (e->m_cause.is_obj()) {
    if (unseen(e->m_cause)) {
      format_chain(e->m_cause, out, seen);
      out.emit("");
      out.emit("The above exception was the direct cause of the following exception:");
      out.emit("");
    }
  } else if (!e->m_suppress_context && e->m_context.is_obj() && unseen(e->m_context)) {
    format_chain(e->m_context, out, seen);
    out.emit("");
    out.emit("During handling of the above exception, another exception occurred:");
    out.emit("");
  }
  format_exception(exc, out, seen);
}

static void add_notes(const Value& exc, std::vector<std::string>& lines) {
  if (!exc.obj()->m_dict) return;
  Value notes = exc.obj()->m_dict->get("__notes__");
  if (notes.is_null() || !is_list(notes)) return;
  for (auto& n : as_list(notes)->m_items) {
    std::string s = is_str(n) ? std::string(str_view(n)) : repr_string(n);
    size_t pos = 0;
    while (true) {
      size_t nl = s.find('\n', pos);
      lines.push_back(s.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos));
      if (nl == std::string::npos) break;
      pos = nl + 1;
    }
  }
}

static void format_exception(const Value& exc, TbLayout& out, std::vector<Object*>& seen) {
  auto* e = ex(exc);
  std::vector<std::string> text;
  if (!is_instance(exc, g_BaseExceptionGroup)) {
    if (!e->m_traceback.is_none()) {
      text.push_back("Traceback (most recent call last):");
      format_tb_entries(e->m_traceback, text);
    }
    text.push_back(exception_line(exc));
    add_notes(exc, text);
    out.emit_all(text);
    return;
  }
  if (out.depth > kMaxGroupDepth) {
    out.emit("... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")");
    return;
  }
  bool top = out.depth == 0;
  if (top) ++out.depth;
  if (!e->m_traceback.is_none()) {
    out.emit("Exception Group Traceback (most recent call last):", top ? '+' : '|');
    format_tb_entries(e->m_traceback, text);
  }
  text.push_back(exception_line(exc));
  add_notes(exc, text);
  out.emit_all(text);
  const auto& subs = eg_items(exc);
  size_t n = subs.size() <= kMaxGroupWidth ? subs.size() : kMaxGroupWidth + 1;
  out.need_close = false;
  for (size_t i = 0; i < n; ++i) {
    bool last = i + 1 == n;
    if (last) out.need_close = true;
    bool truncated = i >= kMaxGroupWidth;
    std::string title = truncated ? "..." : std::to_string(i + 1);
    out.lines.push_back(out.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------");
    ++out.depth;
    if (!truncated) {
      format_chain(subs[i], out, seen);
    } else {
      size_t more = subs.size() - kMaxGroupWidth;
      out.emit("and " + std::to_string(more) + " more exception" + (more == 1 ? "" : "s"));
    }
    if (last && out.need_close) {
      out.lines.push_back(out.indent() + "+------------------------------------");
      out.need_close = false;
    }
    --out.depth;
  }
  if (top) out.depth = 0;
}

void print_traceback(const Value& exc, std::string& out) {
  TbLayout layout;
  std::vector<Object*> seen;
  format_chain(exc, layout, seen);
  for (auto& l : layout.lines) {
    out += l;
    out += '\n';
  }
}

static TypeObject* mk(const char* name, TypeObject* base) {
  TypeObject* t = new_builtin_type(name, base, Layout::Exception);
  return t;
}

void init_exception_types() {
  g_traceback_type = new_builtin_type("traceback", g_object_type, Layout::Other);
  g_BaseException = mk("BaseException", g_object_type);
  auto& s = g_BaseException->m_slots;
  s.repr = exc_repr_slot;
  s.str = exc_str_slot;
  s.construct = exc_construct;
  add_method(g_BaseException, "__new__", exc_new_method, MethodKind::StaticMethod);
  add_method(g_BaseException, "__init__", exc_init_method);
  add_method(g_BaseException, "__str__", exc_str_method);
  add_method(g_BaseException, "__repr__", exc_repr_method);
  add_method(g_BaseException, "add_note", exc_add_note);
  add_method(g_BaseException, "with_traceback", exc_with_traceback);
  add_property(g_BaseException, "args", exc_args_get, exc_args_set);
  add_property(g_BaseException, "__traceback__", exc_tb_get, exc_tb_set);
  add_property(g_BaseException, "__cause__", exc_cause_get, exc_cause_set);
  add_property(g_BaseException, "__context__", exc_context_get, exc_context_set);
  add_property(g_BaseException, "__suppress_context__", exc_suppress_get, exc_suppress_set);

  g_Exception = mk("Exception", g_BaseException);
  g_ArithmeticError = mk("ArithmeticError", g_Exception);
  g_ZeroDivisionError = mk("ZeroDivisionError", g_ArithmeticError);
  g_OverflowError = mk("OverflowError", g_ArithmeticError);
  g_FloatingPointError = mk("FloatingPointError", g_ArithmeticError);
  g_LookupError = mk("LookupError", g_Exception);
  g_KeyError = mk("KeyError", g_LookupError);
  g_IndexError = mk("IndexError", g_LookupError);
  g_ValueError = mk("ValueError", g_Exception);
  g_UnicodeError = mk("UnicodeError", g_ValueError);
  g_UnicodeDecodeError = mk("UnicodeDecodeError", g_UnicodeError);
  g_UnicodeEncodeError = mk("UnicodeEncodeError", g_UnicodeError);
  g_UnicodeTranslateError = mk("UnicodeTranslateError", g_UnicodeError);
  g_TypeError = mk("TypeError", g_Exception);
  g_NameError = mk("NameError", g_Exception);
  g_UnboundLocalError = mk("UnboundLocalError", g_NameError);
  g_AttributeError = mk("AttributeError", g_Exception);
  g_RuntimeError = mk("RuntimeError", g_Exception);
  g_RecursionError = mk("RecursionError", g_RuntimeError);
  g_NotImplementedError = mk("NotImplementedError", g_RuntimeError);
  g_StopIteration = mk("StopIteration", g_Exception);
  add_property(g_StopIteration, "value", stopiter_value);
  g_StopAsyncIteration = mk("StopAsyncIteration", g_Exception);
  g_GeneratorExit = mk("GeneratorExit", g_BaseException);
  g_KeyboardInterrupt = mk("KeyboardInterrupt", g_BaseException);
  g_SystemExit = mk("SystemExit", g_BaseException);
  add_property(g_SystemExit, "code", systemexit_code);
  g_AssertionError = mk("AssertionError", g_Exception);
  g_ImportError = mk("ImportError", g_Exception);
  add_property(g_ImportError, "msg", importerror_msg);
  add_property(g_ImportError, "name", importerror_name);
  g_ModuleNotFoundError = mk("ModuleNotFoundError", g_ImportError);
  g_MemoryError = mk("MemoryError", g_Exception);
  g_OSError = mk("OSError", g_Exception);
  add_property(g_OSError, "errno", oserror_errno);
  add_property(g_OSError, "strerror", oserror_strerror);
  g_EnvironmentError = g_OSError;
  g_IOError = g_OSError;
  g_TimeoutError = mk("TimeoutError", g_OSError);
  g_ConnectionError = mk("ConnectionError", g_OSError);
  g_BrokenPipeError = mk("BrokenPipeError", g_ConnectionError);
  g_ConnectionResetError = mk("ConnectionResetError", g_ConnectionError);
  g_ConnectionAbortedError = mk("ConnectionAbortedError", g_ConnectionError);
  g_ConnectionRefusedError = mk("ConnectionRefusedError", g_ConnectionError);
  g_FileNotFoundError = mk("FileNotFoundError", g_OSError);
  g_FileExistsError = mk("FileExistsError", g_OSError);
  g_PermissionError = mk("PermissionError", g_OSError);
  g_ProcessLookupError = mk("ProcessLookupError", g_OSError);
  g_InterruptedError = mk("InterruptedError", g_OSError);
  g_ChildProcessError = mk("ChildProcessError", g_OSError);
  g_BlockingIOError = mk("BlockingIOError", g_OSError);
  g_IsADirectoryError = mk("IsADirectoryError", g_OSError);
  g_NotADirectoryError = mk("NotADirectoryError", g_OSError);
  g_EOFError = mk("EOFError", g_Exception);
  g_BufferError = mk("BufferError", g_Exception);
  g_SyntaxError = mk("SyntaxError", g_Exception);
  g_IndentationError = mk("IndentationError", g_SyntaxError);
  g_TabError = mk("TabError", g_IndentationError);
  g_SystemError = mk("SystemError", g_Exception);
  g_ReferenceError = mk("ReferenceError", g_Exception);
  g_Warning = mk("Warning", g_Exception);
  g_RuntimeWarning = mk("RuntimeWarning", g_Warning);
  g_DeprecationWarning = mk("DeprecationWarning", g_Warning);
  g_UserWarning = mk("UserWarning", g_Warning);
  g_ResourceWarning = mk("ResourceWarning", g_Warning);
  g_FutureWarning = mk("FutureWarning", g_Warning);
  g_PendingDeprecationWarning = mk("PendingDeprecationWarning", g_Warning);
  g_SyntaxWarning = mk("SyntaxWarning", g_Warning);
  g_ImportWarning = mk("ImportWarning", g_Warning);
  g_UnicodeWarning = mk("UnicodeWarning", g_Warning);
  g_BytesWarning = mk("BytesWarning", g_Warning);
  g_EncodingWarning = mk("EncodingWarning", g_Warning);

  g_BaseExceptionGroup = mk("BaseExceptionGroup", g_BaseException);
  g_BaseExceptionGroup->m_slots.construct = eg_construct;
  add_method(g_BaseExceptionGroup, "__new__", eg_new_method, MethodKind::StaticMethod);
  add_method(g_BaseExceptionGroup, "__init__", eg_init_method);
  add_method(g_BaseExceptionGroup, "derive", eg_derive_method);
  add_method(g_BaseExceptionGroup, "split", eg_split);
  add_method(g_BaseExceptionGroup, "subgroup", eg_subgroup);
  add_property(g_BaseExceptionGroup, "message", eg_message);
  add_property(g_BaseExceptionGroup, "exceptions", eg_exceptions);
  g_ExceptionGroup = new TypeObject("ExceptionGroup", g_BaseExceptionGroup, Layout::Exception);
  make_immortal(g_ExceptionGroup);
  g_ExceptionGroup->m_module = Value(intern("builtins"));
  // ExceptionGroup(BaseExceptionGroup, Exception): MRO by hand.
  g_ExceptionGroup->m_mro = {g_ExceptionGroup, g_BaseExceptionGroup, g_Exception, g_BaseException, g_object_type};
  ++g_type_epoch;
  g_ExceptionGroup->m_bases = make_tuple({Value(g_BaseExceptionGroup), Value(g_Exception)});
}

// All exception type names and objects (for installing into builtins).
std::vector<std::pair<std::string, TypeObject*>> builtin_exception_types() {
  std::vector<std::pair<std::string, TypeObject*>> out;
  for (TypeObject* t :
       {g_BaseException, g_Exception, g_ArithmeticError, g_ZeroDivisionError, g_OverflowError, g_FloatingPointError,
        g_LookupError, g_KeyError, g_IndexError, g_ValueError, g_UnicodeError, g_UnicodeDecodeError,
        g_UnicodeEncodeError, g_UnicodeTranslateError, g_TypeError, g_NameError, g_UnboundLocalError,
        g_AttributeError, g_RuntimeError, g_RecursionError, g_NotImplementedError, g_StopIteration,
        g_StopAsyncIteration, g_GeneratorExit, g_KeyboardInterrupt, g_SystemExit, g_AssertionError, g_ImportError,
        g_ModuleNotFoundError, g_MemoryError, g_OSError, g_TimeoutError, g_ConnectionError, g_BrokenPipeError,
        g_ConnectionResetError, g_ConnectionAbortedError, g_ConnectionRefusedError, g_FileNotFoundError,
        g_FileExistsError, g_PermissionError, g_ProcessLookupError, g_InterruptedError, g_ChildProcessError,
        g_BlockingIOError, g_IsADirectoryError, g_NotADirectoryError, g_EOFError, g_BufferError, g_SyntaxError,
        g_IndentationError, g_TabError, g_SystemError, g_ReferenceError, g_Warning, g_RuntimeWarning,
        g_DeprecationWarning, g_UserWarning, g_ResourceWarning, g_FutureWarning, g_PendingDeprecationWarning,
        g_SyntaxWarning, g_ImportWarning, g_UnicodeWarning, g_BytesWarning, g_EncodingWarning,
        g_BaseExceptionGroup, g_ExceptionGroup})
    out.emplace_back(t->m_name, t);
  out.emplace_back("EnvironmentError", g_OSError);
  out.emplace_back("IOError", g_OSError);
  return out;
}

}  // namespace ls::lang
