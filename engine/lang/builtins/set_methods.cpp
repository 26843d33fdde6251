// The named methods of set and frozenset, and the set operators (| & - ^ and in-place forms).
// Results are built in the same insertion order as CPython's, so they print identically.
#include "engine/lang/builtins/builtin_util.h"
#include "engine/lang/builtins/builtins_api.h"
#include "engine/lang/builtins_install.h"
#include "engine/lang/set_object.h"

namespace ls::lang {
using namespace bi;

namespace {

// set or frozenset (the builtin base) for results of operations on 'v'.
TypeObject* base_type(const Value& v) {
  return is_instance(v, g_frozenset_type) ? g_frozenset_type : g_set_type;
}

Value new_set(TypeObject* t) { return Value(new SetObject(t)); }

// Adds every element of an iterable (set-likes merge their table; dicts add keys).
void set_update_from(SetObject* s, const Value& other) {
  if (is_set_like(other)) {
    s->merge(as_set(other));
    return;
  }
  if (is_dict(other)) {
    std::vector<Value> keys;
    as_dict(other)->for_each([&](const Value& k, const Value&) { keys.push_back(k); });
    for (auto& k : keys) s->add(k);
    return;
  }
  for (const Value& x : items_of(other)) s->add(x);
}

Value copy_as(const Value& v, TypeObject* t) {
  Value out = new_set(t);
  as_set(out)->merge(as_set(v));
  return out;
}

// A set view of 'other' (itself when already a set-like).
Value as_set_value(const Value& other) {
  if (is_set_like(other)) return other;
  Value s = new_set(g_set_type);
  set_update_from(as_set(s), other);
  return s;
}

Value do_union(const Value& self, const Value& other, TypeObject* t) {
  Value out = copy_as(self, t);
  set_update_from(as_set(out), other);
  return out;
}

Value do_intersection(const Value& self, const Value& other, TypeObject* t) {
  Value out = new_set(t);
  if (is_set_like(other)) {
    const Value* small = &self;
    const Value* big = &other;
    if (as_set(other)->size() < as_set(self)->size()) std::swap(small, big);
    std::vector<Value> keys;
    as_set(*small)->for_each([&](const Value& k) { keys.push_back(k); });
    for (auto& k : keys)
      if (as_set(*big)->contains(k)) as_set(out)->add(k);
    return out;
  }
  for (const Value& x : items_of(other))
    if (as_set(self)->contains(x)) as_set(out)->add(x);
  return out;
}

Value do_difference(const Value& self, const Value& other, TypeObject* t) {
  bool sized = is_set_like(other) || is_dict(other);
  if (sized && int64_t(as_set(self)->size() >> 2) > len(other)) {
    Value out = copy_as(self, t);
    for (const Value& x : items_of(other)) as_set(out)->discard(x);
    return out;
  }
  Value o = (is_set_like(other) || is_dict(other)) ? other : as_set_value(other);
  Value out = new_set(t);
  std::vector<Value> keys;
  as_set(self)->for_each([&](const Value& k) { keys.push_back(k); });
  for (auto& k : keys) {
    bool in_other = is_dict(o) ? as_dict(o)->contains(k) : as_set(o)->contains(k);
    if (!in_other) as_set(out)->add(k);
  }
  return out;
}

// Toggles each element of 'other' in 's'.
void symdiff_update(SetObject* s, const Value& other) {
  Value o = as_set_value(other);
  if (o.is(Value(s))) {
    s->clear();
    return;
  }
  std::vector<Value> keys;
  as_set(o)->for_each([&](const Value& k) { keys.push_back(k); });
  for (auto& k : keys)
    if (!s->discard(k)) s->add(k);
}

Value do_symdiff(const Value& self, const Value& other, TypeObject* t) {
  Value out = new_set(t);
  set_update_from(as_set(out), other);
  symdiff_update(as_set(out), self);
  return out;
}

bool do_issubset(const Value& self, const Value& other) {
  Value o = as_set_value(other);
  if (as_set(self)->size() > as_set(o)->size()) return false;
  bool ok = true;
  as_set(self)->for_each([&](const Value& k) {
    if (ok && !as_set(o)->contains(k)) ok = false;
  });
  return ok;
}

// ---- methods -------------------------------------------------------------------------------

SetObject* me(const CallArgs& a) { return as_set(a[0]); }

Value set_add(CallArgs& a) {
  a.check_method("add", 1, 1);
  me(a)->add(a[1]);
  return Value::none();
}

Value set_discard(CallArgs& a) {
  a.check_method("discard", 1, 1);
  me(a)->discard(a[1]);
  return Value::none();
}

Value set_remove(CallArgs& a) {
  a.check_method("remove", 1, 1);
  if (!me(a)->discard(a[1])) throw_key_error(a[1]);
  return Value::none();
}

Value set_pop(CallArgs& a) {
  a.check_method("pop", 0, 0);
  return me(a)->pop();
}

Value set_clear(CallArgs& a) {
  a.check_method("clear", 0, 0);
  me(a)->clear();
  return Value::none();
}

Value set_copy(CallArgs& a) {
  a.check_method("copy", 0, 0);
  if (type_of(a[0]) == g_frozenset_type) return a[0];
  return copy_as(a[0], base_type(a[0]));
}

Value set_update(CallArgs& a) {
  no_keywords(a, "set.update");
  for (size_t i = 1; i < a.nargs; ++i) set_update_from(me(a), a[i]);
  return Value::none();
}

Value set_union(CallArgs& a) {
  no_keywords(a, "set.union");
  Value out = copy_as(a[0], base_type(a[0]));
  for (size_t i = 1; i < a.nargs; ++i) set_update_from(as_set(out), a[i]);
  return out;
}

Value set_intersection(CallArgs& a) {
  no_keywords(a, "set.intersection");
  Value out = copy_as(a[0], base_type(a[0]));
  for (size_t i = 1; i < a.nargs; ++i) out = do_intersection(out, a[i], base_type(a[0]));
  return out;
}

Value set_intersection_update(CallArgs& a) {
  Value r = set_intersection(a);
  me(a)->clear();
  me(a)->merge(as_set(r));
  return Value::none();
}

Value set_difference(CallArgs& a) {
  no_keywords(a, "set.difference");
  Value out = copy_as(a[0], base_type(a[0]));
  for (size_t i = 1; i < a.nargs; ++i) out = do_difference(out, a[i], base_type(a[0]));
  return out;
}

Value set_difference_update(CallArgs& a) {
  no_keywords(a, "set.difference_update");
  for (size_t i = 1; i < a.nargs; ++i)
    for (const Value& x : items_of(a[i])) me(a)->discard(x);
  return Value::none();
}

Value set_symmetric_difference(CallArgs& a) {
  a.check_method("symmetric_difference", 1, 1);
  return do_symdiff(a[0], a[1], base_type(a[0]));
}

Value set_symmetric_difference_update(CallArgs& a) {
  a.check_method("symmetric_difference_update", 1, 1);
  symdiff_update(me(a), a[1]);
  return Value::none();
}

Value set_issubset(CallArgs& a) {
  a.check_method("issubset", 1, 1);
  return Value::boolean(do_issubset(a[0], a[1]));
}

Value set_issuperset(CallArgs& a) {
  a.check_method("issuperset", 1, 1);
  for (const Value& x : items_of(a[1]))
    if (!me(a)->contains(x)) return Value::boolean(false);
  return Value::boolean(true);
}

Value set_isdisjoint(CallArgs& a) {
  a.check_method("isdisjoint", 1, 1);
  for (const Value& x : items_of(a[1]))
    if (me(a)->contains(x)) return Value::boolean(false);
  return Value::boolean(true);
}

// Operator dunders so that binary_op finds them by lookup too.
Value op_method(CallArgs& a, BinOp op, bool inplace, bool reflected) {
  a.check_method("__op__", 1, 1);
  return reflected ? set_binary_op(op, a[1], a[0], false) : set_binary_op(op, a[0], a[1], inplace);
}
Value set_or(CallArgs& a) { return op_method(a, BinOp::Or, false, false); }
Value set_and(CallArgs& a) { return op_method(a, BinOp::And, false, false); }
Value set_sub(CallArgs& a) { return op_method(a, BinOp::Sub, false, false); }
Value set_xor(CallArgs& a) { return op_method(a, BinOp::Xor, false, false); }
Value set_ror(CallArgs& a) { return op_method(a, BinOp::Or, false, true); }
Value set_rand(CallArgs& a) { return op_method(a, BinOp::And, false, true); }
Value set_rsub(CallArgs& a) { return op_method(a, BinOp::Sub, false, true); }
Value set_rxor(CallArgs& a) { return op_method(a, BinOp::Xor, false, true); }
Value set_ior(CallArgs& a) { return op_method(a, BinOp::Or, true, false); }
Value set_iand(CallArgs& a) { return op_method(a, BinOp::And, true, false); }
Value set_isub(CallArgs& a) { return op_method(a, BinOp::Sub, true, false); }
Value set_ixor(CallArgs& a) { return op_method(a, BinOp::Xor, true, false); }

}  // namespace

bool is_dict_view(const Value& v) {
  TypeObject* t = type_of(v);
  return t == g_dict_keys_type || t == g_dict_items_type;
}

Value set_binary_op(BinOp op, const Value& a, const Value& b, bool inplace) {
  // dict.keys()/items() views combine with any iterable into a set: set(a) <op> b.
  if ((is_dict_view(a) || is_dict_view(b)) && !inplace) {
    if (op != BinOp::Or && op != BinOp::And && op != BinOp::Sub && op != BinOp::Xor) return not_implemented();
    Value left = new_set(g_set_type);
    set_update_from(as_set(left), a);
    Value right = new_set(g_set_type);
    set_update_from(as_set(right), b);
    return set_binary_op(op, left, right, true);
  }
  if (!is_set_like(a) || !is_set_like(b)) return not_implemented();
  if (inplace && is_instance(a, g_set_type)) {
    SetObject* s = as_set(a);
    switch (op) {
      case BinOp::Or: set_update_from(s, b); return a;
      case BinOp::Sub: {
        if (a.is(b)) { s->clear(); return a; }
        for (const Value& x : items_of(b)) s->discard(x);
        return a;
      }
      case BinOp::Xor: symdiff_update(s, b); return a;
      case BinOp::And: {
        Value r = do_intersection(a, b, g_set_type);
        s->clear();
        s->merge(as_set(r));
        return a;
      }
      default: return not_implemented();
    }
  }
  TypeObject* t = base_type(a);
  switch (op) {
    case BinOp::Or: return do_union(a, b, t);
    case BinOp::And: return do_intersection(a, b, t);
    case BinOp::Sub: return do_difference(a, b, t);
    case BinOp::Xor: return do_symdiff(a, b, t);
    default: return not_implemented();
  }
}

void install_set_methods() {
  for (TypeObject* t : {g_set_type, g_frozenset_type}) {
    add_method(t, "copy", set_copy);
    add_method(t, "union", set_union);
    add_method(t, "intersection", set_intersection);
    add_method(t, "difference", set_difference);
    add_method(t, "symmetric_difference", set_symmetric_difference);
    add_method(t, "issubset", set_issubset);
    add_method(t, "issuperset", set_issuperset);
    add_method(t, "isdisjoint", set_isdisjoint);
    add_method(t, "__or__", set_or);
    add_method(t, "__and__", set_and);
    add_method(t, "__sub__", set_sub);
    add_method(t, "__xor__", set_xor);
    add_method(t, "__ror__", set_ror);
    add_method(t, "__rand__", set_rand);
    add_method(t, "__rsub__", set_rsub);
    add_method(t, "__rxor__", set_rxor);
  }
  TypeObject* t = g_set_type;
  add_method(t, "add", set_add);
  add_method(t, "discard", set_discard);
  add_method(t, "remove", set_remove);
  add_method(t, "pop", set_pop);
  add_method(t, "clear", set_clear);
  add_method(t, "update", set_update);
  add_method(t, "intersection_update", set_intersection_update);
  add_method(t, "difference_update", set_difference_update);
  add_method(t, "symmetric_difference_update", set_symmetric_difference_update);
  add_method(t, "__ior__", set_ior);
  add_method(t, "__iand__", set_iand);
  add_method(t, "__isub__", set_isub);
  add_method(t, "__ixor__", set_ixor);
}

}  // namespace ls::lang
