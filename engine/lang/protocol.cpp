// The core object protocol: repr/str/hash/compare/truth/iteration/attributes/calls/subscripts/arithmetic.
//
// Index: text | hashing & comparison | truth | iteration | attributes | calls | subscripts | arithmetic | format
#include "engine/lang/protocol.h"

#include <cmath>

#include "engine/lang/builtins/builtins_api.h"
#include "engine/lang/dict_object.h"
#include "engine/lang/exceptions.h"
#include "engine/lang/function_object.h"
#include "engine/lang/int_object.h"
#include "engine/lang/interp_state.h"
#include "engine/lang/list_object.h"
#include "engine/lang/module_object.h"
#include "engine/lang/num/float_ops.h"
#include "engine/lang/num/format_spec.h"
#include "engine/lang/num/hash.h"
#include "engine/lang/num/int64_ops.h"
#include "engine/lang/num/percent_format.h"
#include "engine/lang/set_object.h"
#include "engine/lang/str_object.h"
#include "engine/lang/tuple_object.h"
#include "engine/lang/vm.h"

namespace ls::lang {

extern TypeObject* g_method_descriptor_type;
extern TypeObject* g_getset_type;
bool getset_get(const Value& descr, const Value& obj, Value& out);
void getset_set(const Value& descr, const Value& obj, const Value& value);
std::string default_object_repr(const Value& v);
void set_fill_from(SetObject* s, const Value& it);
void dict_update_from(DictObject* d, const Value& arg);

// A Python-level dunder of a user class in type(v)'s MRO, or Null.
static inline Value user_dunder(const Value& v, StrObject* name) {
  TypeObject* t = type_of(v);
  if (!t->m_heap) return Value();
  return type_lookup_user(t, name);
}

// Calls a dunder found on the type with 'self' first (binding like a method).
static Value call_dunder(const Value& fn, const Value& self, std::initializer_list<Value> rest = {}) {
  Value argv[4];
  size_t n = 0;
  argv[n++] = self;
  for (auto& r : rest) argv[n++] = r;
  if (fn.is_obj() && fn.obj()->m_type == g_function_type) {
    CallArgs a{argv, n};
    return call_function(fn.as<FunctionObject>(), a);
  }
  if (fn.is_obj() && fn.obj()->m_type == g_staticmethod_type) {
    CallArgs a{argv + 1, n - 1};
    return call(fn.as<StaticMethodObject>()->m_func, a);
  }
  if (fn.is_obj() && fn.obj()->m_type == g_classmethod_type) {
    argv[0] = Value(type_of(self));
    CallArgs a{argv, n};
    return call(fn.as<ClassMethodObject>()->m_func, a);
  }
  CallArgs a{argv, n};
  return call(fn, a);
}

#define INTERNED(var, text) static StrObject* var = intern(text)

// repr, hash and comparison of containers recurse in C++ through their items: a list nested
// 100,000 deep would overflow the C++ stack. Past the same native-stack allowance as the VM's
// re-entry guard they raise RecursionError instead (CPython raises it at that point too).
static void check_native_stack() {
  char probe;
  if (g_state && g_state->m_stack_base && g_state->m_stack_base - &probe > (std::ptrdiff_t(3) << 20))
    raise_error(Err::RecursionLimit);
}

// ==== text =====================================================================================
Value repr(const Value& v) {
  switch (v.tag()) {
    case Tag::Null: return make_str("<NULL>");
    case Tag::None: return g_none_type->m_slots.repr(v);
    case Tag::Bool: return g_bool_type->m_slots.repr(v);
    case Tag::Int: return make_str(std::to_string(v.as_int()));
    case Tag::Float: return g_float_type->m_slots.repr(v);
    case Tag::Obj: break;
  }
  check_native_stack();
  TypeObject* t = v.obj()->m_type;
  if (t->m_heap) {
    INTERNED(s_repr, "__repr__");
    Value m = type_lookup_user(t, s_repr);
    if (!m.is_null()) {
      Value r = call_dunder(m, v);
      if (!is_str(r)) raise_error(Err::ReprMustReturnStr, {type_of(r)->m_name});
      return r;
    }
  }
  if (t->m_slots.repr) return t->m_slots.repr(v);
  return make_str(default_object_repr(v));
}

std::string repr_string(const Value& v) { return std::string(str_view(repr(v))); }

Value str(const Value& v) {
  if (v.is_obj()) {
    TypeObject* t = v.obj()->m_type;
    if (t == g_str_type) return v;
    if (t->m_heap) {
      INTERNED(s_str, "__str__");
      Value m = type_lookup_user(t, s_str);
      if (!m.is_null()) {
        Value r = call_dunder(m, v);
        if (!is_str(r)) raise_error(Err::StrMustReturnStr, {type_of(r)->m_name});
        return r;
      }
      INTERNED(s_repr, "__repr__");
      if (!type_lookup_user(t, s_repr).is_null()) return repr(v);
    }
    if (t->m_slots.str) return t->m_slots.str(v);
  }
  return repr(v);
}

std::string str_string(const Value& v) { return std::string(str_view(str(v))); }

// ==== hashing & comparison =======================================================================
int64_t hash(const Value& v) {
  switch (v.tag()) {
    case Tag::Int:
    case Tag::Bool: return num::hash_int64(v.as_int());
    case Tag::Float: return g_float_type->m_slots.hash(v);
    case Tag::None: return 0xFCA86420;  // any constant: None's hash is its id in CPython
    case Tag::Null: return 0;
    case Tag::Obj: break;
  }
  TypeObject* t = v.obj()->m_type;
  if (t == g_str_type) return v.as<StrObject>()->hash();
  check_native_stack();
  if (t->m_heap) {
    INTERNED(s_hash, "__hash__");
    Value m = type_lookup_user(t, s_hash);
    if (!m.is_null()) {
      if (m.is_none()) raise_error(Err::Unhashable, {t->tp_name()});
      Value r = call_dunder(m, v);
      if (!is_int_like(r)) raise_error(Err::HashMustReturnInt);
      if (r.is_int()) return r.as_int() == -1 ? -2 : r.as_int();
      return num::hash_bigint(to_bigint(r));
    }
  }
  if (!t->m_slots.hash) raise_error(Err::Unhashable, {t->tp_name()});
  return t->m_slots.hash(v);
}

static const char* cmp_symbol(CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return "<";
    case CompareOp::Le: return "<=";
    case CompareOp::Eq: return "==";
    case CompareOp::Ne: return "!=";
    case CompareOp::Gt: return ">";
    case CompareOp::Ge: return ">=";
  }
  return "?";
}
static CompareOp reflect(CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return CompareOp::Gt;
    case CompareOp::Le: return CompareOp::Ge;
    case CompareOp::Gt: return CompareOp::Lt;
    case CompareOp::Ge: return CompareOp::Le;
    default: return op;
  }
}
static StrObject* cmp_dunder(CompareOp op) {
  INTERNED(lt, "__lt__");
  INTERNED(le, "__le__");
  INTERNED(eq_, "__eq__");
  INTERNED(ne, "__ne__");
  INTERNED(gt, "__gt__");
  INTERNED(ge, "__ge__");
  switch (op) {
    case CompareOp::Lt: return lt;
    case CompareOp::Le: return le;
    case CompareOp::Eq: return eq_;
    case CompareOp::Ne: return ne;
    case CompareOp::Gt: return gt;
    case CompareOp::Ge: return ge;
  }
  return eq_;
}

template <class T>
static bool apply_cmp(const T& x, const T& y, CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return x < y;
    case CompareOp::Le: return x < y || x == y;
    case CompareOp::Eq: return x == y;
    case CompareOp::Ne: return !(x == y);
    case CompareOp::Gt: return y < x;
    case CompareOp::Ge: return y < x || x == y;
  }
  return false;
}

static bool is_number(const Value& v) {
  return v.is_int() || v.is_bool() || v.is_float() ||
         (v.is_obj() && (v.obj()->m_type->m_layout == Layout::Int || v.obj()->m_type->m_layout == Layout::Float));
}

// Exact comparison of a BigInt with a double.
static int compare_big_double(const num::BigInt& a, double d) {
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  double fl = std::floor(d);
  num::BigInt b = num::BigInt::from_double(fl);
  int c = a.compare(b);
  if (c != 0) return c;
  return fl == d ? 0 : -1;
}

static Value number_compare(const Value& a, const Value& b, CompareOp op) {
  bool af = a.is_float() || (a.is_obj() && a.obj()->m_type->m_layout == Layout::Float);
  bool bf = b.is_float() || (b.is_obj() && b.obj()->m_type->m_layout == Layout::Float);
  if (!af && !bf) {
    int64_t x, y;
    if (int_to_int64(a, &x) && int_to_int64(b, &y)) return Value::boolean(apply_cmp(x, y, op));
    int c = to_bigint(a).compare(to_bigint(b));
    return Value::boolean(apply_cmp(c, 0, op));
  }
  if (af && bf) return Value::boolean(apply_cmp(to_double(a), to_double(b), op));
  if (af) {
    double d = to_double(a);
    if (std::isnan(d)) return Value::boolean(op == CompareOp::Ne);
    int c = -compare_big_double(to_bigint(b), d);
    return Value::boolean(apply_cmp(c, 0, op));
  }
  double d = to_double(b);
  if (std::isnan(d)) return Value::boolean(op == CompareOp::Ne);
  int c = compare_big_double(to_bigint(a), d);
  return Value::boolean(apply_cmp(c, 0, op));
}

// One side's rich comparison: user dunder, else native slot. NotImplemented when unsupported.
static Value try_richcompare(const Value& self, const Value& other, CompareOp op) {
  TypeObject* t = type_of(self);
  if (t->m_heap) {
    Value m = type_lookup_user(t, cmp_dunder(op));
    if (!m.is_null()) {
      if (m.is_none()) return not_implemented();
      return call_dunder(m, self, {other});
    }
    if (op == CompareOp::Ne) {
      Value e = type_lookup_user(t, cmp_dunder(CompareOp::Eq));
      if (!e.is_null()) {
        Value r = call_dunder(e, self, {other});
        if (is_not_implemented(r)) return r;
        return Value::boolean(!truthy(r));
      }
    }
  }
  if (is_number(self)) {
    if (is_number(other)) return number_compare(self, other, op);
    return not_implemented();
  }
  if (t->m_slots.richcompare) return t->m_slots.richcompare(self, other, op);
  if (op == CompareOp::Eq || op == CompareOp::Ne) {
    if (self.is(other)) return Value::boolean(op == CompareOp::Eq);
  }
  return not_implemented();
}

Value compare(const Value& a, const Value& b, CompareOp op) {
  if (a.is_int() && b.is_int()) return Value::boolean(apply_cmp(a.as_int(), b.as_int(), op));
  if (a.is_float() && b.is_float()) return Value::boolean(apply_cmp(a.as_float(), b.as_float(), op));
  check_native_stack();
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  bool reflected_first = false;
  if (ta != tb && is_subtype(tb, ta) && tb->m_heap && !type_lookup_user(tb, cmp_dunder(reflect(op))).is_null())
    reflected_first = true;
  if (reflected_first) {
    Value r = try_richcompare(b, a, reflect(op));
    if (!is_not_implemented(r)) return r;
  }
  Value r = try_richcompare(a, b, op);
  if (!is_not_implemented(r)) return r;
  if (!reflected_first) {
    r = try_richcompare(b, a, reflect(op));
    if (!is_not_implemented(r)) return r;
  }
  if (op == CompareOp::Eq) return Value::boolean(a.is(b));
  if (op == CompareOp::Ne) return Value::boolean(!a.is(b));
  raise_error(Err::CompareUnsupported, {cmp_symbol(op), ta->tp_name(), tb->tp_name()});
}

bool compare_bool(const Value& a, const Value& b, CompareOp op) {
  if (a.is_int() && b.is_int()) return apply_cmp(a.as_int(), b.as_int(), op);
  return truthy(compare(a, b, op));
}

bool eq(const Value& a, const Value& b) {
  if (a.is(b)) {
    if (!a.is_float()) return true;
    return !std::isnan(a.as_float());
  }
  if (a.is_int() && b.is_int()) return false;
  if (a.is_obj() && b.is_obj() && a.obj()->m_type == g_str_type && b.obj()->m_type == g_str_type)
    return a.as<StrObject>()->m_utf8 == b.as<StrObject>()->m_utf8;
  return truthy(compare(a, b, CompareOp::Eq));
}

// ==== truth ===================================================================================
bool truthy(const Value& v) {
  switch (v.tag()) {
    case Tag::None:
    case Tag::Null: return false;
    case Tag::Bool:
    case Tag::Int: return v.as_int() != 0;
    case Tag::Float: return v.as_float() != 0.0;
    case Tag::Obj: break;
  }
  Object* o = v.obj();
  TypeObject* t = o->m_type;
  if (t == g_str_type) return !static_cast<StrObject*>(o)->m_utf8.empty();
  if (t == g_list_type) return !static_cast<ListObject*>(o)->m_items.empty();
  if (t == g_tuple_type) return !static_cast<TupleObject*>(o)->m_items.empty();
  if (t == g_dict_type) return static_cast<DictObject*>(o)->size() != 0;
  if (o == g_not_implemented) raise_error(Err::NotImplementedBool);
  if (t->m_heap) {
    INTERNED(s_bool, "__bool__");
    INTERNED(s_len, "__len__");
    Value m = type_lookup_user(t, s_bool);
    if (!m.is_null()) {
      Value r = call_dunder(m, v);
      if (!r.is_bool()) raise_error(Err::BoolMustReturnBool, {type_of(r)->m_name});
      return r.as_bool();
    }
    m = type_lookup_user(t, s_len);
    if (!m.is_null()) return len(v) != 0;
  }
  if (t->m_layout == Layout::Int) return !static_cast<IntObject*>(o)->m_value.is_zero();
  if (t->m_layout == Layout::Float) return static_cast<FloatObject*>(o)->m_value != 0.0;
  if (t->m_slots.truthy) return t->m_slots.truthy(v);
  if (t->m_slots.len) return t->m_slots.len(v) != 0;
  return true;
}

// ==== iteration ================================================================================
Value get_iter(const Value& v) {
  TypeObject* t = type_of(v);
  if (t->m_heap) {
    INTERNED(s_iter, "__iter__");
    Value m = type_lookup_user(t, s_iter);
    if (!m.is_null()) {
      if (m.is_none()) raise_error(Err::NotIterable, {t->m_name});
      Value it = call_dunder(m, v);
      TypeObject* it_t = type_of(it);
      INTERNED(s_next, "__next__");
      if (!it_t->m_slots.next && type_lookup_user(it_t, s_next).is_null())
        throw_type_error("iter() returned non-iterator of type '" + it_t->m_name + "'");
      return it;
    }
  }
  if (t->m_slots.iter) return t->m_slots.iter(v);
  if (t->m_heap) {
    INTERNED(s_getitem, "__getitem__");
    if (!type_lookup_user(t, s_getitem).is_null()) {
      // Old-style sequence iteration: v[0], v[1], ... until IndexError.
      extern Value make_seq_getitem_iter(const Value& v);
      return make_seq_getitem_iter(v);
    }
  }
  raise_error(Err::NotIterable, {t->m_name});
}

bool next(const Value& iter, Value& out) {
  TypeObject* t = type_of(iter);
  if (t->m_heap) {
    INTERNED(s_next, "__next__");
    Value m = type_lookup_user(t, s_next);
    if (!m.is_null()) {
      try {
        out = call_dunder(m, iter);
        return true;
      } catch (PyException& e) {
        if (e.matches(g_StopIteration)) return false;
        throw;
      }
    }
  }
  if (t->m_slots.next) return t->m_slots.next(iter, out);
  raise_error(Err::NotAnIterator, {t->m_name});
}

int64_t len(const Value& v) {
  TypeObject* t = type_of(v);
  if (t->m_heap) {
    INTERNED(s_len, "__len__");
    Value m = type_lookup_user(t, s_len);
    if (!m.is_null()) {
      Value r = call_dunder(m, v);
      if (!is_int_like(r)) raise_error(Err::LenMustReturnInt, {type_of(r)->m_name});
      int64_t n = index_value(r);
      if (n < 0) throw_value_error("__len__() should return >= 0");
      return n;
    }
  }
  if (t->m_slots.len) return t->m_slots.len(v);
  raise_error(Err::NoLen, {t->m_name});
}

bool contains(const Value& container, const Value& item) {
  TypeObject* t = type_of(container);
  if (t->m_heap) {
    INTERNED(s_contains, "__contains__");
    Value m = type_lookup_user(t, s_contains);
    if (!m.is_null()) return truthy(call_dunder(m, container, {item}));
  }
  if (t->m_slots.contains) return t->m_slots.contains(container, item);
  if (!t->m_slots.iter && (!t->m_heap || (type_lookup_user(t, intern("__iter__")).is_null() &&
                                          type_lookup_user(t, intern("__getitem__")).is_null())))
    raise_error(Err::NotContainer, {t->m_name});
  Value it = get_iter(container);
  Value x;
  while (next(it, x))
    if (eq(x, item)) return true;
  return false;
}

// ==== attributes =================================================================================
static bool is_data_descriptor(const Value& d) {
  if (!d.is_obj()) return false;
  TypeObject* t = d.obj()->m_type;
  if (t == g_getset_type || t == g_property_type) return true;
  if (is_subtype(t, g_property_type)) return true;
  if (t->m_heap) {
    INTERNED(s_set, "__set__");
    INTERNED(s_delete, "__delete__");
    return !type_lookup_user(t, s_set).is_null() || !type_lookup_user(t, s_delete).is_null();
  }
  return false;
}

// Applies the descriptor protocol to class attribute 'd' found for 'obj' (Null for class access).
static Value descr_get(const Value& d, const Value& obj, TypeObject* cls) {
  if (!d.is_obj()) return d;
  TypeObject* t = d.obj()->m_type;
  if (t == g_function_type) {
    if (obj.is_null()) return d;
    return Value(new BoundMethodObject(d, obj));
  }
  if (t == g_method_descriptor_type || t->m_slots.descr_get) {
    if (t->m_slots.descr_get) return t->m_slots.descr_get(d, obj, cls);
  }
  if (t == g_getset_type) {
    if (obj.is_null()) return d;
    Value out;
    getset_get(d, obj, out);
    return out;
  }
  if (t == g_property_type || is_subtype(t, g_property_type)) {
    if (obj.is_null()) return d;
    auto* p = d.as<PropertyObject>();
    if (p->m_get.is_none() || p->m_get.is_null()) raise_property_missing(p, "getter", type_of(obj));
    return call(p->m_get, {obj});
  }
  if (t == g_staticmethod_type || (is_subtype(t, g_staticmethod_type))) return d.as<StaticMethodObject>()->m_func;
  if (t == g_classmethod_type || is_subtype(t, g_classmethod_type)) {
    Value f = d.as<ClassMethodObject>()->m_func;
    return Value(new BoundMethodObject(f, Value(obj.is_null() ? cls : type_of(obj))));
  }
  if (t->m_heap) {
    INTERNED(s_get, "__get__");
    Value g = type_lookup_user(t, s_get);
    if (!g.is_null()) return call_dunder(g, d, {obj.is_null() ? Value::none() : obj, Value(cls)});
  }
  return d;
}

struct SuperObject : Object {
  TypeObject* m_start;  // the class after which lookup starts (owned by m_start_ref)
  Value m_start_ref;
  Value m_obj;          // the instance (or class)
  TypeObject* m_obj_type;
  SuperObject(TypeObject* start, Value obj, TypeObject* obj_type)
      : Object(g_super_type), m_start(start), m_start_ref(Value(start)), m_obj(std::move(obj)), m_obj_type(obj_type) {}
};

static Value super_getattr(const Value& v, StrObject* name) {
  auto* s = v.as<SuperObject>();
  auto& mro = s->m_obj_type->m_mro;
  size_t i = 0;
  while (i < mro.size() && mro[i] != s->m_start) ++i;
  for (++i; i < mro.size(); ++i) {
    Value d = mro[i]->m_dict->get(name);
    if (d.is_null()) continue;
    bool inst = !is_instance(s->m_obj, g_type_type) || s->m_obj.obj() != s->m_obj_type;
    return descr_get(d, inst ? s->m_obj : Value(), s->m_obj_type);
  }
  return Value();
}

Value generic_getattr(const Value& obj, StrObject* name) {
  TypeObject* t = type_of(obj);
  Value d = type_lookup(t, name);
  if (!d.is_null() && is_data_descriptor(d)) return descr_get(d, obj, t);
  if (obj.is_obj() && obj.obj()->m_dict) {
    Value v = obj.obj()->m_dict->get(name);
    if (!v.is_null()) return v;
  }
  if (!d.is_null()) return descr_get(d, obj, t);
  return Value();
}

// Attribute lookup on a class object: metatype data descriptors, the class MRO, then the metatype.
static Value type_getattr(const Value& cls_v, StrObject* name) {
  TypeObject* cls = cls_v.as<TypeObject>();
  TypeObject* meta = cls->m_type;
  Value md = type_lookup(meta, name);
  if (!md.is_null() && is_data_descriptor(md)) return descr_get(md, cls_v, meta);
  Value d = type_lookup(cls, name);
  if (!d.is_null()) return descr_get(d, Value(), cls);
  if (!md.is_null()) return descr_get(md, cls_v, meta);
  return Value();
}

Value stored_attr(const Value& obj, StrObject* name, uint32_t* hint) {
  if (!obj.is_obj() || !obj.obj()->m_dict) return Value();
  DictObject* d = obj.obj()->m_dict;
  if (const Value* v = d->find_str_hinted(name, hint ? *hint : name->m_attr_hint)) return *v;
  Value c = type_lookup(obj.obj()->m_type, name);
  return is_plain_class_value(c) ? c : Value();
}

Value stored_attr_or_getattr(const Value& obj, StrObject* name) {
  Value v = stored_attr(obj, name);
  return v.is_null() ? getattr(obj, name) : v;
}

bool resolves_to(const Value& obj, StrObject* name, const Value& native) {
  if (!obj.is_obj()) return false;
  const Object* o = obj.obj();
  return (!o->m_dict || o->m_dict->lacks_str(name)) && type_lookup(o->m_type, name).is(native);
}

Value getattr_opt(const Value& obj, StrObject* name) {
  try {
    TypeObject* t = type_of(obj);
    if (t == g_type_type || (obj.is_obj() && t->m_layout == Layout::Type)) return type_getattr(obj, name);
    if (t == g_super_type) return super_getattr(obj, name);
    if (t->m_heap) {
      INTERNED(s_getattribute, "__getattribute__");
      Value ga = type_lookup_user(t, s_getattribute);
      if (!ga.is_null()) return call_dunder(ga, obj, {Value(name)});
    }
    Value v = generic_getattr(obj, name);
    if (!v.is_null()) return v;
    if (t->m_heap) {
      INTERNED(s_getattr, "__getattr__");
      Value ga = type_lookup_user(t, s_getattr);
      if (!ga.is_null()) return call_dunder(ga, obj, {Value(name)});
    }
    return Value();
  } catch (PyException& e) {
    if (e.matches(g_AttributeError)) return Value();
    throw;
  }
}

[[noreturn]] static void raise_no_attribute(const Value& obj, StrObject* name) {
  TypeObject* t = type_of(obj);
  Value exc;
  if (t == g_type_type || t->m_layout == Layout::Type)
    exc = new_exception(g_AttributeError, error_text(Err::TypeNoAttribute, {obj.as<TypeObject>()->m_name, name->view()}));
  else if (t == g_module_type)
    exc = new_exception(g_AttributeError, error_text(Err::ModuleNoAttribute, {obj.as<ModuleObject>()->m_name, name->view()}));
  if (!exc.is_null()) {
    exc.as<BaseExceptionObject>()->m_attr_obj = obj;
    exc.as<BaseExceptionObject>()->m_attr_name = Value(name);
    throw_exception(exc);
  }
  exc = new_exception(g_AttributeError, error_text(Err::NoAttribute, {t->tp_name(), name->view()}));
  exc.as<BaseExceptionObject>()->m_attr_obj = obj;
  exc.as<BaseExceptionObject>()->m_attr_name = Value(name);
  throw_exception(exc);
}

// Which attribute hooks a heap type defines, cached per type while no type namespace changes
// (g_type_epoch; creating or destroying a type bumps it too): plain attribute access then skips
// two or three MRO lookups per LOAD_ATTR/STORE_ATTR/LOAD_METHOD.
struct AttrHooks {
  TypeObject* type = nullptr;
  uint64_t epoch = 0;
  bool getattribute = false, getattr = false, setattr = false;
};
static AttrHooks g_attr_hooks[512];

AttrHooks attr_hooks(TypeObject* t) {
  AttrHooks& h = g_attr_hooks[(uintptr_t(t) >> 4) & 511];
  if (h.type == t && h.epoch == g_type_epoch) return h;
  INTERNED(s_getattribute, "__getattribute__");
  INTERNED(s_getattr, "__getattr__");
  INTERNED(s_setattr, "__setattr__");
  uint64_t epoch = g_type_epoch;
  AttrHooks r;
  r.type = t;
  r.epoch = epoch;
  r.getattribute = !type_lookup_user(t, s_getattribute).is_null();
  r.getattr = !type_lookup_user(t, s_getattr).is_null();
  r.setattr = !type_lookup_user(t, s_setattr).is_null();
  if (epoch == g_type_epoch) h = r;  // a lookup that ran Python code and changed types is not cached
  return r;
}

void plan_attribute(AttrCacheEntry& e, TypeObject* t, StrObject* name, AttrUse use) {
  uint64_t epoch = g_type_epoch;
  AttrPlan plan = AttrPlan::Generic;
  Object* descr = nullptr;
  Value class_value;
  bool plain = t != g_type_type && t->m_layout != Layout::Type && t != g_super_type && name->m_interned;
  if (plain && t->m_heap) {
    AttrHooks h = attr_hooks(t);
    plain = use == AttrUse::Store ? !h.setattr && !t->m_restricted : !h.getattribute;
  } else if (use == AttrUse::Store) {
    plain = false;  // builtin instances: the generic path raises or handles their few dicts
  }
  if (plain) {
    Value d = type_lookup(t, name);
    if (use == AttrUse::Method) {
      if (d.is_obj() && (d.obj()->m_type == g_function_type ||
                         (d.obj()->m_type == g_method_descriptor_type &&
                          static_cast<MethodDescriptorObject*>(d.obj())->m_kind == MethodKind::Method))) {
        plan = AttrPlan::Method;
        descr = d.obj();
      } else if (d.is_null()) {
        plan = AttrPlan::InstanceDict;  // only the instance can have it: module.function(), self.callback()
      }
    } else if (!is_data_descriptor(d)) {
      plan = AttrPlan::InstanceDict;
      // Plain data on the class is the answer whenever the instance does not shadow it.
      if (is_plain_class_value(d)) class_value = d;
    }
  }
  if (epoch != g_type_epoch) plan = AttrPlan::Generic, descr = nullptr, class_value = Value();  // lookups ran code that changed types
  e.type = t;
  e.epoch = g_type_epoch;
  e.plan = plan;
  e.descr = descr;
  e.class_value = std::move(class_value);
}

Value getattr(const Value& obj, StrObject* name) {
  TypeObject* t = type_of(obj);
  // Fast path: plain instances and builtin objects without custom lookup hooks.
  if (t != g_type_type && t->m_layout != Layout::Type && t != g_super_type) {
    bool custom = false;
    if (t->m_heap) {
      AttrHooks h = attr_hooks(t);
      custom = h.getattribute || h.getattr;
    }
    if (!custom) {
      Value v = generic_getattr(obj, name);
      if (!v.is_null()) return v;
      raise_no_attribute(obj, name);
    }
    if (t->m_heap) {
      INTERNED(s_getattribute, "__getattribute__");
      Value ga = type_lookup_user(t, s_getattribute);
      Value v;
      if (!ga.is_null()) {
        try {
          return call_dunder(ga, obj, {Value(name)});
        } catch (PyException& e) {
          if (!e.matches(g_AttributeError)) throw;
          INTERNED(s_getattr, "__getattr__");
          Value g2 = type_lookup_user(t, s_getattr);
          if (g2.is_null()) throw;
          return call_dunder(g2, obj, {Value(name)});
        }
      }
      v = generic_getattr(obj, name);
      if (!v.is_null()) return v;
      INTERNED(s_getattr, "__getattr__");
      Value g2 = type_lookup_user(t, s_getattr);
      return call_dunder(g2, obj, {Value(name)});
    }
  }
  Value v;
  if (t == g_super_type) v = super_getattr(obj, name);
  else v = type_getattr(obj, name);
  if (!v.is_null()) return v;
  if (t == g_super_type) throw_attribute_error("'super' object has no attribute '" + std::string(name->view()) + "'");
  raise_no_attribute(obj, name);
}

Value getattr(const Value& obj, std::string_view name) { return getattr(obj, intern(name)); }

bool hasattr(const Value& obj, StrObject* name) { return !getattr_opt(obj, name).is_null(); }

void generic_setattr(const Value& obj, StrObject* name, const Value& value) {
  TypeObject* t = type_of(obj);
  Value d = type_lookup(t, name);
  if (!d.is_null() && d.is_obj()) {
    TypeObject* dt = d.obj()->m_type;
    if (dt == g_getset_type) {
      getset_set(d, obj, value);
      return;
    }
    if (dt == g_property_type || is_subtype(dt, g_property_type)) {
      auto* p = d.as<PropertyObject>();
      Value fn = value.is_null() ? p->m_del : p->m_set;
      if (fn.is_null() || fn.is_none()) raise_property_missing(p, value.is_null() ? "deleter" : "setter", t);
      if (value.is_null()) call(fn, {obj});
      else call(fn, {obj, value});
      return;
    }
    if (dt->m_heap) {
      INTERNED(s_set, "__set__");
      INTERNED(s_delete, "__delete__");
      Value m = type_lookup_user(dt, value.is_null() ? s_delete : s_set);
      if (!m.is_null()) {
        if (value.is_null()) call_dunder(m, d, {obj});
        else call_dunder(m, d, {obj, value});
        return;
      }
    }
  }
  Object* o = obj.is_obj() ? obj.obj() : nullptr;
  if (o && (t == g_type_type || t->m_layout == Layout::Type)) {
    auto* cls = static_cast<TypeObject*>(o);
    if (!cls->m_heap) raise_error(Err::ImmutableType, {name->view(), cls->m_name});
    if (value.is_null()) {
      if (cls->m_dict->remove(Value(name)).is_null()) raise_error(Err::TypeNoAttribute, {cls->m_name, name->view()});
    } else {
      cls->m_dict->set(Value(name), value);
    }
    ++cls->m_version;
    INTERNED(s_del, "__del__");
    if (name == s_del) cls->m_has_del = true;
    return;
  }
  if (o && !o->m_dict && (t->m_heap || t == g_function_type || t->m_layout == Layout::Exception)) {
    o->m_dict = new DictObject();
    incref(o->m_dict);
  }
  if (!o || !o->m_dict) raise_error(Err::NoAttribute, {t->m_name, name->view()});
  if (t->m_restricted) {
    bool ok = false;
    for (TypeObject* c : t->m_mro)
      for (StrObject* n : c->m_slot_names)
        if (n == name) ok = true;
    if (!ok) raise_no_attribute(obj, name);
  }
  if (value.is_null()) {
    if (o->m_dict->remove(Value(name)).is_null()) raise_error(Err::NoAttribute, {t->m_name, name->view()});
    return;
  }
  o->m_dict->set(Value(name), value);
}

void setattr(const Value& obj, StrObject* name, const Value& value) {
  TypeObject* t = type_of(obj);
  if (t->m_heap && attr_hooks(t).setattr) {
    INTERNED(s_setattr, "__setattr__");
    Value m = type_lookup_user(t, s_setattr);
    if (!m.is_null()) {
      call_dunder(m, obj, {Value(name), value});
      return;
    }
  }
  generic_setattr(obj, name, value);
}

void delattr(const Value& obj, StrObject* name) {
  TypeObject* t = type_of(obj);
  if (t->m_heap) {
    INTERNED(s_delattr, "__delattr__");
    Value m = type_lookup_user(t, s_delattr);
    if (!m.is_null()) {
      call_dunder(m, obj, {Value(name)});
      return;
    }
  }
  generic_setattr(obj, name, Value());
}

// ==== calls =====================================================================================
Value call(const Value& callable, CallArgs& args) {
  if (callable.is_obj()) {
    Object* o = callable.obj();
    TypeObject* t = o->m_type;
    if (t == g_function_type) return call_function(static_cast<FunctionObject*>(o), args);
    if (t == g_builtin_function_type) {
      auto* f = static_cast<NativeFunctionObject*>(o);
      if (f->m_self.is_null()) return f->m_fn(args);
      return t->m_slots.call(callable, args);
    }
    if (t->m_heap) {
      INTERNED(s_call, "__call__");
      Value m = type_lookup_user(t, s_call);
      if (!m.is_null()) {
        std::vector<Value> argv;
        argv.reserve(args.nargs + 1 + args.nkw());
        argv.push_back(callable);
        for (size_t i = 0; i < args.nargs; ++i) argv.push_back(args.args[i]);
        for (size_t i = 0; i < args.nkw(); ++i) argv.push_back(args.kwvalues[i]);
        CallArgs b{argv.data(), args.nargs + 1, argv.data() + args.nargs + 1, args.kwnames};
        if (m.is_obj() && m.obj()->m_type == g_function_type) return call_function(m.as<FunctionObject>(), b);
        return call(m, b);
      }
    }
    if (t->m_slots.call) return t->m_slots.call(callable, args);
    if (t == g_type_type || t->m_layout == Layout::Type) {
      extern Value type_call(const Value& self, CallArgs& args);
      return type_call(callable, args);
    }
  }
  raise_error(Err::NotCallable, {type_of(callable)->m_name});
}

Value call(const Value& callable, std::initializer_list<Value> args) {
  CallArgs a{args.begin(), args.size()};
  return call(callable, a);
}

Value call_method(const Value& obj, std::string_view name, std::initializer_list<Value> args) {
  Value m = getattr(obj, intern(name));
  return call(m, args);
}

bool is_callable(const Value& v) {
  if (!v.is_obj()) return false;
  TypeObject* t = v.obj()->m_type;
  if (t->m_slots.call || t == g_function_type || t->m_layout == Layout::Type) return true;
  if (t->m_heap) return !type_lookup_user(t, intern("__call__")).is_null();
  return false;
}

// type(...)(args): __new__ then __init__ (builtin types use their construct slot).
Value type_call(const Value& self, CallArgs& args) {
  auto* cls = self.as<TypeObject>();
  if (!cls->m_heap && cls->m_slots.construct) return cls->m_slots.construct(cls, args);
  INTERNED(s_new, "__new__");
  INTERNED(s_init, "__init__");
  Value new_fn = type_lookup(cls, s_new);
  // [cls or the new instance, args..., keyword values...]; on the C++ stack when small.
  size_t n = args.nargs + 1 + args.nkw();
  Value small[8];
  std::vector<Value> big;
  if (n > 8) big.resize(n);
  Value* argv = n > 8 ? big.data() : small;
  argv[0] = self;
  for (size_t i = 0; i < args.nargs; ++i) argv[1 + i] = args.args[i];
  for (size_t i = 0; i < args.nkw(); ++i) argv[1 + args.nargs + i] = args.kwvalues[i];
  CallArgs b{argv, args.nargs + 1, argv + args.nargs + 1, args.kwnames};
  Value obj;
  if (new_fn.is_obj() && new_fn.obj()->m_type == g_staticmethod_type) new_fn = new_fn.as<StaticMethodObject>()->m_func;
  if (new_fn.is_null()) {
    obj = Value(new Object(cls));
  } else if (new_fn.is_obj() && new_fn.obj()->m_type == g_method_descriptor_type) {
    obj = new_fn.as<MethodDescriptorObject>()->m_fn(b);
  } else {
    obj = call(new_fn, b);
  }
  if (!is_instance(obj, cls)) return obj;
  Value init = type_lookup(type_of(obj), s_init);
  if (!init.is_null()) {
    argv[0] = obj;
    Value r;
    if (init.is_obj() && init.obj()->m_type == g_function_type) r = call_function(init.as<FunctionObject>(), b);
    else if (init.is_obj() && init.obj()->m_type == g_method_descriptor_type) r = init.as<MethodDescriptorObject>()->m_fn(b);
    else {
      CallArgs c{argv + 1, args.nargs, argv + args.nargs + 1, args.kwnames};
      r = call(descr_get(init, obj, type_of(obj)), c);
    }
    if (!r.is_none()) raise_error(Err::InitReturnedNonNone, {type_of(r)->m_name});
  }
  return obj;
}

// ==== subscripts ================================================================================
Value getitem(const Value& obj, const Value& key) {
  TypeObject* t = type_of(obj);
  if (t->m_heap) {
    INTERNED(s_getitem, "__getitem__");
    Value m = type_lookup_user(t, s_getitem);
    if (!m.is_null()) return call_dunder(m, obj, {key});
  }
  if (t->m_slots.getitem) return t->m_slots.getitem(obj, key);
  if (t == g_type_type || t->m_layout == Layout::Type) {
    INTERNED(s_cgi, "__class_getitem__");
    auto* cls = obj.as<TypeObject>();
    Value m = type_lookup(cls, s_cgi);
    if (!m.is_null()) return call(descr_get(m, Value(), cls), {key});
    if (!cls->m_heap) return obj;  // list[int] and friends: treat the alias as the class itself
    raise_error(Err::NotSubscriptableType, {cls->m_name});
  }
  raise_error(Err::NotSubscriptable, {t->m_name});
}

void setitem(const Value& obj, const Value& key, const Value& value) {
  TypeObject* t = type_of(obj);
  if (t->m_heap) {
    INTERNED(s_setitem, "__setitem__");
    Value m = type_lookup_user(t, s_setitem);
    if (!m.is_null()) {
      call_dunder(m, obj, {key, value});
      return;
    }
  }
  if (t->m_slots.setitem) return t->m_slots.setitem(obj, key, value);
  raise_error(Err::NoItemAssignment, {t->m_name});
}

void delitem(const Value& obj, const Value& key) {
  TypeObject* t = type_of(obj);
  if (t->m_heap) {
    INTERNED(s_delitem, "__delitem__");
    Value m = type_lookup_user(t, s_delitem);
    if (!m.is_null()) {
      call_dunder(m, obj, {key});
      return;
    }
  }
  if (t->m_slots.setitem) return t->m_slots.setitem(obj, key, Value());
  raise_error(Err::NoItemDeletion, {t->m_name});
}

// ==== arithmetic ================================================================================
const char* binop_symbol(BinOp op) {
  static const char* const names[] = {"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"};
  return names[int(op)];
}
static StrObject* binop_dunder(BinOp op, int which) {  // 0 normal, 1 reflected, 2 in-place
  static const char* const base[] = {"add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor"};
  static StrObject* cache[13][3] = {};
  StrObject*& s = cache[int(op)][which];
  if (!s) s = intern(std::string(which == 0 ? "__" : which == 1 ? "__r" : "__i") + base[int(op)] + "__");
  return s;
}

static Value int_binary(BinOp op, const Value& a, const Value& b) {
  int64_t x, y, r;
  bool small = int_to_int64(a, &x) && int_to_int64(b, &y);
  switch (op) {
    case BinOp::Add:
      if (small && num::checked_add(x, y, &r)) return Value::integer(r);
      return make_int(to_bigint(a) + to_bigint(b));
    case BinOp::Sub:
      if (small && num::checked_sub(x, y, &r)) return Value::integer(r);
      return make_int(to_bigint(a) - to_bigint(b));
    case BinOp::Mul:
      if (small && num::checked_mul(x, y, &r)) return Value::integer(r);
      return make_int(to_bigint(a) * to_bigint(b));
    case BinOp::FloorDiv:
    case BinOp::Mod: {
      if (small) {
        if (y == 0) raise_error(op == BinOp::Mod ? Err::IntModuloByZero : Err::IntDivisionByZero);
        if (op == BinOp::Mod) return Value::integer(num::floor_mod(x, y));
        if (num::floor_div(x, y, &r)) return Value::integer(r);
      }
      num::BigInt q, m;
      if (!num::BigInt::divmod(to_bigint(a), to_bigint(b), &q, &m))
        raise_error(op == BinOp::Mod ? Err::IntModuloByZero : Err::IntDivisionByZero);
      return make_int(op == BinOp::Mod ? m : q);
    }
    case BinOp::TrueDiv: {
      if (small) {
        if (y == 0) raise_error(Err::DivisionByZero);
        if (x > -(int64_t(1) << 53) && x < (int64_t(1) << 53) && y > -(int64_t(1) << 53) && y < (int64_t(1) << 53))
          return Value::real(double(x) / double(y));
      }
      num::IntError err = num::IntError::None;
      auto d = num::BigInt::true_divide(to_bigint(a), to_bigint(b), &err);
      if (!d) {
        if (err == num::IntError::ZeroDivision) raise_error(Err::DivisionByZero);
        throw_overflow_error("integer division result too large for a float");
      }
      return Value::real(*d);
    }
    case BinOp::Pow: {
      num::BigInt eb = to_bigint(b);
      if (eb.is_negative()) {
        double base = to_double(a);
        if (base == 0.0) raise_error(Err::ZeroNegativePower);
        return Value::real(std::pow(base, to_double(b)));
      }
      if (small && num::checked_pow(x, y, &r)) return Value::integer(r);
      if (!eb.fits_int64()) throw_overflow_error("exponent too large");
      num::BigInt base = to_bigint(a);
      int64_t bits = base.bit_length() * eb.to_int64();
      if (bits > 1) memory_reserve_check(size_t(bits / 8));
      return make_int(num::BigInt::pow(base, uint64_t(eb.to_int64())));
    }
    case BinOp::LShift: {
      if (small) {
        if (y < 0) raise_error(Err::NegativeShift);
        if (num::checked_lshift(x, y, &r)) return Value::integer(r);
      }
      num::BigInt sb = to_bigint(b);
      if (sb.is_negative()) raise_error(Err::NegativeShift);
      if (!sb.fits_int64()) throw_overflow_error("too many digits in integer");
      memory_reserve_check(size_t(sb.to_int64() / 8));
      return make_int(to_bigint(a).shl(uint64_t(sb.to_int64())));
    }
    case BinOp::RShift: {
      if (small) {
        if (y < 0) raise_error(Err::NegativeShift);
        return Value::integer(num::rshift(x, y));
      }
      num::BigInt sb = to_bigint(b);
      if (sb.is_negative()) raise_error(Err::NegativeShift);
      if (!sb.fits_int64()) return Value::integer(to_bigint(a).is_negative() ? -1 : 0);
      return make_int(to_bigint(a).shr(uint64_t(sb.to_int64())));
    }
    case BinOp::And:
      if (a.is_bool() && b.is_bool()) return Value::boolean(a.as_bool() && b.as_bool());
      if (small) return Value::integer(x & y);
      return make_int(to_bigint(a) & to_bigint(b));
    case BinOp::Or:
      if (a.is_bool() && b.is_bool()) return Value::boolean(a.as_bool() || b.as_bool());
      if (small) return Value::integer(x | y);
      return make_int(to_bigint(a) | to_bigint(b));
    case BinOp::Xor:
      if (a.is_bool() && b.is_bool()) return Value::boolean(a.as_bool() != b.as_bool());
      if (small) return Value::integer(x ^ y);
      return make_int(to_bigint(a) ^ to_bigint(b));
    default: return not_implemented();
  }
}

static Value float_binary(BinOp op, double x, double y) {
  switch (op) {
    case BinOp::Add: return Value::real(x + y);
    case BinOp::Sub: return Value::real(x - y);
    case BinOp::Mul: return Value::real(x * y);
    case BinOp::TrueDiv:
      if (y == 0.0) raise_error(Err::FloatDivisionByZero);
      return Value::real(x / y);
    case BinOp::FloorDiv:
      if (y == 0.0) raise_error(Err::FloatFloorDivisionByZero);
      return Value::real(num::float_floor_div(x, y));
    case BinOp::Mod:
      if (y == 0.0) raise_error(Err::FloatModuloByZero);
      return Value::real(num::float_mod(x, y));
    case BinOp::Pow: {
      if (x == 0.0 && y < 0.0) raise_error(Err::ZeroNegativePower);
      if (x < 0.0 && y != std::floor(y)) throw_value_error("math domain error");
      double r = std::pow(x, y);
      if (std::isinf(r) && !std::isinf(x) && !std::isinf(y)) throw_error(g_OverflowError, "(34, 'Numerical result out of range')");
      return Value::real(r);
    }
    default: return not_implemented();
  }
}

static Value repeat_seq(const std::vector<Value>& items, int64_t n, bool tuple) {
  if (n <= 0 || items.empty()) return tuple ? make_tuple() : make_list();
  memory_reserve_check(size_t(n) * items.size() * sizeof(Value));
  std::vector<Value> out;
  out.reserve(items.size() * size_t(n));
  for (int64_t i = 0; i < n; ++i) out.insert(out.end(), items.begin(), items.end());
  return tuple ? make_tuple(std::move(out)) : make_list(std::move(out));
}

static int64_t repeat_count(const Value& v) {
  int64_t n;
  if (!int_to_int64(v, &n)) {
    if (to_bigint(v).is_negative()) return 0;
    throw_overflow_error("cannot fit 'int' into an index-sized integer");
  }
  return n;
}


// Native behaviour of builtin types for 'a op b'; NotImplemented when the types do not apply.
static Value builtin_binary(BinOp op, const Value& a, const Value& b) {
  if ((op == BinOp::And || op == BinOp::Or || op == BinOp::Sub || op == BinOp::Xor)) {
    auto is_view = [](const Value& v) {
      TypeObject* t = type_of(v);
      return t == g_dict_keys_type || t == g_dict_items_type;
    };
    if (is_view(a) || (is_view(b) && is_set_like(a))) {
      Value x = make_set();
      set_fill_from(as_set(x), a);
      Value y = b;
      if (!is_set_like(b)) {
        y = make_set();
        set_fill_from(as_set(y), b);
      }
      return builtin_binary(op, x, y);
    }
    if (is_view(b)) {
      Value y = make_set();
      set_fill_from(as_set(y), b);
      return builtin_binary(op, a, y);
    }
  }
  bool ai = is_int_like(a), bi = is_int_like(b);
  if (ai && bi) return int_binary(op, a, b);
  bool afl = is_float_like(a), bfl = is_float_like(b);
  if ((afl || ai) && (bfl || bi)) return float_binary(op, to_double(a), to_double(b));
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  Layout la = ta->m_layout, lb = tb->m_layout;
  switch (op) {
    case BinOp::Add:
      if (la == Layout::Str && lb == Layout::Str) {
        std::string_view x = str_view(a), y = str_view(b);
        memory_reserve_check(x.size() + y.size());
        std::string s;
        s.reserve(x.size() + y.size());
        s.append(x);
        s.append(y);
        return make_str(s);
      }
      if (la == Layout::List && lb == Layout::List) {
        memory_reserve_check((as_list(a)->m_items.size() + as_list(b)->m_items.size()) * sizeof(Value));
        std::vector<Value> items = as_list(a)->m_items;
        items.insert(items.end(), as_list(b)->m_items.begin(), as_list(b)->m_items.end());
        return make_list(std::move(items));
      }
      if (la == Layout::Tuple && lb == Layout::Tuple) {
        memory_reserve_check((as_tuple(a)->size() + as_tuple(b)->size()) * sizeof(Value));
        std::vector<Value> items = as_tuple(a)->m_items;
        items.insert(items.end(), as_tuple(b)->m_items.begin(), as_tuple(b)->m_items.end());
        return make_tuple(std::move(items));
      }
      break;
    case BinOp::Mul: {
      const Value* seq = nullptr;
      const Value* cnt = nullptr;
      if ((la == Layout::Str || la == Layout::List || la == Layout::Tuple) && bi) seq = &a, cnt = &b;
      else if ((lb == Layout::Str || lb == Layout::List || lb == Layout::Tuple) && ai) seq = &b, cnt = &a;
      if (seq) {
        int64_t n = repeat_count(*cnt);
        Layout l = type_of(*seq)->m_layout;
        if (l == Layout::Str) {
          std::string_view s = str_view(*seq);
          if (n <= 0 || s.empty()) return make_str("");
          memory_reserve_check(s.size() * size_t(n));
          std::string out;
          out.reserve(s.size() * size_t(n));
          for (int64_t i = 0; i < n; ++i) out.append(s);
          return make_str(out);
        }
        if (l == Layout::List) return repeat_seq(as_list(*seq)->m_items, n, false);
        return repeat_seq(as_tuple(*seq)->m_items, n, true);
      }
      break;
    }
    case BinOp::Mod:
      if (la == Layout::Str) return str_mod_format(a, b);
      break;
    case BinOp::Or:
    case BinOp::And:
    case BinOp::Sub:
    case BinOp::Xor:
      if ((la == Layout::Set || la == Layout::FrozenSet) && (lb == Layout::Set || lb == Layout::FrozenSet)) {
        auto* x = as_set(a);
        auto* y = as_set(b);
        auto* r = new SetObject(la == Layout::FrozenSet ? g_frozenset_type : g_set_type);
        Value result(r);
        std::vector<Value> xs, ys;
        x->for_each([&](const Value& k) { xs.push_back(k); });
        y->for_each([&](const Value& k) { ys.push_back(k); });
        if (op == BinOp::Or) {
          r->merge(x);
          for (auto& k : ys) r->add(k);
        } else if (op == BinOp::And) {
          if (xs.size() > ys.size()) {
            for (auto& k : ys)
              if (x->contains(k)) r->add(k);
          } else {
            for (auto& k : xs)
              if (y->contains(k)) r->add(k);
          }
        } else if (op == BinOp::Sub) {
          for (auto& k : xs)
            if (!y->contains(k)) r->add(k);
        } else {
          for (auto& k : xs)
            if (!y->contains(k)) r->add(k);
          for (auto& k : ys)
            if (!x->contains(k)) r->add(k);
        }
        return result;
      }
      if (op == BinOp::Or && la == Layout::Dict && lb == Layout::Dict) {
        auto* d = new DictObject();
        Value result(d);
        dict_update_from(d, a);
        dict_update_from(d, b);
        return result;
      }
      break;
    default: break;
  }
  return not_implemented();
}

[[noreturn]] static void binary_type_error(BinOp op, const Value& a, const Value& b) {
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  if (op == BinOp::Add) {
    if (ta->m_layout == Layout::Str) raise_error(Err::ConcatStr, {tb->m_name});
    if (ta->m_layout == Layout::List) raise_error(Err::ConcatList, {tb->m_name});
    if (ta->m_layout == Layout::Tuple) raise_error(Err::ConcatTuple, {tb->m_name});
  }
  if (op == BinOp::Mul) {
    Layout la = ta->m_layout, lb = tb->m_layout;
    if (la == Layout::Str || la == Layout::List || la == Layout::Tuple) raise_error(Err::CantMultiplySeq, {tb->m_name});
    if (lb == Layout::Str || lb == Layout::List || lb == Layout::Tuple) raise_error(Err::CantMultiplySeq, {ta->m_name});
  }
  if (op == BinOp::Pow) raise_error(Err::UnsupportedPow, {ta->tp_name(), tb->tp_name()});
  raise_error(Err::UnsupportedBinary, {binop_symbol(op), ta->tp_name(), tb->tp_name()});
}

Value binary_op(BinOp op, const Value& a, const Value& b) {
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  bool try_reflected_first = ta != tb && tb->m_heap && is_subtype(tb, ta) &&
                             !type_lookup_user(tb, binop_dunder(op, 1)).is_null();
  if (try_reflected_first) {
    Value r = call_dunder(type_lookup_user(tb, binop_dunder(op, 1)), b, {a});
    if (!is_not_implemented(r)) return r;
  }
  if (ta->m_heap) {
    Value m = type_lookup_user(ta, binop_dunder(op, 0));
    if (!m.is_null()) {
      Value r = call_dunder(m, a, {b});
      if (!is_not_implemented(r)) return r;
    }
  }
  Value r = builtin_binary(op, a, b);
  if (!is_not_implemented(r)) return r;
  if (ta->m_slots.binary) {
    r = ta->m_slots.binary(op, a, b, 0);
    if (!is_not_implemented(r)) return r;
  }
  if (tb->m_slots.binary && tb != ta) {
    r = tb->m_slots.binary(op, b, a, 1);
    if (!is_not_implemented(r)) return r;
  }
  if (tb->m_heap && !try_reflected_first && ta != tb) {
    Value m = type_lookup_user(tb, binop_dunder(op, 1));
    if (!m.is_null()) {
      r = call_dunder(m, b, {a});
      if (!is_not_implemented(r)) return r;
    }
  }
  binary_type_error(op, a, b);
}

Value builtin_binary_op(BinOp op, const Value& a, const Value& b) { return builtin_binary(op, a, b); }

Value builtin_richcompare(const Value& a, const Value& b, CompareOp op) {
  if (is_number(a)) return is_number(b) ? number_compare(a, b, op) : not_implemented();
  TypeObject* t = type_of(a);
  if (t->m_slots.richcompare) return t->m_slots.richcompare(a, b, op);
  if (op == CompareOp::Eq) return a.is(b) ? Value::boolean(true) : not_implemented();
  if (op == CompareOp::Ne) return a.is(b) ? Value::boolean(false) : not_implemented();
  return not_implemented();
}

static Value inplace_builtin(BinOp op, const Value& a, const Value& b, bool builtin_only);

Value builtin_inplace_op(BinOp op, const Value& a, const Value& b) { return inplace_builtin(op, a, b, true); }

Value inplace_op(BinOp op, const Value& a, const Value& b) {
  TypeObject* ta = type_of(a);
  if (ta->m_heap) {
    Value m = type_lookup_user(ta, binop_dunder(op, 2));
    if (!m.is_null()) {
      Value r = call_dunder(m, a, {b});
      if (!is_not_implemented(r)) return r;
    }
  }
  if (ta->m_slots.binary) {
    Value r = ta->m_slots.binary(op, a, b, 2);
    if (!is_not_implemented(r)) return r;
  }
  return inplace_builtin(op, a, b, false);
}

static Value inplace_builtin(BinOp op, const Value& a, const Value& b, bool builtin_only) {
  TypeObject* ta = type_of(a);
  if (ta->m_layout == Layout::List) {
    if (op == BinOp::Add) {
      std::vector<Value> extra;
      if (is_list(b)) extra = as_list(b)->m_items;
      else for_each(b, [&](const Value& x) { extra.push_back(x); });
      auto& items = as_list(a)->m_items;
      items.insert(items.end(), extra.begin(), extra.end());
      return a;
    }
    if (op == BinOp::Mul && is_int_like(b)) {
      int64_t n = repeat_count(b);
      auto& items = as_list(a)->m_items;
      Value rep = repeat_seq(items, n, false);
      items = as_list(rep)->m_items;
      return a;
    }
  }
  if (ta->m_layout == Layout::Set && is_set_like(b)) {
    auto* s = as_set(a);
    std::vector<Value> ys;
    as_set(b)->for_each([&](const Value& k) { ys.push_back(k); });
    switch (op) {
      case BinOp::Or: for (auto& k : ys) s->add(k); return a;
      case BinOp::Sub: for (auto& k : ys) s->discard(k); return a;
      case BinOp::And: {
        std::vector<Value> xs;
        s->for_each([&](const Value& k) { xs.push_back(k); });
        for (auto& k : xs)
          if (!as_set(b)->contains(k)) s->discard(k);
        return a;
      }
      case BinOp::Xor:
        for (auto& k : ys)
          if (!s->discard(k)) s->add(k);
        return a;
      default: break;
    }
  }
  if (ta->m_layout == Layout::Dict && op == BinOp::Or) {
    dict_update_from(as_dict(a), b);
    return a;
  }
  if (builtin_only) return builtin_binary(op, a, b);
  return binary_op(op, a, b);
}

Value unary_op(UnaryOp op, const Value& v) {
  if (op == UnaryOp::Not) return Value::boolean(!truthy(v));
  TypeObject* t = type_of(v);
  if (t->m_heap) {
    INTERNED(s_neg, "__neg__");
    INTERNED(s_pos, "__pos__");
    INTERNED(s_inv, "__invert__");
    Value m = type_lookup_user(t, op == UnaryOp::Neg ? s_neg : op == UnaryOp::Pos ? s_pos : s_inv);
    if (!m.is_null()) return call_dunder(m, v);
  }
  if (is_int_like(v)) {
    int64_t x, r;
    switch (op) {
      case UnaryOp::Neg:
        if (int_to_int64(v, &x) && num::checked_neg(x, &r)) return Value::integer(r);
        return make_int(-to_bigint(v));
      case UnaryOp::Pos: return make_int(to_bigint(v));
      case UnaryOp::Invert:
        if (int_to_int64(v, &x)) return Value::integer(~x);
        return make_int(~to_bigint(v));
      default: break;
    }
  }
  if (is_float_like(v)) {
    if (op == UnaryOp::Neg) return Value::real(-to_double(v));
    if (op == UnaryOp::Pos) return Value::real(to_double(v));
  }
  const char* sym = op == UnaryOp::Neg ? "-" : op == UnaryOp::Pos ? "+" : "~";
  raise_error(Err::BadUnary, {sym, t->m_name});
}

// ==== format ======================================================================================
static void check_format(const num::FormatResult& r) {
  if (r.ok()) return;
  switch (r.error) {
    case num::FormatErrorKind::OverflowError: throw_overflow_error(r.message);
    case num::FormatErrorKind::TypeError: throw_type_error(r.message);
    default: throw_value_error(r.message);
  }
}

Value format(const Value& v, std::string_view spec) {
  TypeObject* t = type_of(v);
  if (t->m_heap) {
    INTERNED(s_format, "__format__");
    Value m = type_lookup_user(t, s_format);
    if (!m.is_null()) {
      Value r = call_dunder(m, v, {make_str(spec)});
      if (!is_str(r)) throw_type_error("__format__ must return a str, not " + type_of(r)->m_name);
      return r;
    }
  }
  if (spec.empty()) return str(v);
  if (v.is_bool()) {
    auto r = num::format_int(v.as_int(), spec, "bool");
    check_format(r);
    return make_str(r.text);
  }
  if (is_int_like(v)) {
    int64_t x;
    auto r = int_to_int64(v, &x) ? num::format_int(x, spec) : num::format_bigint(to_bigint(v), spec);
    check_format(r);
    return make_str(r.text);
  }
  if (is_float_like(v)) {
    auto r = num::format_float(to_double(v), spec);
    check_format(r);
    return make_str(r.text);
  }
  if (is_str(v)) {
    auto r = num::format_str(str_view(v), spec);
    check_format(r);
    return make_str(r.text);
  }
  throw_type_error("unsupported format string passed to " + t->m_name + ".__format__");
}

// Iterator for classes that only define __getitem__.
struct SeqGetItemIter : Object {
  Value m_seq;
  int64_t m_i = 0;
  SeqGetItemIter(TypeObject* t, Value s) : Object(t), m_seq(std::move(s)) {}
};
static TypeObject* g_seq_iter_type = nullptr;
Value make_seq_getitem_iter(const Value& v) {
  if (!g_seq_iter_type) {
    g_seq_iter_type = new_builtin_type("iterator", g_object_type, Layout::Other);
    g_seq_iter_type->m_slots.iter = [](const Value& s) { return s; };
    g_seq_iter_type->m_slots.next = [](const Value& s, Value& out) {
      auto* it = s.as<SeqGetItemIter>();
      if (it->m_seq.is_null()) return false;
      try {
        out = getitem(it->m_seq, Value::integer(it->m_i++));
        return true;
      } catch (PyException& e) {
        if (e.matches(g_IndexError) || e.matches(g_StopIteration)) {
          it->m_seq = Value();
          return false;
        }
        throw;
      }
    };
  }
  return Value(new SeqGetItemIter(g_seq_iter_type, v));
}

// super(type, obj) / super() (zero-argument form resolved by the VM from the calling frame).
Value make_super(TypeObject* start, const Value& obj) {
  TypeObject* obj_type;
  if (is_instance(obj, g_type_type) && is_subtype(obj.as<TypeObject>(), start)) obj_type = obj.as<TypeObject>();
  else if (is_instance(obj, start)) obj_type = type_of(obj);
  else throw_type_error("super(type, obj): obj must be an instance or subtype of type");
  return Value(new SuperObject(start, obj, obj_type));
}
static Value super_repr(const Value& v) {
  auto* s = v.as<SuperObject>();
  return make_str("<super: <class '" + s->m_start->m_name + "'>, <" + s->m_obj_type->m_name + " object>>");
}
void init_super_type() {
  g_super_type = new_builtin_type("super", g_object_type, Layout::Other);
  g_super_type->m_slots.repr = super_repr;
}

}  // namespace ls::lang
