// The named methods of dict: setdefault, pop, popitem, update, copy, clear, fromkeys, and dict | dict.
#include "engine/lang/builtins/builtin_util.h"
#include "engine/lang/builtins/builtins_internal.h"
#include "engine/lang/builtins_install.h"

namespace ls::lang {
using namespace bi;

namespace {

DictObject* self_dict(const CallArgs& a) { return as_dict(a[0]); }

Value dict_setdefault(CallArgs& a) {
  a.check_method("setdefault", 1, 2);
  DictObject* d = self_dict(a);
  Value v = d->get(a[1]);
  if (!v.is_null()) return v;
  Value dflt = a.nargs > 2 ? a[2] : Value::none();
  d->set(a[1], dflt);
  return dflt;
}

Value dict_pop(CallArgs& a) {
  a.check_method("pop", 1, 2);
  Value v = self_dict(a)->remove(a[1]);
  if (!v.is_null()) return v;
  if (a.nargs > 2) return a[2];
  throw_key_error(a[1]);
}

// popitem(): the last inserted pair (LIFO).
Value dict_popitem(CallArgs& a) {
  a.check_method("popitem", 0, 0);
  DictObject* d = self_dict(a);
  for (size_t i = d->m_entries.size(); i-- > 0;) {
    if (d->m_entries[i].key.is_null()) continue;
    Value k = d->m_entries[i].key;
    Value v = d->remove(k);
    return make_tuple({k, v});
  }
  throw_error(g_KeyError, "popitem(): dictionary is empty");
}

}  // namespace

// dict.update's argument: a mapping (anything with keys()) or an iterable of pairs.
void bi::dict_merge_from(const Value& self, const Value& other, const char* fname) {
  bool exact = type_of(self) == g_dict_type;
  auto store = [&](const Value& k, const Value& v) {
    if (exact) as_dict(self)->set(k, v);
    else setitem(self, k, v);
  };
  if (is_dict(other) && type_lookup_user(type_of(other), intern("keys")).is_null()) {
    std::vector<std::pair<Value, Value>> pairs;
    as_dict(other)->for_each([&](const Value& k, const Value& v) { pairs.emplace_back(k, v); });
    for (auto& [k, v] : pairs) store(k, v);
    return;
  }
  static StrObject* s_keys = intern("keys");
  if (!type_lookup(type_of(other), s_keys).is_null()) {
    for (const Value& k : items_of(call_method(other, "keys"))) store(k, getitem(other, k));
    return;
  }
  TypeObject* t = type_of(other);
  static StrObject* s_iter = intern("__iter__");
  if (!t->m_slots.iter && type_lookup(t, s_iter).is_null())
    throw_type_error("'" + t->m_name + "' object is not iterable");
  (void)fname;
  int64_t index = 0;
  for (const Value& item : items_of(other)) {
    std::vector<Value> kv;
    try {
      kv = items_of(item);
    } catch (PyException& e) {
      if (!e.matches(g_TypeError)) throw;
      throw_type_error("cannot convert dictionary update sequence element #" + std::to_string(index) +
                       " to a sequence");
    }
    if (kv.size() != 2)
      throw_value_error("dictionary update sequence element #" + std::to_string(index) + " has length " +
                        std::to_string(kv.size()) + "; 2 is required");
    store(kv[0], kv[1]);
    ++index;
  }
}

namespace {

Value dict_update(CallArgs& a) {
  if (a.nargs > 2) throw_type_error("update expected at most 1 argument, got " + std::to_string(a.nargs - 1));
  if (a.nargs == 2) dict_merge_from(a[0], a[1], "update");
  if (a.kwnames)
    for (size_t i = 0; i < a.kwnames->m_items.size(); ++i) {
      if (type_of(a[0]) == g_dict_type) as_dict(a[0])->set(a.kwnames->m_items[i], a.kwvalues[i]);
      else setitem(a[0], a.kwnames->m_items[i], a.kwvalues[i]);
    }
  return Value::none();
}

Value dict_copy(CallArgs& a) {
  a.check_method("copy", 0, 0);
  return dict_copy_of(a[0]);
}

Value dict_clear(CallArgs& a) {
  a.check_method("clear", 0, 0);
  self_dict(a)->clear();
  return Value::none();
}

// dict.fromkeys(iterable, value=None): a classmethod (a[0] is the class).
Value dict_fromkeys(CallArgs& a) {
  a.check_method("fromkeys", 1, 2);
  Value cls = a[0];
  Value result = call(cls, {});
  Value v = a.nargs > 2 ? a[2] : Value::none();
  bool exact = type_of(result) == g_dict_type;
  for (const Value& k : items_of(a[1])) {
    if (exact) as_dict(result)->set(k, v);
    else setitem(result, k, v);
  }
  return result;
}

Value dict_or_method(CallArgs& a) {
  a.check_method("__or__", 1, 1);
  return dict_binary_op(BinOp::Or, a[0], a[1], false);
}

Value dict_ror_method(CallArgs& a) {
  a.check_method("__ror__", 1, 1);
  if (!is_dict(a[1])) return not_implemented();
  return dict_binary_op(BinOp::Or, a[1], a[0], false);
}

Value dict_ior_method(CallArgs& a) {
  a.check_method("__ior__", 1, 1);
  return dict_binary_op(BinOp::Or, a[0], a[1], true);
}

}  // namespace

Value bi::dict_copy_of(const Value& d) {
  Value out = make_dict();
  as_dict(d)->for_each([&](const Value& k, const Value& v) { as_dict(out)->set(k, v); });
  return out;
}

Value dict_binary_op(BinOp op, const Value& a, const Value& b, bool inplace) {
  if (op != BinOp::Or || !is_dict(a)) return not_implemented();
  if (inplace) {
    dict_merge_from(a, b, "update");
    return a;
  }
  if (!is_dict(b)) return not_implemented();
  Value out = dict_copy_of(a);
  dict_merge_from(out, b, "update");
  return out;
}

void install_dict_methods() {
  TypeObject* t = g_dict_type;
  add_method(t, "setdefault", dict_setdefault);
  add_method(t, "pop", dict_pop);
  add_method(t, "popitem", dict_popitem);
  add_method(t, "update", dict_update);
  add_method(t, "copy", dict_copy);
  add_method(t, "clear", dict_clear);
  add_method(t, "fromkeys", dict_fromkeys, MethodKind::ClassMethod);
  add_method(t, "__or__", dict_or_method);
  add_method(t, "__ror__", dict_ror_method);
  add_method(t, "__ior__", dict_ior_method);
}

}  // namespace ls::lang
