// The native _collections module: deque (CPython's methods, errors and iteration rules).
// collections/__init__.py re-exports it as collections.deque.
#include <algorithm>

#include "engine/lang/builtins/builtin_util.h"
#include "engine/lang/builtins_install.h"
#include "engine/lang/container_util.h"
#include "engine/lang/deque_object.h"
#include "engine/lang/module_object.h"

namespace ls::lang {
using namespace bi;

TypeObject* g_deque_type = nullptr;

namespace {

TypeObject* g_deque_iterator_type = nullptr;
TypeObject* g_deque_reverse_iterator_type = nullptr;

DequeObject* self_deque(const CallArgs& a) { return as_deque(a[0]); }

[[noreturn]] void mutated() { throw_runtime_error("deque mutated during iteration"); }

// Appends at one end, dropping from the other end past maxlen (maxlen 0 keeps nothing).
void push_back(DequeObject* d, const Value& v) {
  ++d->m_state;
  if (d->m_maxlen == 0) return;
  d->m_items.push_back(v);
  if (d->m_maxlen > 0 && int64_t(d->m_items.size()) > d->m_maxlen) d->m_items.pop_front();
}
void push_front(DequeObject* d, const Value& v) {
  ++d->m_state;
  if (d->m_maxlen == 0) return;
  d->m_items.push_front(v);
  if (d->m_maxlen > 0 && int64_t(d->m_items.size()) > d->m_maxlen) d->m_items.pop_back();
}

std::vector<Value> snapshot(const Value& v) {
  auto& items = as_deque(v)->m_items;
  return {items.begin(), items.end()};
}

// extend()/extendleft()/+=: the items of 'iterable' (a snapshot when it is the deque itself),
// each pushed at one end.
void extend_from(DequeObject* d, const Value& iterable, bool front) {
  std::vector<Value> items = iterable.is_obj() && iterable.obj() == d ? snapshot(iterable) : items_of(iterable);
  for (auto& v : items) front ? push_front(d, v) : push_back(d, v);
}

// Empties the deque; the items die after it is already empty (their __del__ sees it so).
void clear_items(DequeObject* d) {
  ++d->m_state;
  std::deque<Value> old;
  old.swap(d->m_items);
}

// Removes the item at 'i' (valid).
void erase_at(DequeObject* d, size_t i) {
  ++d->m_state;
  Value old = std::move(d->m_items[i]);
  d->m_items.erase(d->m_items.begin() + int64_t(i));
}

// pop() / popleft().
Value take(DequeObject* d, bool front) {
  if (d->m_items.empty()) throw_index_error("pop from an empty deque");
  ++d->m_state;
  Value v = std::move(front ? d->m_items.front() : d->m_items.back());
  front ? d->m_items.pop_front() : d->m_items.pop_back();
  return v;
}

// An index argument of d[i] (CPython's wording for non-integers), normalised and range-checked.
size_t item_position(DequeObject* d, const Value& key) {
  bool indexable = is_int_like(key);
  if (!indexable && type_of(key)->m_heap) indexable = !type_lookup_user(type_of(key), intern("__index__")).is_null();
  if (!indexable) throw_type_error("sequence index must be integer, not '" + tname(key) + "'");
  int64_t i = index_value(key);
  int64_t n = int64_t(d->m_items.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw_index_error("deque index out of range");
  return size_t(i);
}

// Calls on_match(i) for each item == x in [start, stop) until it returns false; RuntimeError
// when a comparison changed the deque.
template <class F>
void each_equal(DequeObject* d, const Value& x, size_t start, size_t stop, F on_match) {
  uint64_t state = d->m_state;
  for (size_t i = start; i < stop && i < d->m_items.size(); ++i) {
    Value v = d->m_items[i];
    bool same = eq(v, x);
    if (state != d->m_state) mutated();
    if (same && !on_match(i)) return;
  }
}

// Position of the first item == x in [start, stop), or -1.
int64_t find_item(DequeObject* d, const Value& x, size_t start, size_t stop) {
  int64_t found = -1;
  each_equal(d, x, start, stop, [&](size_t i) {
    found = int64_t(i);
    return false;
  });
  return found;
}

void set_maxlen(DequeObject* d, const Value& maxlen) {
  d->m_maxlen = -1;
  if (absent(maxlen)) return;
  if (!is_int_like(maxlen)) throw_type_error("an integer is required");
  int64_t n = index_value(maxlen);
  if (n < 0) throw_value_error("maxlen must be non-negative");
  d->m_maxlen = n;
}

// deque(iterable=(), maxlen=None) on an existing deque: clears it first, like CPython.
void init_deque(DequeObject* d, const CallArgs& a, bool skip_self) {
  static const ParamSpec spec{"deque", {"iterable", "maxlen"}, 0, 0, 0, false};
  static const ParamSpec method_spec{"deque", {"iterable", "maxlen"}, 0, 0, 0, true};
  Value p[2];
  (skip_self ? method_spec : spec).bind(a, p);
  set_maxlen(d, p[1]);
  if (!d->m_items.empty()) clear_items(d);
  if (!p[0].is_null()) extend_from(d, p[0], false);
}

// A new deque of the same type and maxlen holding 'items' (copy(), +, *).
Value new_like(const Value& self, std::vector<Value> items) {
  DequeObject* d = as_deque(self);
  if (type_of(self) == g_deque_type) {
    auto* r = new DequeObject(g_deque_type);
    Value rv(r);
    r->m_maxlen = d->m_maxlen;
    for (auto& v : items) push_back(r, v);
    return rv;
  }
  Value list = make_list(std::move(items));
  Value cls(type_of(self));
  if (d->m_maxlen < 0) return call(cls, {list});
  return call(cls, {list, Value::integer(d->m_maxlen)});
}

// ---- methods --------------------------------------------------------------------------------
Value deque_append(CallArgs& a) {
  a.check_method("append", 1, 1);
  push_back(self_deque(a), a[1]);
  return Value::none();
}
Value deque_appendleft(CallArgs& a) {
  a.check_method("appendleft", 1, 1);
  push_front(self_deque(a), a[1]);
  return Value::none();
}
Value deque_pop(CallArgs& a) {
  a.check_method("pop", 0, 0);
  return take(self_deque(a), false);
}
Value deque_popleft(CallArgs& a) {
  a.check_method("popleft", 0, 0);
  return take(self_deque(a), true);
}
Value deque_extend(CallArgs& a) {
  a.check_method("extend", 1, 1);
  extend_from(self_deque(a), a[1], false);
  return Value::none();
}
Value deque_extendleft(CallArgs& a) {
  a.check_method("extendleft", 1, 1);
  extend_from(self_deque(a), a[1], true);
  return Value::none();
}
Value deque_clear(CallArgs& a) {
  a.check_method("clear", 0, 0);
  clear_items(self_deque(a));
  return Value::none();
}
Value deque_copy(CallArgs& a) {
  a.check_method("copy", 0, 0);
  return new_like(a[0], snapshot(a[0]));
}
// Rotates n steps to the right (to the left when n is negative).
Value deque_rotate(CallArgs& a) {
  a.check_method("rotate", 0, 1);
  DequeObject* d = self_deque(a);
  int64_t n = a.nargs > 1 ? arg_index(a[1]) : 1;
  int64_t size = int64_t(d->m_items.size());
  ++d->m_state;
  if (size <= 1) return Value::none();
  n %= size;
  if (n < 0) n += size;
  std::rotate(d->m_items.begin(), d->m_items.begin() + (size - n), d->m_items.end());
  return Value::none();
}
Value deque_reverse(CallArgs& a) {
  a.check_method("reverse", 0, 0);
  DequeObject* d = self_deque(a);
  std::reverse(d->m_items.begin(), d->m_items.end());
  return Value::none();
}
Value deque_count(CallArgs& a) {
  a.check_method("count", 1, 1);
  DequeObject* d = self_deque(a);
  int64_t n = 0;
  each_equal(d, a[1], 0, d->m_items.size(), [&](size_t) {
    ++n;
    return true;
  });
  return Value::integer(n);
}
Value deque_index(CallArgs& a) {
  a.check_method("index", 1, 3);
  DequeObject* d = self_deque(a);
  int64_t n = int64_t(d->m_items.size());
  int64_t start = a.nargs > 2 ? clamp_bound(a[2], n, 0) : 0;
  int64_t stop = a.nargs > 3 ? clamp_bound(a[3], n, n) : n;
  int64_t i = start < stop ? find_item(d, a[1], size_t(start), size_t(stop)) : -1;
  if (i < 0) throw_value_error(repr_string(a[1]) + " is not in deque");
  return Value::integer(i);
}
Value deque_remove(CallArgs& a) {
  a.check_method("remove", 1, 1);
  DequeObject* d = self_deque(a);
  int64_t i = find_item(d, a[1], 0, d->m_items.size());
  if (i < 0) throw_value_error(repr_string(a[1]) + " is not in deque");
  erase_at(d, size_t(i));
  return Value::none();
}
Value deque_insert(CallArgs& a) {
  a.check_method("insert", 2, 2);
  DequeObject* d = self_deque(a);
  int64_t n = int64_t(d->m_items.size());
  if (d->m_maxlen >= 0 && n >= d->m_maxlen) throw_index_error("deque already at its maximum size");
  int64_t i = arg_index(a[1]);
  if (i < 0) i = std::max<int64_t>(0, i + n);
  i = std::min(i, n);
  ++d->m_state;
  d->m_items.insert(d->m_items.begin() + i, a[2]);
  return Value::none();
}
Value deque_maxlen(CallArgs& a) {
  int64_t m = as_deque(a[0])->m_maxlen;
  return m < 0 ? Value::none() : Value::integer(m);
}
Value deque_iadd(CallArgs& a) {
  a.check_method("__iadd__", 1, 1);
  extend_from(self_deque(a), a[1], false);
  return a[0];
}
Value deque_add(CallArgs& a) {
  a.check_method("__add__", 1, 1);
  if (!is_deque(a[1]))
    throw_type_error("can only concatenate deque (not \"" + tname(a[1]) + "\") to deque");
  std::vector<Value> items = snapshot(a[0]);
  std::vector<Value> more = snapshot(a[1]);
  items.insert(items.end(), more.begin(), more.end());
  return new_like(a[0], std::move(items));
}
std::vector<Value> repeated(const Value& self, const Value& times) {
  int64_t n = arg_index(times);
  std::vector<Value> one = snapshot(self);
  std::vector<Value> out;
  int64_t maxlen = as_deque(self)->m_maxlen;
  if (n <= 0 || one.empty()) return out;
  // Only the last maxlen items survive: build no more than that.
  size_t want = one.size() * size_t(n);
  if (maxlen >= 0 && want > size_t(maxlen)) want = size_t(maxlen);
  memory_reserve_check(want * sizeof(Value));
  out.reserve(want);
  size_t total = one.size() * size_t(n);
  for (size_t k = total - want; k < total; ++k) out.push_back(one[k % one.size()]);
  return out;
}
Value deque_mul(CallArgs& a) {
  a.check_method("__mul__", 1, 1);
  if (!is_int_like(a[1])) return not_implemented();
  return new_like(a[0], repeated(a[0], a[1]));
}
Value deque_imul(CallArgs& a) {
  a.check_method("__imul__", 1, 1);
  if (!is_int_like(a[1])) return not_implemented();
  DequeObject* d = self_deque(a);
  std::vector<Value> items = repeated(a[0], a[1]);
  ++d->m_state;
  d->m_items.assign(items.begin(), items.end());
  return a[0];
}
Value deque_new(CallArgs& a) {
  if (a.nargs < 1 || !is_type(a[0])) throw_type_error("deque.__new__(X): X is not a type object");
  return Value(new DequeObject(as_type(a[0])));
}
Value deque_init(CallArgs& a) {
  init_deque(self_deque(a), a, true);
  return Value::none();
}
Value deque_reversed(CallArgs& a);

// The + and * operators (the slot behind binary_op/inplace_op; the dunders above are the same).
Value deque_binary(BinOp op, const Value& self, const Value& other, int which) {
  Value argv[2] = {self, other};
  CallArgs a{argv, 2};
  if (op == BinOp::Add && which == 0) return deque_add(a);
  if (op == BinOp::Add && which == 2) return deque_iadd(a);
  if (op == BinOp::Mul && which != 2) return deque_mul(a);
  if (op == BinOp::Mul && which == 2) return deque_imul(a);
  return not_implemented();
}

// ---- slots ----------------------------------------------------------------------------------
Value deque_construct(TypeObject* cls, CallArgs& a) {
  auto* d = new DequeObject(cls);
  Value v(d);
  init_deque(d, a, false);
  return v;
}
Value deque_repr(const Value& v) {
  ReprGuard g(v.obj());
  if (g.m_recursive) return make_str("[...]");
  std::string out = type_of(v)->m_name + "([" + join_reprs(snapshot(v)) + "]";
  int64_t m = as_deque(v)->m_maxlen;
  if (m >= 0) out += ", maxlen=" + std::to_string(m);
  return make_str(out + ")");
}
Value deque_richcompare(const Value& a, const Value& b, CompareOp op) {
  if (!is_deque(b)) return not_implemented();
  return sequence_compare(snapshot(a), snapshot(b), op);
}
int64_t deque_len(const Value& v) { return int64_t(as_deque(v)->m_items.size()); }
bool deque_truthy(const Value& v) { return !as_deque(v)->m_items.empty(); }
Value deque_getitem(const Value& v, const Value& key) {
  DequeObject* d = as_deque(v);
  return d->m_items[item_position(d, key)];
}
void deque_setitem(const Value& v, const Value& key, const Value& value) {
  DequeObject* d = as_deque(v);
  size_t i = item_position(d, key);
  if (value.is_null()) {
    erase_at(d, i);
    return;
  }
  Value old = std::move(d->m_items[i]);
  d->m_items[i] = value;
}
bool deque_contains(const Value& v, const Value& x) {
  DequeObject* d = as_deque(v);
  return find_item(d, x, 0, d->m_items.size()) >= 0;
}

// ---- iterators ------------------------------------------------------------------------------
struct DequeIterObject : Object {
  Value m_deque;       // Null once exhausted
  size_t m_done = 0;   // items produced so far
  uint64_t m_state;
  DequeIterObject(TypeObject* t, const Value& d) : Object(t), m_deque(d), m_state(as_deque(d)->m_state) {}
};
bool deque_iter_next_dir(const Value& it, Value& out, bool reverse) {
  auto* s = it.as<DequeIterObject>();
  if (s->m_deque.is_null()) return false;
  DequeObject* d = as_deque(s->m_deque);
  if (d->m_state != s->m_state) {
    s->m_deque = Value();
    mutated();
  }
  size_t n = d->m_items.size();
  if (s->m_done >= n) {
    s->m_deque = Value();
    return false;
  }
  out = reverse ? d->m_items[n - 1 - s->m_done] : d->m_items[s->m_done];
  ++s->m_done;
  return true;
}
bool deque_iter_next(const Value& it, Value& out) { return deque_iter_next_dir(it, out, false); }
bool deque_reverse_iter_next(const Value& it, Value& out) { return deque_iter_next_dir(it, out, true); }
Value deque_iter(const Value& v) { return Value(new DequeIterObject(g_deque_iterator_type, v)); }
Value deque_reversed(CallArgs& a) {
  a.check_method("__reversed__", 0, 0);
  return Value(new DequeIterObject(g_deque_reverse_iterator_type, a[0]));
}

void init_deque_type() {
  if (g_deque_type) return;
  TypeObject* t = new_builtin_type("deque", g_object_type, Layout::Other);
  t->m_tp_name = "collections.deque";
  t->m_module = make_str("collections");
  auto& s = t->m_slots;
  s.construct = deque_construct;
  s.repr = deque_repr;
  s.richcompare = deque_richcompare;
  s.iter = deque_iter;
  s.len = deque_len;
  s.truthy = deque_truthy;
  s.getitem = deque_getitem;
  s.setitem = deque_setitem;
  s.contains = deque_contains;
  s.binary = deque_binary;
  s.hash = nullptr;
  add_method(t, "__new__", deque_new, MethodKind::StaticMethod);
  add_method(t, "__init__", deque_init);
  add_method(t, "append", deque_append);
  add_method(t, "appendleft", deque_appendleft);
  add_method(t, "pop", deque_pop);
  add_method(t, "popleft", deque_popleft);
  add_method(t, "extend", deque_extend);
  add_method(t, "extendleft", deque_extendleft);
  add_method(t, "clear", deque_clear);
  add_method(t, "copy", deque_copy);
  add_method(t, "__copy__", deque_copy);
  add_method(t, "rotate", deque_rotate);
  add_method(t, "reverse", deque_reverse);
  add_method(t, "count", deque_count);
  add_method(t, "index", deque_index);
  add_method(t, "remove", deque_remove);
  add_method(t, "insert", deque_insert);
  add_method(t, "__reversed__", deque_reversed);
  add_method(t, "__add__", deque_add);
  add_method(t, "__iadd__", deque_iadd);
  add_method(t, "__mul__", deque_mul);
  add_method(t, "__rmul__", deque_mul);
  add_method(t, "__imul__", deque_imul);
  add_property(t, "maxlen", deque_maxlen);
  add_type_attr(t, "__hash__", Value::none());
  g_deque_type = t;
  g_deque_iterator_type = iter_type("_deque_iterator", deque_iter_next);
  g_deque_reverse_iterator_type = iter_type("_deque_reverse_iterator", deque_reverse_iter_next);
}

}  // namespace

ModuleObject* create_module_collections_native() {
  init_deque_type();
  ModuleObject* m = new_module("_collections");
  m->set("deque", Value(g_deque_type));
  return m;
}

}  // namespace ls::lang
