// Function-like types: functions, native functions, bound methods, cells, code, modules, property,
// staticmethod, classmethod — their constructors and special attributes.
#include "engine/lang/function_object.h"

#include <cstdio>

#include "engine/lang/code.h"
#include "engine/lang/exceptions.h"
#include "engine/lang/module_object.h"
#include "engine/lang/native.h"
#include "engine/lang/protocol.h"
#include "engine/lang/str_object.h"
#include "engine/lang/tuple_object.h"

namespace ls::lang {

extern TypeObject* g_method_descriptor_type;

CodeObject::CodeObject() : Object(g_code_type) {}

void CodeObject::finalize() {
  m_nslots = nslots();
  m_varname_objs.clear();
  for (auto& n : m_varnames) m_varname_objs.push_back(intern(n));
  m_simple_args = !(m_flags & (kCoVarargs | kCoVarkeywords | kCoGenerator | kCoCoroutine | kCoAsyncGenerator)) &&
                  m_kwonlyargcount == 0 && m_cellvars.empty() && m_freevars.empty();
  m_same_line.assign(m_code.size(), 0);
  for (size_t pc = 1; pc < m_code.size() && pc < m_lines.size(); ++pc)
    m_same_line[pc] = m_lines[pc] == m_lines[pc - 1] && m_code[pc - 1].op != Op::YIELD_VALUE;
}

FunctionObject::FunctionObject(CodeObject* code, Value globals)
    : Object(g_function_type), m_code(code), m_globals(std::move(globals)) {
  incref(code);
  m_name = make_str(code->m_name);
  m_qualname = make_str(code->m_qualname);
  m_doc = Value::none();
  m_module = Value::none();
}
FunctionObject::~FunctionObject() { decref(m_code); }

ModuleObject::ModuleObject(const std::string& name) : Object(g_module_type), m_name(name) {
  m_dict = new DictObject();
  incref(m_dict);
  m_dict->set("__name__", make_str(name));
  m_dict->set("__doc__", Value::none());
}
ModuleObject* new_module(const std::string& name) { return new ModuleObject(name); }

static std::string addr(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", p);
  return buf;
}

// ---- function -----------------------------------------------------------------------------
static FunctionObject* fn(CallArgs& a) { return a[0].as<FunctionObject>(); }
static Value func_repr(const Value& v) {
  return make_str("<function " + std::string(str_view(v.as<FunctionObject>()->m_qualname)) + " at " + addr(v.obj()) + ">");
}
static Value func_name_get(CallArgs& a) { return fn(a)->m_name; }
static Value func_name_set(CallArgs& a) {
  if (!is_str(a[1])) throw_type_error("__name__ must be set to a string object");
  fn(a)->m_name = a[1];
  return Value::none();
}
static Value func_qualname_get(CallArgs& a) { return fn(a)->m_qualname; }
static Value func_qualname_set(CallArgs& a) {
  if (!is_str(a[1])) throw_type_error("__qualname__ must be set to a string object");
  fn(a)->m_qualname = a[1];
  return Value::none();
}
static Value func_doc_get(CallArgs& a) { return fn(a)->m_doc; }
static Value func_doc_set(CallArgs& a) { fn(a)->m_doc = a[1].is_null() ? Value::none() : a[1]; return Value::none(); }
static Value func_module_get(CallArgs& a) { return fn(a)->m_module; }
static Value func_module_set(CallArgs& a) { fn(a)->m_module = a[1]; return Value::none(); }
static Value func_defaults_get(CallArgs& a) { return fn(a)->m_defaults.is_null() ? Value::none() : fn(a)->m_defaults; }
static Value func_defaults_set(CallArgs& a) {
  fn(a)->m_defaults = (a[1].is_null() || a[1].is_none()) ? Value() : a[1];
  return Value::none();
}
static Value func_kwdefaults_get(CallArgs& a) { return fn(a)->m_kwdefaults.is_null() ? Value::none() : fn(a)->m_kwdefaults; }
static Value func_kwdefaults_set(CallArgs& a) {
  fn(a)->m_kwdefaults = (a[1].is_null() || a[1].is_none()) ? Value() : a[1];
  return Value::none();
}
static Value func_code_get(CallArgs& a) { return Value(fn(a)->m_code); }
static Value func_globals_get(CallArgs& a) { return fn(a)->m_globals; }
static Value func_closure_get(CallArgs& a) { return fn(a)->m_closure.is_null() ? Value::none() : fn(a)->m_closure; }
static Value func_annotations_get(CallArgs& a) {
  if (fn(a)->m_annotations.is_null()) fn(a)->m_annotations = make_dict();
  return fn(a)->m_annotations;
}
static Value func_annotations_set(CallArgs& a) { fn(a)->m_annotations = a[1]; return Value::none(); }
static Value func_dict_get(CallArgs& a) {
  Object* o = a[0].obj();
  if (!o->m_dict) {
    o->m_dict = new DictObject();
    incref(o->m_dict);
  }
  return Value(o->m_dict);
}
static Value func_get(const Value& self, const Value& obj, TypeObject*) {
  if (obj.is_null()) return self;
  return Value(new BoundMethodObject(self, obj));
}

// ---- builtin function / method descriptor -----------------------------------------------------
static Value native_repr(const Value& v) {
  auto* f = v.as<NativeFunctionObject>();
  if (f->m_self.is_null() || is_instance(f->m_self, g_module_type))
    return make_str(std::string("<built-in function ") + f->m_name + ">");
  return make_str(std::string("<built-in method ") + f->m_name + " of " + type_of(f->m_self)->m_name + " object at " +
                  addr(f->m_self.is_obj() ? f->m_self.obj() : nullptr) + ">");
}
static Value native_name_get(CallArgs& a) { return make_str(a[0].as<NativeFunctionObject>()->m_name); }
// "name" prefixed by the qualified name of 'type' (CPython's __qualname__ of builtin methods).
static Value qualified_by(TypeObject* type, const char* name) {
  Value q = getattr_opt(Value(type), intern("__qualname__"));
  return make_str((is_str(q) ? std::string(str_view(q)) : type->m_name) + "." + name);
}
// A builtin bound to an object is qualified by its type (by itself when it is a type), as in
// CPython: [].append.__qualname__ == 'list.append', dict.fromkeys.__qualname__ == 'dict.fromkeys'.
static Value native_qualname_get(CallArgs& a) {
  auto* f = a[0].as<NativeFunctionObject>();
  if (f->m_self.is_null() || is_instance(f->m_self, g_module_type)) return make_str(f->m_name);
  return qualified_by(is_instance(f->m_self, g_type_type) ? f->m_self.as<TypeObject>() : type_of(f->m_self), f->m_name);
}
static Value native_self_get(CallArgs& a) {
  auto& s = a[0].as<NativeFunctionObject>()->m_self;
  return s.is_null() ? Value::none() : s;
}
static Value native_module_get(CallArgs& a) {
  auto& m = a[0].as<NativeFunctionObject>()->m_module;
  return m.is_null() ? Value::none() : m;
}
static Value native_call(const Value& self, CallArgs& a) {
  auto* f = self.as<NativeFunctionObject>();
  if (f->m_self.is_null()) return f->m_fn(a);
  std::vector<Value> argv;
  argv.reserve(a.nargs + 1 + a.nkw());
  argv.push_back(f->m_self);
  for (size_t i = 0; i < a.nargs; ++i) argv.push_back(a.args[i]);
  for (size_t i = 0; i < a.nkw(); ++i) argv.push_back(a.kwvalues[i]);
  CallArgs b{argv.data(), a.nargs + 1, argv.data() + a.nargs + 1, a.kwnames};
  return f->m_fn(b);
}
static Value mdescr_repr(const Value& v) {
  auto* d = v.as<MethodDescriptorObject>();
  return make_str(std::string("<method '") + d->m_name + "' of '" + d->m_owner->m_name + "' objects>");
}
static Value mdescr_call(const Value& self, CallArgs& a) {
  auto* d = self.as<MethodDescriptorObject>();
  if (d->m_kind == MethodKind::Method) {
    if (a.nargs == 0) throw_type_error(std::string("unbound method ") + d->m_owner->m_name + "." + d->m_name + "() needs an argument");
    if (!is_instance(a[0], d->m_owner))
      throw_type_error(std::string("descriptor '") + d->m_name + "' for '" + d->m_owner->m_name + "' objects doesn't apply to a '" +
                       type_of(a[0])->m_name + "' object");
  }
  if (d->m_kind == MethodKind::ClassMethod) {
    std::vector<Value> argv;
    argv.push_back(Value(d->m_owner));
    for (size_t i = 0; i < a.nargs; ++i) argv.push_back(a.args[i]);
    for (size_t i = 0; i < a.nkw(); ++i) argv.push_back(a.kwvalues[i]);
    CallArgs b{argv.data(), a.nargs + 1, argv.data() + a.nargs + 1, a.kwnames};
    return d->m_fn(b);
  }
  return d->m_fn(a);
}
static Value mdescr_get(const Value& self, const Value& obj, TypeObject* cls) {
  auto* d = self.as<MethodDescriptorObject>();
  switch (d->m_kind) {
    case MethodKind::Method:
      if (obj.is_null()) return self;
      return Value(new NativeFunctionObject(d->m_name, d->m_fn, obj));
    case MethodKind::ClassMethod:
      return Value(new NativeFunctionObject(d->m_name, d->m_fn, Value(obj.is_null() ? cls : type_of(obj))));
    case MethodKind::StaticMethod:
      return Value(new NativeFunctionObject(d->m_name, d->m_fn));
  }
  return self;
}
static Value mdescr_name_get(CallArgs& a) { return make_str(a[0].as<MethodDescriptorObject>()->m_name); }
// Qualified by the owner type; a native helper installed in a Python class with 'object' as its
// nominal owner (asyncio's call_soon, Future.__await__) keeps its bare name.
static Value mdescr_qualname_get(CallArgs& a) {
  auto* d = a[0].as<MethodDescriptorObject>();
  if (!d->m_owner || (d->m_owner == g_object_type && !type_lookup(g_object_type, intern(d->m_name)).is(a[0])))
    return make_str(d->m_name);
  return qualified_by(d->m_owner, d->m_name);
}

// ---- bound method -----------------------------------------------------------------------------
static Value method_repr(const Value& v) {
  auto* m = v.as<BoundMethodObject>();
  Value qn = getattr_opt(m->m_func, intern("__qualname__"));
  std::string name = is_str(qn) ? std::string(str_view(qn)) : "?";
  return make_str("<bound method " + name + " of " + repr_string(m->m_self) + ">");
}
static Value method_func_get(CallArgs& a) { return a[0].as<BoundMethodObject>()->m_func; }
static Value method_self_get(CallArgs& a) { return a[0].as<BoundMethodObject>()->m_self; }
static Value method_name_get(CallArgs& a) { return getattr(a[0].as<BoundMethodObject>()->m_func, "__name__"); }
static Value method_qualname_get(CallArgs& a) { return getattr(a[0].as<BoundMethodObject>()->m_func, "__qualname__"); }
static Value method_doc_get(CallArgs& a) { return getattr(a[0].as<BoundMethodObject>()->m_func, "__doc__"); }
static Value method_module_get(CallArgs& a) { return getattr(a[0].as<BoundMethodObject>()->m_func, "__module__"); }
static Value method_wrapped_get(CallArgs& a) { return getattr(a[0].as<BoundMethodObject>()->m_func, "__wrapped__"); }
static Value method_call(const Value& self, CallArgs& a) {
  auto* m = self.as<BoundMethodObject>();
  std::vector<Value> argv;
  argv.reserve(a.nargs + 1 + a.nkw());
  argv.push_back(m->m_self);
  for (size_t i = 0; i < a.nargs; ++i) argv.push_back(a.args[i]);
  for (size_t i = 0; i < a.nkw(); ++i) argv.push_back(a.kwvalues[i]);
  CallArgs b{argv.data(), a.nargs + 1, argv.data() + a.nargs + 1, a.kwnames};
  Value func = m->m_func;
  return call(func, b);
}
static Value method_richcompare(const Value& a, const Value& b, CompareOp op) {
  if (!is_instance(b, g_method_type) || (op != CompareOp::Eq && op != CompareOp::Ne)) return not_implemented();
  auto* x = a.as<BoundMethodObject>();
  auto* y = b.as<BoundMethodObject>();
  bool same = x->m_self.is(y->m_self) && eq(x->m_func, y->m_func);
  return Value::boolean(op == CompareOp::Eq ? same : !same);
}
static int64_t method_hash(const Value& v) {
  auto* m = v.as<BoundMethodObject>();
  return hash(m->m_func) ^ int64_t(uintptr_t(m->m_self.is_obj() ? m->m_self.obj() : nullptr) >> 4);
}

// ---- code, cell, module -------------------------------------------------------------------------
static Value code_repr(const Value& v) {
  auto* c = v.as<CodeObject>();
  return make_str("<code object " + c->m_name + " at " + addr(c) + ", file \"" + c->m_filename + "\", line " +
                  std::to_string(c->m_firstlineno) + ">");
}
static Value code_name_get(CallArgs& a) { return make_str(a[0].as<CodeObject>()->m_name); }
static Value code_qualname_get(CallArgs& a) { return make_str(a[0].as<CodeObject>()->m_qualname); }
static Value code_filename_get(CallArgs& a) { return make_str(a[0].as<CodeObject>()->m_filename); }
static Value code_firstlineno_get(CallArgs& a) { return Value::integer(a[0].as<CodeObject>()->m_firstlineno); }
static Value code_flags_get(CallArgs& a) {
  uint32_t f = a[0].as<CodeObject>()->m_flags;
  int64_t r = 0;
  if (f & kCoVarargs) r |= 0x04;
  if (f & kCoVarkeywords) r |= 0x08;
  if (f & kCoGenerator) r |= 0x20;
  if (f & kCoCoroutine) r |= 0x80;
  if (f & kCoAsyncGenerator) r |= 0x200;
  return Value::integer(r);
}
static Value code_argcount_get(CallArgs& a) { return Value::integer(a[0].as<CodeObject>()->m_argcount); }
static Value code_varnames_get(CallArgs& a) {
  std::vector<Value> items;
  for (auto& n : a[0].as<CodeObject>()->m_varnames) items.push_back(make_str(n));
  return make_tuple(std::move(items));
}
static Value cell_contents_get(CallArgs& a) {
  auto& v = a[0].as<CellObject>()->m_value;
  if (v.is_null()) throw_error(g_ValueError, "Cell is empty");
  return v;
}
static Value module_repr(const Value& v) {
  auto* m = v.as<ModuleObject>();
  return make_str("<module '" + m->m_name + "'>");
}

// ---- property, staticmethod, classmethod ------------------------------------------------------
static Value property_construct(TypeObject* cls, CallArgs& a) {
  static const ParamSpec spec{"property", {"fget", "fset", "fdel", "doc"}, 0, 0, 0};
  Value p[4];
  spec.bind(a, p);
  auto* pr = new PropertyObject();
  if (cls != g_property_type) {
    pr->m_type = cls;
    incref(cls);
    decref(g_property_type);
    pr->m_dict = new DictObject();
    incref(pr->m_dict);
  }
  Value result(pr);
  pr->m_get = p[0].is_null() ? Value::none() : p[0];
  pr->m_set = p[1].is_null() ? Value::none() : p[1];
  pr->m_del = p[2].is_null() ? Value::none() : p[2];
  pr->m_doc = p[3];
  if ((p[3].is_null() || p[3].is_none()) && !pr->m_get.is_none()) pr->m_doc = getattr_opt(pr->m_get, intern("__doc__"));
  if (pr->m_doc.is_null()) pr->m_doc = Value::none();
  return result;
}
void raise_property_missing(const PropertyObject* p, const char* what, TypeObject* owner) {
  std::string named = is_str(p->m_name) ? " '" + std::string(str_view(p->m_name)) + "'" : "";
  throw_attribute_error("property" + named + " of '" + owner->m_name + "' object has no " + what);
}
static Value property_copy(PropertyObject* p, int which, const Value& f) {
  auto* q = new PropertyObject();
  Value result(q);
  q->m_get = which == 0 ? f : p->m_get;
  q->m_set = which == 1 ? f : p->m_set;
  q->m_del = which == 2 ? f : p->m_del;
  q->m_doc = p->m_doc;
  q->m_name = p->m_name;
  return result;
}
static Value property_set_name(CallArgs& a) {
  a.check_method("__set_name__", 2, 2);
  a[0].as<PropertyObject>()->m_name = a[2];
  return Value::none();
}
static Value property_getter(CallArgs& a) { a.check_method("getter", 1, 1); return property_copy(a[0].as<PropertyObject>(), 0, a[1]); }
static Value property_setter(CallArgs& a) { a.check_method("setter", 1, 1); return property_copy(a[0].as<PropertyObject>(), 1, a[1]); }
static Value property_deleter(CallArgs& a) { a.check_method("deleter", 1, 1); return property_copy(a[0].as<PropertyObject>(), 2, a[1]); }
static Value property_fget(CallArgs& a) { return a[0].as<PropertyObject>()->m_get; }
static Value property_fset(CallArgs& a) { return a[0].as<PropertyObject>()->m_set; }
static Value property_fdel(CallArgs& a) { return a[0].as<PropertyObject>()->m_del; }
static Value property_doc(CallArgs& a) { return a[0].as<PropertyObject>()->m_doc; }
static Value property_get_method(CallArgs& a) {
  a.check_method("__get__", 1, 2);
  auto* p = a[0].as<PropertyObject>();
  if (a[1].is_none()) return a[0];
  if (p->m_get.is_none() || p->m_get.is_null()) raise_property_missing(p, "getter", type_of(a[1]));
  return call(p->m_get, {a[1]});
}
static Value property_set_method(CallArgs& a) {
  a.check_method("__set__", 2, 2);
  auto* p = a[0].as<PropertyObject>();
  if (p->m_set.is_none() || p->m_set.is_null()) raise_property_missing(p, "setter", type_of(a[1]));
  call(p->m_set, {a[1], a[2]});
  return Value::none();
}

static Value staticmethod_construct(TypeObject* cls, CallArgs& a) {
  a.check("staticmethod", 1, 1);
  return Value(new StaticMethodObject(a[0], cls));
}
static Value classmethod_construct(TypeObject* cls, CallArgs& a) {
  a.check("classmethod", 1, 1);
  return Value(new ClassMethodObject(a[0], cls));
}
static Value staticmethod_func(CallArgs& a) { return a[0].as<StaticMethodObject>()->m_func; }
static Value classmethod_func(CallArgs& a) { return a[0].as<ClassMethodObject>()->m_func; }
static Value staticmethod_call(const Value& self, CallArgs& a) { return call(self.as<StaticMethodObject>()->m_func, a); }
static Value wrapper_getattr_fallback(CallArgs& a);

void init_function_types() {
  g_function_type = new_builtin_type("function", g_object_type, Layout::Other);
  g_function_type->m_slots.repr = func_repr;
  g_function_type->m_slots.descr_get = func_get;
  add_property(g_function_type, "__name__", func_name_get, func_name_set);
  add_property(g_function_type, "__qualname__", func_qualname_get, func_qualname_set);
  add_property(g_function_type, "__doc__", func_doc_get, func_doc_set);
  add_property(g_function_type, "__module__", func_module_get, func_module_set);
  add_property(g_function_type, "__defaults__", func_defaults_get, func_defaults_set);
  add_property(g_function_type, "__kwdefaults__", func_kwdefaults_get, func_kwdefaults_set);
  add_property(g_function_type, "__code__", func_code_get);
  add_property(g_function_type, "__globals__", func_globals_get);
  add_property(g_function_type, "__closure__", func_closure_get);
  add_property(g_function_type, "__annotations__", func_annotations_get, func_annotations_set);
  add_property(g_function_type, "__dict__", func_dict_get);

  g_builtin_function_type = new_builtin_type("builtin_function_or_method", g_object_type, Layout::Other);
  g_builtin_function_type->m_slots.repr = native_repr;
  g_builtin_function_type->m_slots.call = native_call;
  add_property(g_builtin_function_type, "__name__", native_name_get);
  add_property(g_builtin_function_type, "__qualname__", native_qualname_get);
  add_property(g_builtin_function_type, "__self__", native_self_get);
  add_property(g_builtin_function_type, "__module__", native_module_get);

  g_method_descriptor_type->m_slots.repr = mdescr_repr;
  g_method_descriptor_type->m_slots.call = mdescr_call;
  g_method_descriptor_type->m_slots.descr_get = mdescr_get;
  add_property(g_method_descriptor_type, "__name__", mdescr_name_get);
  add_property(g_method_descriptor_type, "__qualname__", mdescr_qualname_get);

  g_method_type = new_builtin_type("method", g_object_type, Layout::Other);
  g_method_type->m_slots.repr = method_repr;
  g_method_type->m_slots.call = method_call;
  g_method_type->m_slots.richcompare = method_richcompare;
  g_method_type->m_slots.hash = method_hash;
  add_property(g_method_type, "__func__", method_func_get);
  add_property(g_method_type, "__self__", method_self_get);
  add_property(g_method_type, "__name__", method_name_get);
  add_property(g_method_type, "__qualname__", method_qualname_get);
  add_property(g_method_type, "__doc__", method_doc_get);
  add_property(g_method_type, "__module__", method_module_get);
  add_property(g_method_type, "__wrapped__", method_wrapped_get);

  g_code_type = new_builtin_type("code", g_object_type, Layout::Other);
  g_code_type->m_slots.repr = code_repr;
  add_property(g_code_type, "co_name", code_name_get);
  add_property(g_code_type, "co_qualname", code_qualname_get);
  add_property(g_code_type, "co_filename", code_filename_get);
  add_property(g_code_type, "co_firstlineno", code_firstlineno_get);
  add_property(g_code_type, "co_flags", code_flags_get);
  add_property(g_code_type, "co_argcount", code_argcount_get);
  add_property(g_code_type, "co_varnames", code_varnames_get);

  g_cell_type = new_builtin_type("cell", g_object_type, Layout::Other);
  add_property(g_cell_type, "cell_contents", cell_contents_get);

  g_module_type = new_builtin_type("module", g_object_type, Layout::Other);
  g_module_type->m_slots.repr = module_repr;

  g_property_type = new_builtin_type("property", g_object_type, Layout::Other);
  g_property_type->m_slots.construct = property_construct;
  add_method(g_property_type, "getter", property_getter);
  add_method(g_property_type, "setter", property_setter);
  add_method(g_property_type, "deleter", property_deleter);
  add_method(g_property_type, "__get__", property_get_method);
  add_method(g_property_type, "__set__", property_set_method);
  add_method(g_property_type, "__set_name__", property_set_name);
  add_property(g_property_type, "fget", property_fget);
  add_property(g_property_type, "fset", property_fset);
  add_property(g_property_type, "fdel", property_fdel);
  add_property(g_property_type, "__doc__", property_doc);

  g_staticmethod_type = new_builtin_type("staticmethod", g_object_type, Layout::Other);
  g_staticmethod_type->m_slots.construct = staticmethod_construct;
  g_staticmethod_type->m_slots.call = staticmethod_call;
  add_property(g_staticmethod_type, "__func__", staticmethod_func);
  add_property(g_staticmethod_type, "__wrapped__", staticmethod_func);
  g_classmethod_type = new_builtin_type("classmethod", g_object_type, Layout::Other);
  g_classmethod_type->m_slots.construct = classmethod_construct;
  add_property(g_classmethod_type, "__func__", classmethod_func);
  add_property(g_classmethod_type, "__wrapped__", classmethod_func);
  (void)wrapper_getattr_fallback;
}

static Value wrapper_getattr_fallback(CallArgs& a) { return a[0]; }

}  // namespace ls::lang
