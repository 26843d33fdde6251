// Python functions, closures' cells, bound methods, and the property/staticmethod/classmethod wrappers.
#pragma once
#include "engine/lang/builtin_types.h"

namespace ls::lang {

struct CodeObject;
struct DictObject;

// A def/lambda: code plus everything captured when the def ran.
struct FunctionObject : Object {
  CodeObject* m_code;      // owned reference
  Value m_globals;         // dict of the defining module
  Value m_builtins;        // dict of builtins (cached from the globals' module)
  Value m_defaults;        // tuple or Null
  Value m_kwdefaults;      // dict or Null
  Value m_closure;         // tuple of cells or Null
  Value m_name;            // str __name__
  Value m_qualname;        // str __qualname__
  Value m_doc;             // __doc__ (None when absent)
  Value m_module;          // __module__
  Value m_annotations;     // dict or Null
  FunctionObject(CodeObject* code, Value globals);
  ~FunctionObject() override;
};

// A closure variable box shared between a function and its nested functions.
struct CellObject : Object {
  Value m_value;  // Null while unbound
  explicit CellObject(Value v = {}) : Object(g_cell_type), m_value(std::move(v)) {}
};

// obj.method: the function with its receiver.
struct BoundMethodObject : Object {
  Value m_func;
  Value m_self;
  BoundMethodObject(Value func, Value self) : Object(g_method_type), m_func(std::move(func)), m_self(std::move(self)) {}
};

// property(fget, fset, fdel, doc), staticmethod(f), classmethod(f).
struct PropertyObject : Object {
  Value m_get, m_set, m_del, m_doc;  // Null/None when absent
  Value m_name;                      // str given by __set_name__ (a class body's name), else Null
  PropertyObject() : Object(g_property_type) {}
};
// AttributeError "property 'x' of 'A' object has no setter" ('what': getter/setter/deleter;
// "property of 'A' object ..." when the property never received a name).
[[noreturn]] void raise_property_missing(const PropertyObject* p, const char* what, TypeObject* owner);
struct StaticMethodObject : Object {
  Value m_func;
  explicit StaticMethodObject(Value f, TypeObject* t = g_staticmethod_type) : Object(t), m_func(std::move(f)) {}
};
struct ClassMethodObject : Object {
  Value m_func;
  explicit ClassMethodObject(Value f, TypeObject* t = g_classmethod_type) : Object(t), m_func(std::move(f)) {}
};

}  // namespace ls::lang
