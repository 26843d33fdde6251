// The builtin iterator types: enumerate, zip, map, filter, reversed, iter(f, sentinel) and anext's awaitable.
#include <algorithm>

#include "engine/lang/builtins/builtin_util.h"
#include "engine/lang/builtins/builtins_internal.h"
#include "engine/lang/module_object.h"

namespace ls::lang {
bool send_into(const Value& receiver, const Value& value, Value& out);  // generators.cpp
}

namespace ls::lang::bi {

namespace {

TypeObject* s_enumerate_type;
TypeObject* s_zip_type;
TypeObject* s_map_type;
TypeObject* s_filter_type;
TypeObject* s_reversed_type;
TypeObject* s_list_reverse_type;
TypeObject* s_callable_iter_type;
TypeObject* s_anext_type;

Value self_iter(const Value& self) { return self; }

// ---- enumerate(iterable, start=0) ------------------------------------------------------------
struct EnumerateObject : Object {
  Value m_it;     // the underlying iterator
  Value m_count;  // next index (int)
  explicit EnumerateObject(TypeObject* t) : Object(t) {}
};

Value enumerate_new(TypeObject* cls, CallArgs& a) {
  Value iterable = a.nargs > 0 ? a[0] : a.kw("iterable");
  Value start = a.nargs > 1 ? a[1] : a.kw("start");
  allow_keywords(a, "enumerate", {"iterable", "start"});
  if (a.nargs > 2) throw_type_error("enumerate() takes at most 2 arguments (" + std::to_string(a.nargs) + " given)");
  if (iterable.is_null()) throw_type_error("enumerate() missing required argument 'iterable'");
  auto* e = new EnumerateObject(cls);
  Value r(e);
  e->m_it = get_iter(iterable);
  if (start.is_null()) e->m_count = Value::integer(0);
  else if (is_int_like(start)) e->m_count = start.is_bool() ? Value::integer(start.as_int()) : start;
  else e->m_count = Value::integer(index_value(start));
  return r;
}

bool enumerate_next(const Value& self, Value& out) {
  auto* e = self.as<EnumerateObject>();
  Value item;
  if (!next(e->m_it, item)) return false;
  out = make_tuple({e->m_count, item});
  e->m_count = binary_op(BinOp::Add, e->m_count, Value::integer(1));
  return true;
}

// ---- zip(*iterables, strict=False) -------------------------------------------------------------
struct ZipObject : Object {
  std::vector<Value> m_its;
  bool m_strict = false;
  bool m_done = false;
  explicit ZipObject(TypeObject* t) : Object(t) {}
};

Value zip_new(TypeObject* cls, CallArgs& a) {
  allow_keywords(a, "zip", {"strict"});
  auto* z = new ZipObject(cls);
  Value r(z);
  Value strict = a.kw("strict");
  z->m_strict = !strict.is_null() && truthy(strict);
  for (size_t i = 0; i < a.nargs; ++i) z->m_its.push_back(get_iter(a[i]));
  return r;
}

std::string zip_args_text(size_t n) {
  return n == 1 ? "argument 1" : "arguments 1-" + std::to_string(n);
}

bool zip_next(const Value& self, Value& out) {
  auto* z = self.as<ZipObject>();
  if (z->m_done || z->m_its.empty()) return false;
  std::vector<Value> items;
  items.reserve(z->m_its.size());
  for (size_t i = 0; i < z->m_its.size(); ++i) {
    Value item;
    if (!next(z->m_its[i], item)) {
      z->m_done = true;
      if (!z->m_strict) return false;
      if (i > 0)
        throw_value_error("zip() argument " + std::to_string(i + 1) + " is shorter than " + zip_args_text(i));
      for (size_t j = 1; j < z->m_its.size(); ++j) {
        Value extra;
        if (next(z->m_its[j], extra))
          throw_value_error("zip() argument " + std::to_string(j + 1) + " is longer than " + zip_args_text(j));
      }
      return false;
    }
    items.push_back(std::move(item));
  }
  out = make_tuple(std::move(items));
  return true;
}

// ---- map(function, iterable, *iterables) ---------------------------------------------------
struct MapObject : Object {
  Value m_func;
  std::vector<Value> m_its;
  explicit MapObject(TypeObject* t) : Object(t) {}
};

Value map_new(TypeObject* cls, CallArgs& a) {
  no_keywords(a, "map");
  if (a.nargs < 2) throw_type_error("map() must have at least two arguments.");
  auto* m = new MapObject(cls);
  Value r(m);
  m->m_func = a[0];
  for (size_t i = 1; i < a.nargs; ++i) m->m_its.push_back(get_iter(a[i]));
  return r;
}

bool map_next(const Value& self, Value& out) {
  auto* m = self.as<MapObject>();
  std::vector<Value> args;
  for (auto& it : m->m_its) {
    Value item;
    if (!next(it, item)) return false;
    args.push_back(std::move(item));
  }
  CallArgs ca{args.data(), args.size()};
  out = call(m->m_func, ca);
  return true;
}

// ---- filter(function or None, iterable) ---------------------------------------------------------
struct FilterObject : Object {
  Value m_func;  // None: keep truthy items
  Value m_it;
  explicit FilterObject(TypeObject* t) : Object(t) {}
};

Value filter_new(TypeObject* cls, CallArgs& a) {
  no_keywords(a, "filter");
  if (a.nargs != 2) throw_type_error("filter expected 2 arguments, got " + std::to_string(a.nargs));
  auto* f = new FilterObject(cls);
  Value r(f);
  f->m_func = a[0];
  f->m_it = get_iter(a[1]);
  return r;
}

bool filter_next(const Value& self, Value& out) {
  auto* f = self.as<FilterObject>();
  Value item;
  while (next(f->m_it, item)) {
    bool keep = f->m_func.is_none() ? truthy(item) : truthy(call(f->m_func, {item}));
    if (keep) {
      out = item;
      return true;
    }
  }
  return false;
}

// ---- reversed(seq) ------------------------------------------------------------------------------
// Walks a sequence backwards by index (lists re-check their length, as CPython's does).
struct ReversedObject : Object {
  Value m_seq;
  int64_t m_index;  // next index to produce; -1 when done
  explicit ReversedObject(TypeObject* t) : Object(t) {}
};

Value reversed_new(TypeObject* cls, CallArgs& a) {
  no_keywords(a, "reversed");
  if (a.nargs != 1) throw_type_error("reversed expected 1 argument, got " + std::to_string(a.nargs));
  const Value& seq = a[0];
  TypeObject* t = type_of(seq);
  static StrObject* s_rev = intern("__reversed__");
  static StrObject* s_getitem = intern("__getitem__");
  static StrObject* s_len = intern("__len__");
  if (!type_lookup_user(t, s_rev).is_null()) return call_method(seq, "__reversed__");
  if (is_dict(seq) || t == g_dict_keys_type || t == g_dict_values_type || t == g_dict_items_type) {
    std::vector<Value> items = items_of(seq);
    std::reverse(items.begin(), items.end());
    return get_iter(make_list(std::move(items)));
  }
  if (t == g_range_type) {
    auto* r = seq.as<RangeObject>();
    int64_t n = r->length();
    Value rr(new RangeObject(r->m_start + (n - 1) * r->m_step, r->m_start - r->m_step, -r->m_step));
    if (n == 0) rr = Value(new RangeObject(0, 0, 1));
    return get_iter(rr);
  }
  bool has_getitem = t->m_slots.getitem || !type_lookup_user(t, s_getitem).is_null();
  bool has_len = t->m_slots.len || !type_lookup_user(t, s_len).is_null();
  if (!has_getitem || !has_len || is_set_like_type(t) || t == g_type_type)
    throw_type_error("'" + t->m_name + "' object is not reversible");
  auto* r = new ReversedObject(is_list(seq) && t == g_list_type ? s_list_reverse_type : cls);
  Value out(r);
  r->m_seq = seq;
  r->m_index = len(seq) - 1;
  return out;
}

bool reversed_next(const Value& self, Value& out) {
  auto* r = self.as<ReversedObject>();
  if (r->m_index < 0) return false;
  if (is_list(r->m_seq)) {
    auto& items = as_list(r->m_seq)->m_items;
    if (r->m_index >= int64_t(items.size())) {
      r->m_index = -1;
      r->m_seq = Value::none();
      return false;
    }
    out = items[size_t(r->m_index--)];
    return true;
  }
  try {
    out = getitem(r->m_seq, Value::integer(r->m_index--));
  } catch (PyException& e) {
    if (e.matches(g_IndexError) || e.matches(g_StopIteration)) {
      r->m_index = -1;
      return false;
    }
    throw;
  }
  return true;
}

// ---- iter(callable, sentinel) ------------------------------------------------------------------
struct CallableIterObject : Object {
  Value m_func;      // Null once exhausted
  Value m_sentinel;
  explicit CallableIterObject(TypeObject* t) : Object(t) {}
};

bool callable_iter_next(const Value& self, Value& out) {
  auto* c = self.as<CallableIterObject>();
  if (c->m_func.is_null()) return false;
  Value v = call(c->m_func, {});
  if (eq(v, c->m_sentinel)) {
    c->m_func = Value();
    return false;
  }
  out = v;
  return true;
}

// ---- anext(it, default) -------------------------------------------------------------------------
// An awaitable whose iterator forwards send/throw to the __anext__ awaitable and turns its
// StopAsyncIteration into StopIteration(default).
struct AnextObject : Object {
  Value m_awaitable;
  Value m_iter;  // the awaitable's iterator (Null until first use)
  Value m_default;
  explicit AnextObject(TypeObject* t) : Object(t) {}
};

Value anext_inner(AnextObject* o) {
  if (o->m_iter.is_null()) {
    static StrObject* s_await = intern("__await__");
    TypeObject* t = type_of(o->m_awaitable);
    if (t != g_coroutine_type && !type_lookup(t, s_await).is_null())
      o->m_iter = call_method(o->m_awaitable, "__await__");
    else
      o->m_iter = o->m_awaitable;
  }
  return o->m_iter;
}

template <class F>
Value anext_forward(AnextObject* o, F f) {
  try {
    return f(anext_inner(o));
  } catch (PyException& e) {
    if (e.matches(g_StopAsyncIteration)) throw_stop_iteration(o->m_default);
    throw;
  }
}

Value anext_send(CallArgs& a) {
  a.check_method("send", 1, 1);
  Value v = a[1];
  return anext_forward(a[0].as<AnextObject>(), [&](const Value& it) { return call_method(it, "send", {v}); });
}

Value anext_throw(CallArgs& a) {
  a.check_method("throw", 1, 3);
  std::vector<Value> rest(a.args + 1, a.args + a.nargs);
  auto* o = a[0].as<AnextObject>();
  return anext_forward(o, [&](const Value& it) {
    Value m = getattr(it, "throw");
    CallArgs ca{rest.data(), rest.size()};
    return call(m, ca);
  });
}

Value anext_close(CallArgs& a) {
  auto* o = a[0].as<AnextObject>();
  if (!o->m_iter.is_null()) {
    static StrObject* s_close = intern("close");
    Value c = getattr_opt(o->m_iter, s_close);
    if (!c.is_null()) call(c, {});
  }
  return Value::none();
}

bool anext_next(const Value& self, Value& out) {
  auto* o = self.as<AnextObject>();
  out = anext_forward(o, [&](const Value& it) { return call_method(it, "send", {Value::none()}); });
  return true;
}

Value anext_await(CallArgs& a) { return a[0]; }

// `await anext(it, default)`: the awaitable's own send protocol, so that its StopIteration
// (the __anext__ result) ends the await instead of escaping as an exception.
bool anext_send_slot(const Value& self, const Value& value, Value& out) {
  auto* o = self.as<AnextObject>();
  try {
    return send_into(anext_inner(o), value, out);
  } catch (PyException& e) {
    if (!e.matches(g_StopAsyncIteration)) throw;
    out = o->m_default;
    return false;
  }
}

TypeObject* iter_type(const char* name, bool (*nx)(const Value&, Value&),
                      Value (*construct)(TypeObject*, CallArgs&)) {
  TypeObject* t = new_builtin_type(name, g_object_type, Layout::Other);
  t->m_slots.iter = self_iter;
  t->m_slots.next = nx;
  t->m_slots.construct = construct;
  return t;
}

}  // namespace

bool is_set_like_type(TypeObject* t) { return is_subtype(t, g_set_type) || is_subtype(t, g_frozenset_type) || t == g_set_type || t == g_frozenset_type; }

Value make_callable_iterator(const Value& callable, const Value& sentinel) {
  auto* c = new CallableIterObject(s_callable_iter_type);
  Value r(c);
  c->m_func = callable;
  c->m_sentinel = sentinel;
  return r;
}

Value make_anext_default(const Value& awaitable, const Value& dflt) {
  auto* o = new AnextObject(s_anext_type);
  Value r(o);
  o->m_awaitable = awaitable;
  o->m_default = dflt;
  return r;
}

void install_builtin_iterators(ModuleObject* b) {
  if (!s_enumerate_type) {
    s_enumerate_type = iter_type("enumerate", enumerate_next, enumerate_new);
    s_zip_type = iter_type("zip", zip_next, zip_new);
    s_map_type = iter_type("map", map_next, map_new);
    s_filter_type = iter_type("filter", filter_next, filter_new);
    s_reversed_type = iter_type("reversed", reversed_next, reversed_new);
    s_list_reverse_type = iter_type("list_reverseiterator", reversed_next, nullptr);
    s_callable_iter_type = iter_type("callable_iterator", callable_iter_next, nullptr);
    s_anext_type = iter_type("anext_awaitable", anext_next, nullptr);
    s_anext_type->m_slots.send = anext_send_slot;
    add_method(s_anext_type, "send", anext_send);
    add_method(s_anext_type, "throw", anext_throw);
    add_method(s_anext_type, "close", anext_close);
    add_method(s_anext_type, "__await__", anext_await);
  }
  b->set("enumerate", Value(s_enumerate_type));
  b->set("zip", Value(s_zip_type));
  b->set("map", Value(s_map_type));
  b->set("filter", Value(s_filter_type));
  b->set("reversed", Value(s_reversed_type));
}

}  // namespace ls::lang::bi
