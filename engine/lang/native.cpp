// Native function plumbing: argument checks with CPython's wording, binding, and registration helpers.
#include "engine/lang/native.h"

#include <algorithm>

#include "engine/lang/dict_object.h"
#include "engine/lang/exceptions.h"
#include "engine/lang/function_object.h"
#include "engine/lang/module_object.h"
#include "engine/lang/str_object.h"
#include "engine/lang/tuple_object.h"

namespace ls::lang {

TypeObject* g_method_descriptor_type = nullptr;
TypeObject* g_getset_type = nullptr;

size_t CallArgs::nkw() const { return kwnames ? kwnames->size() : 0; }

Value CallArgs::kw(std::string_view name) const {
  for (size_t i = 0; i < nkw(); ++i)
    if (str_view(kwnames->m_items[i]) == name) return kwvalues[i];
  return Value();
}

static std::string count_word(size_t n) {
  return n == 1 ? "argument" : "arguments";
}

static void check_counts(const char* fname, size_t given, size_t min, size_t max, bool method) {
  if (given >= min && given <= max) return;
  std::string name = fname;
  if (min == max) {
    if (min == 0) throw_type_error(name + "() takes no arguments (" + std::to_string(given) + " given)");
    if (min == 1) throw_type_error(name + "() takes exactly one argument (" + std::to_string(given) + " given)");
    throw_type_error(name + " expected " + std::to_string(min) + " " + count_word(min) + ", got " + std::to_string(given));
  }
  (void)method;
  if (given < min) throw_type_error(name + " expected at least " + std::to_string(min) + " " + count_word(min) + ", got " + std::to_string(given));
  throw_type_error(name + " expected at most " + std::to_string(max) + " " + count_word(max) + ", got " + std::to_string(given));
}

void CallArgs::check_args(const char* fname, size_t min, size_t max) const {
  if (nkw()) throw_type_error(std::string(fname) + "() takes no keyword arguments");
  check_counts(fname, nargs, min, max, false);
}

// CPython names a builtin method by its defining type in these errors ("list.append() takes
// exactly one argument"): the first type on self's MRO whose namespace holds 'fname'.
static std::string method_qualname(const Value& self, const char* fname) {
  if (fname[0] == '_') return fname;
  for (TypeObject* t : type_of(self)->m_mro) {
    if (t->m_heap || !t->m_dict) continue;
    if (!t->m_dict->get(std::string_view(fname)).is_null()) return t->m_name + "." + fname;
  }
  return fname;
}

void CallArgs::check_method_args(const char* fname, size_t min, size_t max) const {
  if (nkw()) throw_type_error(method_qualname(args[0], fname) + "() takes no keyword arguments");
  if (min == max && min <= 1 && (nargs - 1 < min || nargs - 1 > max))
    check_counts(method_qualname(args[0], fname).c_str(), nargs - 1, min, max, true);
  check_counts(fname, nargs - 1, min, max, true);
}

void CallArgs::check_method_parsetuple_args(const char* fname, size_t min, size_t max) const {
  std::string name = std::string(fname) + "()";
  if (nkw()) throw_type_error(name + " takes no keyword arguments");
  size_t given = nargs - 1;
  if (given >= min && given <= max) return;
  const char* how = min == max ? "exactly" : given < min ? "at least" : "at most";
  size_t n = given < min ? min : max;
  throw_type_error(name + " takes " + how + " " + std::to_string(n) + " " + count_word(n) + " (" +
                   std::to_string(given) + " given)");
}

// Checks in the order of CPython's _PyArg_UnpackKeywords, so that the first error reported is
// the one CPython reports.
void ParamSpec::bind(const CallArgs& a, Value* out) const {
  size_t first = skip_self ? 1 : 0;
  size_t given = a.nargs - first;
  size_t nkw = a.nkw();
  size_t maxargs = params.size();
  size_t maxpos = maxargs - size_t(n_kwonly);
  size_t minpos = std::min(size_t(n_required), maxpos);
  size_t minposonly = std::min(size_t(n_posonly), minpos);
  std::string name = std::string(fname) + "()";
  auto plural = [](size_t n) { return n == 1 ? "" : "s"; };
  if (given + nkw > maxargs)
    throw_type_error(name + " takes at most " + std::to_string(maxargs) + " " + (given == 0 ? "keyword " : "") +
                     "argument" + plural(maxargs) + " (" + std::to_string(given + nkw) + " given)");
  if (given > maxpos) {
    if (maxpos == 0) throw_type_error(name + " takes no positional arguments");
    throw_type_error(name + " takes " + (minpos < maxpos ? "at most " : "exactly ") + std::to_string(maxpos) +
                     " positional argument" + plural(maxpos) + " (" + std::to_string(given) + " given)");
  }
  if (given < minposonly)
    throw_type_error(name + " takes " + (minposonly < maxpos ? "at least " : "exactly ") + std::to_string(minposonly) +
                     " positional argument" + plural(minposonly) + " (" + std::to_string(given) + " given)");
  for (size_t i = 0; i < given; ++i) out[i] = a.args[first + i];
  // The parameter keyword 'k' names (maxargs when none; positional-only ones cannot be named).
  auto param_of = [&](size_t k) {
    std::string_view kname = str_view(a.kwnames->m_items[k]);
    size_t j = size_t(n_posonly);
    while (j < maxargs && kname != params[j]) ++j;
    return j;
  };
  // Keywords naming a parameter not filled by position; the others are reported after the
  // missing-argument check, as CPython does.
  bool leftover = false;
  for (size_t k = 0; k < nkw; ++k) {
    size_t j = param_of(k);
    if (j == maxargs || j < given) {
      leftover = true;
      continue;
    }
    out[j] = a.kwvalues[k];
  }
  for (size_t i = given; i < maxargs; ++i)
    if (out[i].is_null() && int(i) < n_required)
      throw_type_error(name + " missing required argument '" + params[i] + "' (pos " + std::to_string(i + 1) + ")");
  if (!leftover) return;
  for (size_t k = 0; k < nkw; ++k) {
    std::string kname(str_view(a.kwnames->m_items[k]));
    size_t j = param_of(k);
    if (j < maxargs && j < given)
      throw_type_error("argument for " + name + " given by name ('" + kname + "') and position (" +
                       std::to_string(j + 1) + ")");
    if (j == maxargs) throw_type_error("'" + kname + "' is an invalid keyword argument for " + name);
  }
}

MethodDescriptorObject::MethodDescriptorObject(const char* name, NativeFn fn, MethodKind kind, TypeObject* owner)
    : Object(g_method_descriptor_type), m_name(name), m_fn(fn), m_kind(kind), m_owner(owner) {}

// A native attribute (getter/setter pair) in a type's namespace.
struct GetSetObject : Object {
  const char* m_name;
  NativeFn m_get;
  NativeFn m_set;
  TypeObject* m_owner;
  GetSetObject(const char* name, NativeFn get, NativeFn set, TypeObject* owner)
      : Object(g_getset_type), m_name(name), m_get(get), m_set(set), m_owner(owner) {}
};

Value make_native_function(const char* name, NativeFn fn, Value self) {
  return Value(new NativeFunctionObject(name, fn, std::move(self)));
}

void add_function(ModuleObject* module, const char* name, NativeFn fn) {
  auto* f = new NativeFunctionObject(name, fn);
  f->m_module = make_str(module->m_name);
  module->set(name, Value(f));
}

void add_method(TypeObject* type, const char* name, NativeFn fn, MethodKind kind) {
  if (!g_method_descriptor_type) {
    g_method_descriptor_type = new_builtin_type("method_descriptor", g_object_type, Layout::Other);
    g_getset_type = new_builtin_type("getset_descriptor", g_object_type, Layout::Other);
  }
  type->m_dict->set(name, Value(new MethodDescriptorObject(name, fn, kind, type)));
  ++type->m_version;
}

void add_resume_method(TypeObject* type, const char* name, NativeFn fn, ResumeFn resume) {
  add_method(type, name, fn);
  type->m_dict->get(name).as<MethodDescriptorObject>()->m_resume = resume;
}

void add_property(TypeObject* type, const char* name, NativeFn getter, NativeFn setter) {
  if (!g_method_descriptor_type) {
    g_method_descriptor_type = new_builtin_type("method_descriptor", g_object_type, Layout::Other);
    g_getset_type = new_builtin_type("getset_descriptor", g_object_type, Layout::Other);
  }
  type->m_dict->set(name, Value(new GetSetObject(name, getter, setter, type)));
  ++type->m_version;
}

void add_type_attr(TypeObject* type, const char* name, Value value) {
  type->m_dict->set(name, std::move(value));
  ++type->m_version;
}

// Getset access used by the attribute protocol.
bool getset_get(const Value& descr, const Value& obj, Value& out) {
  auto* g = descr.as<GetSetObject>();
  if (!g->m_get) return false;
  Value argv[1] = {obj};
  CallArgs a{argv, 1};
  out = g->m_get(a);
  return true;
}
void getset_set(const Value& descr, const Value& obj, const Value& value) {
  auto* g = descr.as<GetSetObject>();
  if (!g->m_set) {
    std::string tn = type_of(obj)->tp_name();
    if (value.is_null()) throw_attribute_error(std::string("attribute '") + g->m_name + "' of '" + tn + "' objects is not writable");
    throw_attribute_error(std::string("attribute '") + g->m_name + "' of '" + tn + "' objects is not writable");
  }
  Value argv[2] = {obj, value};
  CallArgs a{argv, 2};
  g->m_set(a);
}

}  // namespace ls::lang
