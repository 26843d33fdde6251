// Python-visible dunder methods of builtin types (list.__getitem__, int.__add__, dict.__repr__, ...)
// wrapping their native slots, so that library code such as operator/functools/collections and
// super().__xxx__() calls in subclasses of builtins find them, as in CPython.
#include "engine/lang/builtin_types.h"
#include "engine/lang/dict_object.h"
#include "engine/lang/exceptions.h"
#include "engine/lang/int_object.h"
#include "engine/lang/native.h"
#include "engine/lang/protocol.h"
#include "engine/lang/str_object.h"

namespace ls::lang {

Value builtin_binary_op(BinOp op, const Value& a, const Value& b);
Value builtin_richcompare(const Value& a, const Value& b, CompareOp op);
Value builtin_inplace_op(BinOp op, const Value& a, const Value& b);
extern TypeObject* g_method_descriptor_type;
Value int_from_value(const Value& x);

namespace {

TypeObject* slot_owner(CallArgs& a, const char* name) {
  if (a.nargs == 0) throw_type_error(std::string("descriptor '") + name + "' needs an argument");
  return type_of(a[0]);
}

Value w_repr(CallArgs& a) {
  TypeObject* t = slot_owner(a, "__repr__");
  if (!t->m_slots.repr) return repr(a[0]);
  return t->m_slots.repr(a[0]);
}
Value w_str(CallArgs& a) {
  TypeObject* t = slot_owner(a, "__str__");
  if (t->m_slots.str) return t->m_slots.str(a[0]);
  if (t->m_slots.repr) return t->m_slots.repr(a[0]);
  return repr(a[0]);
}
Value w_hash(CallArgs& a) {
  TypeObject* t = slot_owner(a, "__hash__");
  if (!t->m_slots.hash) raise_error(Err::Unhashable, {t->tp_name()});
  return Value::integer(t->m_slots.hash(a[0]));
}
Value w_iter(CallArgs& a) { return slot_owner(a, "__iter__")->m_slots.iter(a[0]); }
Value w_next(CallArgs& a) {
  Value out;
  if (slot_owner(a, "__next__")->m_slots.next(a[0], out)) return out;
  throw_stop_iteration(Value::none());
}
Value w_len(CallArgs& a) {
  a.check_method("__len__", 0, 0);
  return Value::integer(slot_owner(a, "__len__")->m_slots.len(a[0]));
}
Value w_getitem(CallArgs& a) {
  a.check_method("__getitem__", 1, 1);
  return slot_owner(a, "__getitem__")->m_slots.getitem(a[0], a[1]);
}
Value w_setitem(CallArgs& a) {
  a.check_method("__setitem__", 2, 2);
  slot_owner(a, "__setitem__")->m_slots.setitem(a[0], a[1], a[2]);
  return Value::none();
}
Value w_delitem(CallArgs& a) {
  a.check_method("__delitem__", 1, 1);
  slot_owner(a, "__delitem__")->m_slots.setitem(a[0], a[1], Value());
  return Value::none();
}
Value w_contains(CallArgs& a) {
  a.check_method("__contains__", 1, 1);
  return Value::boolean(slot_owner(a, "__contains__")->m_slots.contains(a[0], a[1]));
}
Value w_call(CallArgs& a) {
  TypeObject* t = slot_owner(a, "__call__");
  CallArgs rest{a.args + 1, a.nargs - 1, a.kwvalues, a.kwnames};
  return t->m_slots.call(a[0], rest);
}
Value w_bool(CallArgs& a) { return Value::boolean(truthy(a[0])); }
Value w_int(CallArgs& a) {
  if (is_float_like(a[0])) return int_from_value(Value::real(to_double(a[0])));
  return make_int(to_bigint(a[0]));
}
Value w_float(CallArgs& a) { return Value::real(to_double(a[0])); }
Value w_index(CallArgs& a) { return make_int(to_bigint(a[0])); }
Value w_neg(CallArgs& a) { return unary_op(UnaryOp::Neg, a[0]); }
Value w_pos(CallArgs& a) { return unary_op(UnaryOp::Pos, a[0]); }
Value w_invert(CallArgs& a) { return unary_op(UnaryOp::Invert, a[0]); }

template <CompareOp op>
Value w_cmp(CallArgs& a) {
  a.check_method("comparison", 1, 1);
  return builtin_richcompare(a[0], a[1], op);
}

// kind: 0 a op b, 1 reflected (b op a), 2 in place.
template <BinOp op, int kind>
Value w_bin(CallArgs& a) {
  if (a.nargs != 2) throw_type_error("expected 1 argument, got " + std::to_string(a.nargs - 1));
  if (kind == 1) return builtin_binary_op(op, a[1], a[0]);
  if (kind == 2) return builtin_inplace_op(op, a[0], a[1]);
  return builtin_binary_op(op, a[0], a[1]);
}

void add_if_absent(TypeObject* t, const char* name, NativeFn fn) {
  if (!t->m_dict->get(name).is_null()) return;
  add_method(t, name, fn);
}

template <BinOp op>
void add_binop(TypeObject* t, const char* name, const char* rname, const char* iname = nullptr) {
  add_if_absent(t, name, w_bin<op, 0>);
  if (rname) add_if_absent(t, rname, w_bin<op, 1>);
  if (iname) add_if_absent(t, iname, w_bin<op, 2>);
}

void add_numeric(TypeObject* t, bool is_int) {
  add_binop<BinOp::Add>(t, "__add__", "__radd__");
  add_binop<BinOp::Sub>(t, "__sub__", "__rsub__");
  add_binop<BinOp::Mul>(t, "__mul__", "__rmul__");
  add_binop<BinOp::TrueDiv>(t, "__truediv__", "__rtruediv__");
  add_binop<BinOp::FloorDiv>(t, "__floordiv__", "__rfloordiv__");
  add_binop<BinOp::Mod>(t, "__mod__", "__rmod__");
  add_binop<BinOp::Pow>(t, "__pow__", "__rpow__");
  if (is_int) {
    add_binop<BinOp::LShift>(t, "__lshift__", "__rlshift__");
    add_binop<BinOp::RShift>(t, "__rshift__", "__rrshift__");
    add_binop<BinOp::And>(t, "__and__", "__rand__");
    add_binop<BinOp::Or>(t, "__or__", "__ror__");
    add_binop<BinOp::Xor>(t, "__xor__", "__rxor__");
    add_if_absent(t, "__invert__", w_invert);
    add_if_absent(t, "__index__", w_index);
  }
  add_if_absent(t, "__neg__", w_neg);
  add_if_absent(t, "__pos__", w_pos);
  add_if_absent(t, "__bool__", w_bool);
  add_if_absent(t, "__int__", w_int);
  add_if_absent(t, "__float__", w_float);
}

}  // namespace

void install_slot_wrappers(TypeObject* t) {
  const TypeSlots& s = t->m_slots;
  if (s.repr) add_if_absent(t, "__repr__", w_repr);
  if (s.str) add_if_absent(t, "__str__", w_str);
  if (s.hash) add_if_absent(t, "__hash__", w_hash);
  else if (t->m_dict->get("__hash__").is_null()) add_type_attr(t, "__hash__", Value::none());
  if (s.iter) add_if_absent(t, "__iter__", w_iter);
  if (s.next) add_if_absent(t, "__next__", w_next);
  if (s.len) add_if_absent(t, "__len__", w_len);
  if (s.getitem) add_if_absent(t, "__getitem__", w_getitem);
  if (s.setitem) {
    add_if_absent(t, "__setitem__", w_setitem);
    add_if_absent(t, "__delitem__", w_delitem);
  }
  if (s.contains) add_if_absent(t, "__contains__", w_contains);
  if (s.call && t != g_type_type) add_if_absent(t, "__call__", w_call);
  bool numeric = t->m_layout == Layout::Int || t->m_layout == Layout::Float;
  if (s.richcompare || numeric) {
    add_if_absent(t, "__eq__", w_cmp<CompareOp::Eq>);
    add_if_absent(t, "__ne__", w_cmp<CompareOp::Ne>);
    add_if_absent(t, "__lt__", w_cmp<CompareOp::Lt>);
    add_if_absent(t, "__le__", w_cmp<CompareOp::Le>);
    add_if_absent(t, "__gt__", w_cmp<CompareOp::Gt>);
    add_if_absent(t, "__ge__", w_cmp<CompareOp::Ge>);
  }
}

// Every builtin type's slot wrappers, plus the operator dunders of the numeric and sequence types.
void install_all_slot_wrappers() {
  add_numeric(g_int_type, true);
  add_numeric(g_float_type, false);
  add_binop<BinOp::Add>(g_str_type, "__add__", nullptr);
  add_binop<BinOp::Mul>(g_str_type, "__mul__", "__rmul__");
  add_binop<BinOp::Mod>(g_str_type, "__mod__", "__rmod__");
  add_binop<BinOp::Add>(g_list_type, "__add__", nullptr, "__iadd__");
  add_binop<BinOp::Mul>(g_list_type, "__mul__", "__rmul__", "__imul__");
  add_binop<BinOp::Add>(g_tuple_type, "__add__", nullptr);
  add_binop<BinOp::Mul>(g_tuple_type, "__mul__", "__rmul__");
  for (TypeObject* t : {g_set_type, g_frozenset_type}) {
    bool mut = t == g_set_type;
    add_binop<BinOp::Or>(t, "__or__", "__ror__", mut ? "__ior__" : nullptr);
    add_binop<BinOp::And>(t, "__and__", "__rand__", mut ? "__iand__" : nullptr);
    add_binop<BinOp::Sub>(t, "__sub__", "__rsub__", mut ? "__isub__" : nullptr);
    add_binop<BinOp::Xor>(t, "__xor__", "__rxor__", mut ? "__ixor__" : nullptr);
  }
  add_binop<BinOp::Or>(g_dict_type, "__or__", "__ror__", "__ior__");
  for (TypeObject* t :
       {g_int_type, g_bool_type, g_float_type, g_str_type, g_list_type, g_tuple_type, g_dict_type, g_set_type,
        g_frozenset_type, g_range_type, g_slice_type, g_none_type, g_type_type, g_dict_keys_type, g_dict_values_type,
        g_dict_items_type, g_list_iterator_type, g_tuple_iterator_type, g_str_iterator_type, g_dict_keyiterator_type,
        g_dict_valueiterator_type, g_dict_itemiterator_type, g_set_iterator_type, g_range_iterator_type,
        g_generator_type, g_coroutine_type, g_function_type, g_builtin_function_type, g_method_type, g_code_type,
        g_module_type, g_property_type, g_staticmethod_type, g_classmethod_type, g_super_type, g_cell_type,
        g_async_generator_type, g_not_implemented_type, g_ellipsis_type})
    if (t) install_slot_wrappers(t);
}

}  // namespace ls::lang
