// The builtin types object/type/NoneType/bool/int/float/str and singletons: creation, slots, constructors.
#include <cmath>
#include <cstdio>

#include "engine/lang/builtin_types.h"
#include "engine/lang/dict_object.h"
#include "engine/lang/exceptions.h"
#include "engine/lang/function_object.h"
#include "engine/lang/int_object.h"
#include "engine/lang/list_object.h"
#include "engine/lang/module_object.h"
#include "engine/lang/num/float_format.h"
#include "engine/lang/num/hash.h"
#include "engine/lang/protocol.h"
#include "engine/lang/str_object.h"
#include "engine/lang/tuple_object.h"

namespace ls::lang {

TypeObject *g_object_type, *g_type_type, *g_none_type, *g_bool_type, *g_int_type, *g_float_type,
    *g_str_type, *g_bytes_type, *g_list_type, *g_tuple_type, *g_dict_type, *g_set_type,
    *g_frozenset_type, *g_range_type, *g_slice_type, *g_function_type, *g_builtin_function_type,
    *g_method_type, *g_code_type, *g_cell_type, *g_module_type, *g_property_type,
    *g_staticmethod_type, *g_classmethod_type, *g_super_type, *g_generator_type,
    *g_coroutine_type, *g_async_generator_type, *g_not_implemented_type, *g_ellipsis_type,
    *g_traceback_type, *g_list_iterator_type, *g_tuple_iterator_type, *g_str_iterator_type,
    *g_dict_keyiterator_type, *g_dict_valueiterator_type, *g_dict_itemiterator_type,
    *g_dict_keys_type, *g_dict_values_type, *g_dict_items_type, *g_set_iterator_type,
    *g_range_iterator_type;
Object* g_not_implemented;
Object* g_ellipsis;

void init_container_types();
void init_exception_types();
void init_function_types();

// "<__main__.Order object at 0x7f...>"
std::string default_object_repr(const Value& v) {
  TypeObject* t = type_of(v);
  char buf[64];
  std::snprintf(buf, sizeof buf, " object at %p>", (void*)(v.is_obj() ? v.obj() : nullptr));
  std::string mod = is_str(t->m_module) ? std::string(str_view(t->m_module)) : "builtins";
  if (mod == "builtins") return "<" + t->m_qualname + buf;
  return "<" + mod + "." + t->m_qualname + buf;
}

std::string type_repr(TypeObject* t) {
  std::string mod = is_str(t->m_module) ? std::string(str_view(t->m_module)) : "builtins";
  if (mod == "builtins") return "<class '" + t->m_qualname + "'>";
  return "<class '" + mod + "." + t->m_qualname + "'>";
}

static int64_t identity_hash(const Value& v) {
  uintptr_t p = uintptr_t(v.obj());
  int64_t h = int64_t((p >> 4) | (p << (8 * sizeof(p) - 4)));
  return h == -1 ? -2 : h;
}

// ---- object ---------------------------------------------------------------------------------

Value new_heap_instance(TypeObject* cls, size_t room) {
  auto* o = new Object(cls);
  Value result(o);
  o->m_dict = new DictObject();
  incref(o->m_dict);
  o->m_dict->reserve(cls->m_dict_size_hint > room ? cls->m_dict_size_hint : room);
  if (cls->m_has_del) o->m_flags |= kNeedsFinalize;
  return result;
}

static Value object_new(CallArgs& a) {
  if (a.nargs < 1 || !is_instance(a[0], g_type_type)) throw_type_error("object.__new__(X): X is not a type object");
  TypeObject* cls = a[0].as<TypeObject>();
  if (a.nargs > 1 || a.nkw() > 0) {
    static StrObject* s_init = intern("__init__");
    static StrObject* s_new = intern("__new__");
    if (type_lookup_user(cls, s_init).is_null() || !type_lookup_user(cls, s_new).is_null())
      raise_error(Err::ObjectTakesNoArguments, {cls->m_name});
  }
  if (cls->m_layout != Layout::Object) raise_error(Err::CannotCreateInstances, {cls->m_name});
  if (cls->m_heap) return new_heap_instance(cls);
  return Value(new Object(cls));
}

static Value object_init(CallArgs& a) {
  if (a.nargs > 1 || a.nkw() > 0) {
    TypeObject* cls = type_of(a[0]);
    static StrObject* s_init = intern("__init__");
    static StrObject* s_new = intern("__new__");
    if (!type_lookup_user(cls, s_init).is_null())
      throw_type_error("object.__init__() takes exactly one argument (the instance to initialize)");
    // Extra arguments are for __new__ when a class along the MRO has its own (a user class or
    // a builtin base such as int or str), as CPython's object_init allows.
    if (type_lookup(cls, s_new).is(type_lookup(g_object_type, s_new)))
      raise_error(Err::ObjectTakesNoArguments, {cls->m_name});
  }
  return Value::none();
}

static Value object_repr_method(CallArgs& a) { return make_str(default_object_repr(a[0])); }
static Value object_str_method(CallArgs& a) { return repr(a[0]); }
static Value object_hash_method(CallArgs& a) { return Value::integer(identity_hash(a[0])); }
static Value object_eq_method(CallArgs& a) {
  a.check_method("__eq__", 1, 1);
  return a[0].is(a[1]) ? Value::boolean(true) : not_implemented();
}
static Value object_ne_method(CallArgs& a) {
  a.check_method("__ne__", 1, 1);
  Value r = compare(a[0], a[1], CompareOp::Eq);
  if (is_not_implemented(r)) return r;
  return Value::boolean(!truthy(r));
}
static Value object_setattr_method(CallArgs& a) {
  a.check_method("__setattr__", 2, 2);
  if (!is_str(a[1])) throw_type_error("attribute name must be string");
  extern void generic_setattr(const Value& obj, StrObject* name, const Value& value);
  generic_setattr(a[0], intern(str_view(a[1])), a[2]);
  return Value::none();
}
static Value object_delattr_method(CallArgs& a) {
  a.check_method("__delattr__", 1, 1);
  extern void generic_setattr(const Value& obj, StrObject* name, const Value& value);
  generic_setattr(a[0], intern(str_view(a[1])), Value());
  return Value::none();
}
static Value object_getattribute_method(CallArgs& a) {
  a.check_method("__getattribute__", 1, 1);
  extern Value generic_getattr(const Value& obj, StrObject* name);
  Value v = generic_getattr(a[0], intern(str_view(a[1])));
  if (v.is_null()) raise_error(Err::NoAttribute, {type_of(a[0])->m_name, str_view(a[1])});
  return v;
}
static Value object_format_method(CallArgs& a) {
  a.check_method("__format__", 1, 1);
  if (is_str(a[1]) && !str_view(a[1]).empty())
    throw_type_error("unsupported format string passed to " + type_of(a[0])->m_name + ".__format__");
  return str(a[0]);
}
static Value object_init_subclass(CallArgs&) { return Value::none(); }
static Value object_class_getter(CallArgs& a) { return Value(type_of(a[0])); }
// obj.__class__ = cls: between classes whose instances have the same shape (both user classes,
// the same builtin base layout and __slots__), as CPython allows.
static Value object_class_setter(CallArgs& a) {
  const Value& v = a[1];
  if (v.is_null()) throw_type_error("can't delete __class__ attribute");
  if (!v.is_obj() || (v.obj()->m_type != g_type_type && v.obj()->m_type->m_layout != Layout::Type))
    throw_type_error("__class__ must be set to a class, not '" + type_of(v)->m_name + "' object");
  auto* to = v.as<TypeObject>();
  TypeObject* from = type_of(a[0]);
  if (!a[0].is_obj() || !from->m_heap || !to->m_heap)
    throw_type_error("__class__ assignment only supported for mutable types or ModuleType subclasses");
  auto slots_of = [](TypeObject* t) {
    std::vector<StrObject*> names;
    for (TypeObject* c : t->m_mro) names.insert(names.end(), c->m_slot_names.begin(), c->m_slot_names.end());
    return names;
  };
  if (from->m_layout != to->m_layout || from->m_restricted != to->m_restricted || slots_of(from) != slots_of(to))
    throw_type_error("__class__ assignment: '" + to->m_name + "' object layout differs from '" + from->m_name + "'");
  Object* o = a[0].obj();
  incref(to);
  o->m_type = to;
  decref(from);
  if (to->m_has_del) o->m_flags |= kNeedsFinalize;
  return Value::none();
}
static Value object_dict_getter(CallArgs& a) {
  Object* o = a[0].is_obj() ? a[0].obj() : nullptr;
  if (!o || !o->m_dict || o->m_type->m_restricted) raise_error(Err::NoAttribute, {type_of(a[0])->m_name, "__dict__"});
  return Value(o->m_dict);
}
static Value object_reduce_ex(CallArgs&) { throw_type_error("cannot pickle object"); }
static Value object_dir(CallArgs& a) {
  std::vector<Value> names;
  if (a[0].is_obj() && a[0].obj()->m_dict) a[0].obj()->m_dict->for_each([&](const Value& k, const Value&) { names.push_back(k); });
  for (TypeObject* t : type_of(a[0])->m_mro) t->m_dict->for_each([&](const Value& k, const Value&) { names.push_back(k); });
  return make_list(std::move(names));
}

// ---- type ------------------------------------------------------------------------------------

static Value type_repr_slot(const Value& self) { return make_str(type_repr(self.as<TypeObject>())); }
static Value type_name_get(CallArgs& a) { return make_str(a[0].as<TypeObject>()->m_name); }
static Value type_name_set(CallArgs& a) {
  a[0].as<TypeObject>()->m_name = std::string(str_view(a[1]));
  return Value::none();
}
static Value type_qualname_get(CallArgs& a) { return make_str(a[0].as<TypeObject>()->m_qualname); }
static Value type_qualname_set(CallArgs& a) {
  a[0].as<TypeObject>()->m_qualname = std::string(str_view(a[1]));
  return Value::none();
}
static Value type_module_get(CallArgs& a) {
  TypeObject* t = a[0].as<TypeObject>();
  if (t->m_heap) {
    Value m = t->m_dict->get("__module__");
    if (!m.is_null()) return m;
  }
  return t->m_module;
}
static Value type_module_set(CallArgs& a) {
  TypeObject* t = a[0].as<TypeObject>();
  t->m_module = a[1];
  if (t->m_heap) t->m_dict->set("__module__", a[1]);
  return Value::none();
}
static Value type_bases_get(CallArgs& a) { return a[0].as<TypeObject>()->m_bases; }
static Value type_base_get(CallArgs& a) {
  TypeObject* b = a[0].as<TypeObject>()->m_base;
  return b ? Value(b) : Value::none();
}
static Value type_mro_get(CallArgs& a) {
  std::vector<Value> items;
  for (TypeObject* t : a[0].as<TypeObject>()->m_mro) items.push_back(Value(t));
  return make_tuple(std::move(items));
}
static Value type_mro_method(CallArgs& a) {
  std::vector<Value> items;
  for (TypeObject* t : a[0].as<TypeObject>()->m_mro) items.push_back(Value(t));
  return make_list(std::move(items));
}
static Value type_dict_get(CallArgs& a) { return Value(a[0].as<TypeObject>()->m_dict); }
static Value type_doc_get(CallArgs& a) {
  Value d = a[0].as<TypeObject>()->m_dict->get("__doc__");
  return d.is_null() ? Value::none() : d;
}
static Value type_subclasses(CallArgs&) { return make_list(); }
static Value type_instancecheck(CallArgs& a) {
  a.check_method("__instancecheck__", 1, 1);
  return Value::boolean(is_instance(a[1], a[0].as<TypeObject>()));
}
static Value type_subclasscheck(CallArgs& a) {
  a.check_method("__subclasscheck__", 1, 1);
  if (!is_instance(a[1], g_type_type)) throw_type_error("issubclass() arg 1 must be a class");
  return Value::boolean(is_subtype(a[1].as<TypeObject>(), a[0].as<TypeObject>()));
}

extern Value type_call(const Value& self, CallArgs& args);
extern Value type_new_from_args(TypeObject* meta, CallArgs& args);

// type.__call__(cls, *args, **kwargs): what calling a class does (__new__, then __init__), for
// a metaclass's __call__ that delegates with super().__call__(...).
static Value type_call_method(CallArgs& a) {
  if (a.nargs < 1 || !is_instance(a[0], g_type_type))
    throw_type_error("descriptor '__call__' requires a 'type' object");
  CallArgs rest{a.args + 1, a.nargs - 1, a.kwvalues, a.kwnames};
  return type_call(a[0], rest);
}

// type(x) / type(name, bases, ns)
static Value type_construct(TypeObject* cls, CallArgs& a) {
  if (cls == g_type_type && a.nargs == 1 && a.nkw() == 0) return Value(type_of(a[0]));
  if (a.nargs != 3) throw_type_error("type() takes 1 or 3 arguments");
  return type_new_from_args(cls, a);
}
static Value type_new_method(CallArgs& a) {
  if (a.nargs < 1 || !is_instance(a[0], g_type_type)) throw_type_error("type.__new__(X): X is not a type object");
  CallArgs rest{a.args + 1, a.nargs - 1, a.kwvalues, a.kwnames};
  if (rest.nargs == 1) return Value(type_of(rest[0]));
  return type_new_from_args(a[0].as<TypeObject>(), rest);
}
static Value type_init_method(CallArgs&) { return Value::none(); }

// ---- None, NotImplemented, Ellipsis, bool ------------------------------------------------------

static Value none_repr(const Value&) { static StrObject* s = intern("None"); return Value(s); }
static Value bool_repr(const Value& v) {
  static StrObject* t = intern("True");
  static StrObject* f = intern("False");
  return Value(v.as_bool() ? t : f);
}
static Value none_construct(TypeObject*, CallArgs& a) {
  if (a.nargs || a.nkw()) throw_type_error("NoneType takes no arguments");
  return Value::none();
}
static Value bool_construct(TypeObject*, CallArgs& a) {
  a.check("bool", 0, 1);
  return Value::boolean(a.nargs == 1 && truthy(a[0]));
}

// ---- int -------------------------------------------------------------------------------------

std::string int_to_string(const Value& v) {
  if (v.is_int() || v.is_bool()) return std::to_string(v.as_int());
  auto s = v.as<IntObject>()->m_value.to_decimal_limited();
  if (!s) throw_value_error(num::int_digits_limit_message());
  return *s;
}
static Value int_repr(const Value& v) { return make_str(int_to_string(v)); }
static int64_t int_hash(const Value& v) {
  if (v.is_int() || v.is_bool()) return num::hash_int64(v.as_int());
  return num::hash_bigint(v.as<IntObject>()->m_value);
}

// Wraps an int value in an instance of int subclass 'cls' (or returns it for int itself).
static Value int_for_class(TypeObject* cls, const Value& v) {
  if (cls == g_int_type) return v;
  return Value(new IntObject(to_bigint(v), cls));
}

Value int_from_value(const Value& x) {
  if (x.is_int()) return x;
  if (x.is_bool()) return Value::integer(x.as_int());
  if (is_int_like(x)) return make_int(to_bigint(x));
  if (x.is_float() || is_float_like(x)) {
    double d = to_double(x);
    if (std::isnan(d)) throw_value_error("cannot convert float NaN to integer");
    if (std::isinf(d)) throw_overflow_error("cannot convert float infinity to integer");
    return make_int(num::BigInt::from_double(d));
  }
  if (is_str(x)) {
    num::IntError err = num::IntError::None;
    auto b = num::BigInt::from_string(str_view(x), 10, &err);
    if (err == num::IntError::TooManyDigits) throw_value_error(num::int_digits_limit_parse_message(utf8_length(str_view(x))));
    if (!b) throw_value_error("invalid literal for int() with base 10: " + str_repr(str_view(x)));
    return make_int(*b);
  }
  static StrObject* s_int = intern("__int__");
  static StrObject* s_index = intern("__index__");
  static StrObject* s_trunc = intern("__trunc__");
  for (StrObject* n : {s_int, s_index, s_trunc}) {
    Value m = type_lookup_user(type_of(x), n);
    if (!m.is_null()) return call(m, {x});
  }
  throw_type_error("int() argument must be a string, a bytes-like object or a real number, not '" + type_of(x)->m_name + "'");
}

static Value int_new_impl(TypeObject* cls, CallArgs& a) {
  static const ParamSpec spec{"int", {"x", "base"}, 1, 0, 0};
  Value p[2];
  spec.bind(a, p);
  if (p[0].is_null()) return int_for_class(cls, Value::integer(0));
  if (!p[1].is_null()) {
    if (!is_str(p[0])) throw_type_error("int() can't convert non-string with explicit base");
    int64_t base = index_value(p[1]);
    if (base != 0 && (base < 2 || base > 36)) throw_value_error("int() base must be >= 2 and <= 36, or 0");
    auto b = num::BigInt::from_string(str_view(p[0]), int(base));
    if (!b) throw_value_error("invalid literal for int() with base " + std::to_string(base) + ": " + str_repr(str_view(p[0])));
    return int_for_class(cls, make_int(*b));
  }
  return int_for_class(cls, int_from_value(p[0]));
}
static Value int_construct(TypeObject* cls, CallArgs& a) { return int_new_impl(cls, a); }
static Value int_new_method(CallArgs& a) {
  CallArgs rest{a.args + 1, a.nargs - 1, a.kwvalues, a.kwnames};
  return int_new_impl(a[0].as<TypeObject>(), rest);
}

// ---- float -----------------------------------------------------------------------------------

static Value float_repr(const Value& v) { return make_str(num::float_repr(to_double(v))); }
static int64_t float_hash(const Value& v) {
  double d = to_double(v);
  if (std::isnan(d)) return identity_hash(v);
  return num::hash_double(d);
}
double float_from_value(const Value& x) {
  if (x.is_float()) return x.as_float();
  if (is_int_like(x) || is_float_like(x)) return to_double(x);
  if (is_str(x)) {
    auto d = num::parse_float(str_view(x));
    if (!d) throw_value_error("could not convert string to float: " + str_repr(str_view(x)));
    return *d;
  }
  static StrObject* s_float = intern("__float__");
  static StrObject* s_index = intern("__index__");
  Value m = type_lookup_user(type_of(x), s_float);
  if (!m.is_null()) return to_double(call(m, {x}));
  m = type_lookup_user(type_of(x), s_index);
  if (!m.is_null()) return to_double(call(m, {x}));
  throw_type_error("float() argument must be a string or a real number, not '" + type_of(x)->m_name + "'");
}
static Value float_new_impl(TypeObject* cls, CallArgs& a) {
  a.check("float", 0, 1);
  double d = a.nargs ? float_from_value(a[0]) : 0.0;
  if (cls == g_float_type) return Value::real(d);
  return Value(new FloatObject(d, cls));
}
static Value float_construct(TypeObject* cls, CallArgs& a) { return float_new_impl(cls, a); }
static Value float_new_method(CallArgs& a) {
  CallArgs rest{a.args + 1, a.nargs - 1, a.kwvalues, a.kwnames};
  return float_new_impl(a[0].as<TypeObject>(), rest);
}

// ---- str -------------------------------------------------------------------------------------

static Value str_repr_slot(const Value& v) { return make_str(str_repr(str_view(v))); }
static Value str_str_slot(const Value& v) {
  if (v.obj()->m_type == g_str_type) return v;
  return make_str(str_view(v));
}
static int64_t str_hash_slot(const Value& v) { return v.as<StrObject>()->hash(); }
static Value str_new_impl(TypeObject* cls, CallArgs& a) {
  static const ParamSpec spec{"str", {"object", "encoding", "errors"}, 0, 0, 0};
  Value p[3];
  spec.bind(a, p);
  Value s = p[0].is_null() ? make_str("") : str(p[0]);
  if (cls == g_str_type) return s;
  return Value(new StrObject(std::string(str_view(s)), cls));
}
static Value str_construct(TypeObject* cls, CallArgs& a) { return str_new_impl(cls, a); }
static Value str_new_method(CallArgs& a) {
  CallArgs rest{a.args + 1, a.nargs - 1, a.kwvalues, a.kwnames};
  return str_new_impl(a[0].as<TypeObject>(), rest);
}

static Value singleton_repr_ni(const Value&) { return make_str("NotImplemented"); }
static Value singleton_repr_ellipsis(const Value&) { return make_str("Ellipsis"); }

void init_builtin_types() {
  static bool done = false;
  if (done) return;
  done = true;
  // object and type reference each other: build both, then patch.
  g_object_type = new TypeObject("object", nullptr, Layout::Object);
  make_immortal(g_object_type);
  g_type_type = new TypeObject("type", g_object_type, Layout::Type);
  make_immortal(g_type_type);
  g_object_type->m_type = g_type_type;
  g_type_type->m_type = g_type_type;
  g_dict_type = new TypeObject("dict", g_object_type, Layout::Dict);
  g_str_type = new TypeObject("str", g_object_type, Layout::Str);
  g_tuple_type = new TypeObject("tuple", g_object_type, Layout::Tuple);
  make_tuple({}).obj()->m_type = g_tuple_type;  // the shared empty tuple was made before its type
  for (TypeObject* t : {g_object_type, g_type_type, g_dict_type, g_str_type, g_tuple_type}) {
    make_immortal(t);
    t->m_type = g_type_type;
    t->m_dict->m_type = g_dict_type;
    t->m_module = Value(intern("builtins"));
  }
  g_object_type->m_bases = make_tuple({});
  g_type_type->m_bases = make_tuple({Value(g_object_type)});
  g_dict_type->m_bases = make_tuple({Value(g_object_type)});
  g_str_type->m_bases = make_tuple({Value(g_object_type)});
  g_tuple_type->m_bases = make_tuple({Value(g_object_type)});

  g_object_type->m_slots.hash = identity_hash;
  g_object_type->m_slots.repr = [](const Value& v) { return make_str(default_object_repr(v)); };
  add_method(g_object_type, "__new__", object_new, MethodKind::StaticMethod);
  add_method(g_object_type, "__init__", object_init);
  add_method(g_object_type, "__repr__", object_repr_method);
  add_method(g_object_type, "__str__", object_str_method);
  add_method(g_object_type, "__hash__", object_hash_method);
  add_method(g_object_type, "__eq__", object_eq_method);
  add_method(g_object_type, "__ne__", object_ne_method);
  add_method(g_object_type, "__setattr__", object_setattr_method);
  add_method(g_object_type, "__delattr__", object_delattr_method);
  add_method(g_object_type, "__getattribute__", object_getattribute_method);
  add_method(g_object_type, "__format__", object_format_method);
  add_method(g_object_type, "__init_subclass__", object_init_subclass, MethodKind::ClassMethod);
  add_method(g_object_type, "__reduce_ex__", object_reduce_ex);
  add_method(g_object_type, "__dir__", object_dir);
  add_property(g_object_type, "__class__", object_class_getter, object_class_setter);
  add_property(g_object_type, "__dict__", object_dict_getter);

  g_type_type->m_slots.repr = type_repr_slot;
  g_type_type->m_slots.hash = identity_hash;
  g_type_type->m_slots.call = type_call;
  g_type_type->m_slots.construct = type_construct;
  add_method(g_type_type, "__new__", type_new_method, MethodKind::StaticMethod);
  add_method(g_type_type, "__init__", type_init_method);
  add_method(g_type_type, "mro", type_mro_method);
  add_method(g_type_type, "__call__", type_call_method);
  add_method(g_type_type, "__subclasses__", type_subclasses);
  add_method(g_type_type, "__instancecheck__", type_instancecheck);
  add_method(g_type_type, "__subclasscheck__", type_subclasscheck);
  add_property(g_type_type, "__name__", type_name_get, type_name_set);
  add_property(g_type_type, "__qualname__", type_qualname_get, type_qualname_set);
  add_property(g_type_type, "__module__", type_module_get, type_module_set);
  add_property(g_type_type, "__bases__", type_bases_get);
  add_property(g_type_type, "__base__", type_base_get);
  add_property(g_type_type, "__mro__", type_mro_get);
  add_property(g_type_type, "__dict__", type_dict_get);
  add_property(g_type_type, "__doc__", type_doc_get);

  g_none_type = new_builtin_type("NoneType", g_object_type, Layout::Other);
  g_none_type->m_slots.repr = none_repr;
  g_none_type->m_slots.construct = none_construct;
  g_none_type->m_slots.truthy = [](const Value&) { return false; };

  g_int_type = new_builtin_type("int", g_object_type, Layout::Int);
  g_int_type->m_slots.repr = int_repr;
  g_int_type->m_slots.hash = int_hash;
  g_int_type->m_slots.construct = int_construct;
  add_method(g_int_type, "__new__", int_new_method, MethodKind::StaticMethod);
  g_bool_type = new_builtin_type("bool", g_int_type, Layout::Int);
  g_bool_type->m_slots.repr = bool_repr;
  g_bool_type->m_slots.construct = bool_construct;
  g_float_type = new_builtin_type("float", g_object_type, Layout::Float);
  g_float_type->m_slots.repr = float_repr;
  g_float_type->m_slots.hash = float_hash;
  g_float_type->m_slots.construct = float_construct;
  add_method(g_float_type, "__new__", float_new_method, MethodKind::StaticMethod);

  g_str_type->m_slots.repr = str_repr_slot;
  g_str_type->m_slots.str = str_str_slot;
  g_str_type->m_slots.hash = str_hash_slot;
  g_str_type->m_slots.construct = str_construct;
  add_method(g_str_type, "__new__", str_new_method, MethodKind::StaticMethod);

  g_not_implemented_type = new_builtin_type("NotImplementedType", g_object_type, Layout::Other);
  g_not_implemented_type->m_slots.repr = singleton_repr_ni;
  g_not_implemented = new Object(g_not_implemented_type);
  make_immortal(g_not_implemented);
  g_ellipsis_type = new_builtin_type("ellipsis", g_object_type, Layout::Other);
  g_ellipsis_type->m_slots.repr = singleton_repr_ellipsis;
  g_ellipsis = new Object(g_ellipsis_type);
  make_immortal(g_ellipsis);
  g_bytes_type = new_builtin_type("bytes", g_object_type, Layout::Other);

  init_container_types();
  init_function_types();
  init_exception_types();
}

}  // namespace ls::lang
