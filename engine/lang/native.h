// Native (C++) functions and methods: the call convention, argument checking and registration.
//
//   // len(obj)
//   static Value builtin_len(CallArgs& a) {
//     a.check("len", 1, 1);                 // "len() takes exactly one argument (2 given)"
//     return Value::integer(len(a[0]));
//   }
//   add_function(builtins_module, "len", builtin_len);
//
//   // str.startswith(prefix[, start[, end]]): methods get self as a[0]
//   static Value str_startswith(CallArgs& a) { a.check_method("startswith", 1, 3); ... }
//   add_method(g_str_type, "startswith", str_startswith);
#pragma once
#include <initializer_list>
#include <string>
#include <vector>

#include "engine/lang/builtin_types.h"

namespace ls::lang {

struct TupleObject;
struct ModuleObject;
struct CallArgs;

// Every native function has this signature. It returns the result (never Null) or throws a
// Python exception (see exceptions.h).
using NativeFn = Value (*)(CallArgs& args);

// The arguments of one call. Positional values first; then keyword values named by 'kwnames'.
// For methods, args[0] is self. The values live on the caller's stack: copy what you keep.
struct CallArgs {
  const Value* args = nullptr;  // positional arguments
  size_t nargs = 0;
  const Value* kwvalues = nullptr;  // keyword argument values (parallel to kwnames)
  TupleObject* kwnames = nullptr;   // tuple of str, or null when there are no keywords

  size_t size() const { return nargs; }
  const Value& operator[](size_t i) const { return args[i]; }
  size_t nkw() const;
  // The value of keyword 'name' or Null.
  Value kw(std::string_view name) const;

  // Positional count check with CPython's wording for builtins, and no keywords allowed:
  //   "len() takes exactly one argument (2 given)", "pow expected at least 2 arguments, got 1",
  //   "len() takes no keyword arguments".
  void check(const char* fname, size_t min, size_t max) const {
    if (!kwnames && nargs >= min && nargs <= max) return;  // the common case, inline
    check_args(fname, min, max);
  }
  // Same for methods (self excluded from the counts and messages):
  //   "append() takes exactly one argument (0 given)", "pop expected at most 1 argument, got 2".
  void check_method(const char* fname, size_t min, size_t max) const {
    if (!kwnames && nargs >= min + 1 && nargs - 1 <= max) return;
    check_method_args(fname, min, max);
  }
  // Same for the methods CPython still parses with PyArg_ParseTuple (str.count, find, index,
  // startswith, ...): "count() takes at least 1 argument (0 given)".
  void check_method_parsetuple(const char* fname, size_t min, size_t max) const {
    if (!kwnames && nargs >= min + 1 && nargs - 1 <= max) return;
    check_method_parsetuple_args(fname, min, max);
  }
  // The full checks behind check(), check_method() and check_method_parsetuple(), with the
  // error messages.
  void check_args(const char* fname, size_t min, size_t max) const;
  void check_method_args(const char* fname, size_t min, size_t max) const;
  void check_method_parsetuple_args(const char* fname, size_t min, size_t max) const;
};

// Binds arguments like a Python def: "params" names the parameters in order; the first
// 'n_posonly' are positional-only, the last 'n_kwonly' keyword-only, the first 'n_required'
// required. Unfilled optional parameters come back Null. Errors use the wording of CPython's
// builtins that take keywords (Argument Clinic's): "split() takes at most 2 arguments (3 given)",
// "sum() takes at least 1 positional argument (0 given)", "round() missing required argument
// 'number' (pos 1)", "'x' is an invalid keyword argument for split()".
// Example, sorted(iterable, /, *, key=None, reverse=False):
//   static const ParamSpec spec{"sorted", {"iterable", "key", "reverse"}, 1, 1, 2};
//   Value p[3]; spec.bind(a, p);
struct ParamSpec {
  const char* fname;
  std::vector<const char*> params;
  int n_posonly = 0;
  int n_required = 0;
  int n_kwonly = 0;
  bool skip_self = false;  // methods: args[0] is self and is not a parameter
  void bind(const CallArgs& a, Value* out) const;
};

// A native function object. 'self' (when not Null) is bound and passed as args[0].
struct NativeFunctionObject : Object {
  const char* m_name;    // __name__
  NativeFn m_fn;
  Value m_self;          // bound receiver, or Null
  Value m_module;        // __module__ (str) or None
  NativeFunctionObject(const char* name, NativeFn fn, Value self = {})
      : Object(g_builtin_function_type), m_name(name), m_fn(fn), m_self(std::move(self)) {}
};

// Kinds of native members of a type.
enum class MethodKind : uint8_t {
  Method,        // bound to the instance: s.upper()
  ClassMethod,   // receives the class as args[0]: dict.fromkeys(...), int.from_bytes
  StaticMethod,  // no receiver: str.maketrans
};

// A native method descriptor stored in a type's namespace; binds on attribute access.
// Generator-style methods (send, throw, __next__) can also resume without raising: true with
// the yielded value in 'out', false when finished with the return value in 'out' (what m_fn
// raises as StopIteration). The dispatch loop uses it to skip a C++ throw per finished step.
using ResumeFn = bool (*)(CallArgs& args, Value& out);

struct MethodDescriptorObject : Object {
  const char* m_name;
  NativeFn m_fn;
  MethodKind m_kind;
  TypeObject* m_owner;
  ResumeFn m_resume = nullptr;
  MethodDescriptorObject(const char* name, NativeFn fn, MethodKind kind, TypeObject* owner);
};

// Registration: one call per function/method.
Value make_native_function(const char* name, NativeFn fn, Value self = {});
void add_function(ModuleObject* module, const char* name, NativeFn fn);
void add_method(TypeObject* type, const char* name, NativeFn fn, MethodKind kind = MethodKind::Method);
// A method whose m_fn is "resume, then raise StopIteration(value) when finished" (see ResumeFn).
void add_resume_method(TypeObject* type, const char* name, NativeFn fn, ResumeFn resume);
// A read-only (setter null) or read-write attribute computed natively: getter gets self as a[0],
// setter gets self, value.
void add_property(TypeObject* type, const char* name, NativeFn getter, NativeFn setter = nullptr);
// Sets a plain attribute in a type's namespace (constants such as int.__doc__).
void add_type_attr(TypeObject* type, const char* name, Value value);

}  // namespace ls::lang
