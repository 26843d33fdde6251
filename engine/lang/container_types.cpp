// Core protocol slots and constructors of list, tuple, dict, set, frozenset, range, slice and their iterators.
#include <algorithm>

#include "engine/lang/builtin_types.h"
#include "engine/lang/container_util.h"
#include "engine/lang/dict_object.h"
#include "engine/lang/exceptions.h"
#include "engine/lang/int_object.h"
#include "engine/lang/list_object.h"
#include "engine/lang/num/hash.h"
#include "engine/lang/protocol.h"
#include "engine/lang/set_object.h"
#include "engine/lang/str_object.h"
#include "engine/lang/tuple_object.h"

namespace ls::lang {

std::string join_reprs(const std::vector<Value>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    out += repr_string(items[i]);
  }
  return out;
}

std::vector<Object*>& repr_stack() {
  static std::vector<Object*> stack;
  return stack;
}

// Lexicographic comparison of two sequences (list/list, tuple/tuple).
Value sequence_compare(const std::vector<Value>& a, const std::vector<Value>& b, CompareOp op) {
  size_t n = std::min(a.size(), b.size());
  size_t i = 0;
  for (; i < n; ++i) {
    if (!eq(a[i], b[i])) break;
  }
  if (i >= a.size() || i >= b.size()) {
    size_t x = a.size(), y = b.size();
    bool r = false;
    switch (op) {
      case CompareOp::Lt: r = x < y; break;
      case CompareOp::Le: r = x <= y; break;
      case CompareOp::Eq: r = x == y; break;
      case CompareOp::Ne: r = x != y; break;
      case CompareOp::Gt: r = x > y; break;
      case CompareOp::Ge: r = x >= y; break;
    }
    return Value::boolean(r);
  }
  if (op == CompareOp::Eq) return Value::boolean(false);
  if (op == CompareOp::Ne) return Value::boolean(true);
  return compare(a[i], b[i], op);
}

// Normalizes a possibly negative index; raises IndexError "<what> index out of range".
static size_t seq_index(const Value& key, size_t size, const char* what) {
  int64_t i = index_value(key);
  if (i < 0) i += int64_t(size);
  if (i < 0 || i >= int64_t(size)) raise_error(Err::IndexOutOfRange, {what});
  return size_t(i);
}

static std::vector<Value> slice_items(const std::vector<Value>& items, const SliceObject* s) {
  int64_t start, stop, step;
  int64_t n = slice_indices(s, int64_t(items.size()), &start, &stop, &step);
  std::vector<Value> out;
  out.reserve(size_t(n));
  for (int64_t k = 0, i = start; k < n; ++k, i += step) out.push_back(items[size_t(i)]);
  return out;
}

// ---- generic sequence iterator ---------------------------------------------------------------
struct SeqIterObject : Object {
  Value m_seq;
  size_t m_pos = 0;
  SeqIterObject(TypeObject* t, Value seq) : Object(t), m_seq(std::move(seq)) {}
};

static Value self_iter(const Value& v) { return v; }

// ---- list ------------------------------------------------------------------------------------
static Value list_repr(const Value& v) {
  ReprGuard g(v.obj());
  if (g.m_recursive) return make_str("[...]");
  std::vector<Value> items = as_list(v)->m_items;
  return make_str("[" + join_reprs(items) + "]");
}
static Value list_richcompare(const Value& a, const Value& b, CompareOp op) {
  if (!is_list(b)) return not_implemented();
  std::vector<Value> x = as_list(a)->m_items, y = as_list(b)->m_items;
  return sequence_compare(x, y, op);
}
static Value list_iter(const Value& v) { return Value(new SeqIterObject(g_list_iterator_type, v)); }
static bool list_iter_next(const Value& it, Value& out) {
  auto* s = it.as<SeqIterObject>();
  if (s->m_seq.is_null()) return false;
  auto& items = as_list(s->m_seq)->m_items;
  if (s->m_pos >= items.size()) {
    s->m_seq = Value();
    return false;
  }
  out = items[s->m_pos++];
  return true;
}
static int64_t list_len(const Value& v) { return int64_t(as_list(v)->m_items.size()); }
static Value list_getitem(const Value& v, const Value& key) {
  auto& items = as_list(v)->m_items;
  if (key.is_int()) {
    int64_t i = key.as_int();
    if (i < 0) i += int64_t(items.size());
    if (i < 0 || i >= int64_t(items.size())) raise_error(Err::IndexOutOfRange, {"list"});
    return items[size_t(i)];
  }
  if (is_instance(key, g_slice_type)) return make_list(slice_items(items, key.as<SliceObject>()));
  if (!is_int_like(key) && type_lookup_user(type_of(key), intern("__index__")).is_null())
    raise_error(Err::IndicesMustBeInt, {"list", type_of(key)->m_name});
  return items[seq_index(key, items.size(), "list")];
}
static void list_setitem(const Value& v, const Value& key, const Value& value) {
  auto& items = as_list(v)->m_items;
  if (is_instance(key, g_slice_type)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(key.as<SliceObject>(), int64_t(items.size()), &start, &stop, &step);
    if (value.is_null()) {
      std::vector<Value> keep;
      std::vector<bool> drop(items.size(), false);
      for (int64_t k = 0, i = start; k < n; ++k, i += step) drop[size_t(i)] = true;
      for (size_t i = 0; i < items.size(); ++i)
        if (!drop[i]) keep.push_back(items[i]);
      items = std::move(keep);
      return;
    }
    std::vector<Value> repl;
    for_each(value, [&](const Value& x) { repl.push_back(x); });
    if (step == 1) {
      if (stop < start) stop = start;
      items.erase(items.begin() + start, items.begin() + stop);
      items.insert(items.begin() + start, repl.begin(), repl.end());
      return;
    }
    if (int64_t(repl.size()) != n)
      throw_value_error("attempt to assign sequence of size " + std::to_string(repl.size()) +
                        " to extended slice of size " + std::to_string(n));
    for (int64_t k = 0, i = start; k < n; ++k, i += step) items[size_t(i)] = repl[size_t(k)];
    return;
  }
  if (!is_int_like(key) && type_lookup_user(type_of(key), intern("__index__")).is_null())
    raise_error(Err::IndicesMustBeInt, {"list", type_of(key)->m_name});
  int64_t i = index_value(key);
  if (i < 0) i += int64_t(items.size());
  if (i < 0 || i >= int64_t(items.size())) {
    if (value.is_null()) raise_error(Err::AssignIndexOutOfRange, {"list"});
    raise_error(Err::AssignIndexOutOfRange, {"list"});
  }
  if (value.is_null()) items.erase(items.begin() + i);
  else items[size_t(i)] = value;
}
static bool list_contains(const Value& v, const Value& x) {
  auto& items = as_list(v)->m_items;
  for (size_t i = 0; i < items.size(); ++i) {
    Value item = items[i];
    if (eq(item, x)) return true;
  }
  return false;
}
static Value list_new_method(CallArgs& a) {
  return Value(new ListObject(a[0].as<TypeObject>()));
}
static Value list_init_method(CallArgs& a) {
  static const ParamSpec spec{"list", {"iterable"}, 1, 0, 0, true};
  Value p[1];
  spec.bind(a, p);
  auto* l = as_list(a[0]);
  l->m_items.clear();
  if (!p[0].is_null()) {
    Value items = list_from_iterable(p[0]);
    l->m_items = as_list(items)->m_items;
  }
  return Value::none();
}
static Value list_construct(TypeObject* cls, CallArgs& a) {
  a.check("list", 0, 1);
  if (cls == g_list_type) return a.nargs ? list_from_iterable(a[0]) : make_list();
  Value obj(new ListObject(cls));
  return obj;
}

// ---- tuple -----------------------------------------------------------------------------------
static Value tuple_repr(const Value& v) {
  auto& items = as_tuple(v)->m_items;
  if (items.size() == 1) return make_str("(" + repr_string(items[0]) + ",)");
  ReprGuard g(v.obj());
  if (g.m_recursive) return make_str("(...)");
  return make_str("(" + join_reprs(items) + ")");
}
static int64_t tuple_hash(const Value& v) {
  auto& items = as_tuple(v)->m_items;
  std::vector<int64_t> hs;
  hs.reserve(items.size());
  for (auto& x : items) hs.push_back(hash(x));
  return num::hash_tuple(hs.data(), hs.size());
}
static Value tuple_richcompare(const Value& a, const Value& b, CompareOp op) {
  if (!is_tuple(b)) return not_implemented();
  return sequence_compare(as_tuple(a)->m_items, as_tuple(b)->m_items, op);
}
static Value tuple_iter(const Value& v) { return Value(new SeqIterObject(g_tuple_iterator_type, v)); }
static bool tuple_iter_next(const Value& it, Value& out) {
  auto* s = it.as<SeqIterObject>();
  if (s->m_seq.is_null()) return false;
  auto& items = as_tuple(s->m_seq)->m_items;
  if (s->m_pos >= items.size()) {
    s->m_seq = Value();
    return false;
  }
  out = items[s->m_pos++];
  return true;
}
static int64_t tuple_len(const Value& v) { return int64_t(as_tuple(v)->m_items.size()); }
static Value tuple_getitem(const Value& v, const Value& key) {
  auto& items = as_tuple(v)->m_items;
  if (is_instance(key, g_slice_type)) return make_tuple(slice_items(items, key.as<SliceObject>()));
  if (!is_int_like(key) && type_lookup_user(type_of(key), intern("__index__")).is_null())
    raise_error(Err::IndicesMustBeInt, {"tuple", type_of(key)->m_name});
  return items[seq_index(key, items.size(), "tuple")];
}
static bool tuple_contains(const Value& v, const Value& x) {
  for (auto& item : as_tuple(v)->m_items)
    if (eq(item, x)) return true;
  return false;
}
static Value tuple_new_impl(TypeObject* cls, CallArgs& a) {
  a.check("tuple", 0, 1);
  if (cls == g_tuple_type) return a.nargs ? tuple_from_iterable(a[0]) : make_tuple();
  std::vector<Value> items;
  if (a.nargs) for_each(a[0], [&](const Value& x) { items.push_back(x); });
  return Value(new TupleObject(std::move(items), cls));
}
static Value tuple_construct(TypeObject* cls, CallArgs& a) { return tuple_new_impl(cls, a); }
static Value tuple_new_method(CallArgs& a) {
  CallArgs rest{a.args + 1, a.nargs - 1, a.kwvalues, a.kwnames};
  return tuple_new_impl(a[0].as<TypeObject>(), rest);
}

// ---- str (sequence part) -----------------------------------------------------------------------
static Value str_iter(const Value& v) { return Value(new SeqIterObject(g_str_iterator_type, v)); }
static bool str_iter_next(const Value& it, Value& out) {
  auto* s = it.as<SeqIterObject>();
  if (s->m_seq.is_null()) return false;
  auto* str = s->m_seq.as<StrObject>();
  if (s->m_pos >= str->m_utf8.size()) {
    s->m_seq = Value();
    return false;
  }
  size_t start = s->m_pos;
  size_t end = start + 1;
  while (end < str->m_utf8.size() && (static_cast<unsigned char>(str->m_utf8[end]) & 0xC0) == 0x80) ++end;
  s->m_pos = end;
  out = make_str(std::string_view(str->m_utf8).substr(start, end - start));
  return true;
}
static int64_t str_len(const Value& v) { return v.as<StrObject>()->m_length; }
static Value str_getitem(const Value& v, const Value& key) {
  auto* s = v.as<StrObject>();
  if (is_instance(key, g_slice_type)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(key.as<SliceObject>(), s->m_length, &start, &stop, &step);
    if (s->m_ascii && step == 1) return make_str(std::string_view(s->m_utf8).substr(size_t(start), size_t(n)));
    std::string out;
    if (s->m_ascii) {
      for (int64_t k = 0, i = start; k < n; ++k, i += step) out += s->m_utf8[size_t(i)];
    } else {
      std::vector<size_t> offs;
      size_t pos = 0;
      while (pos < s->m_utf8.size()) {
        offs.push_back(pos);
        ++pos;
        while (pos < s->m_utf8.size() && (static_cast<unsigned char>(s->m_utf8[pos]) & 0xC0) == 0x80) ++pos;
      }
      offs.push_back(s->m_utf8.size());
      for (int64_t k = 0, i = start; k < n; ++k, i += step)
        out.append(s->m_utf8, offs[size_t(i)], offs[size_t(i) + 1] - offs[size_t(i)]);
    }
    return make_str(out);
  }
  if (!is_int_like(key) && type_lookup_user(type_of(key), intern("__index__")).is_null())
    raise_error(Err::StrIndicesMustBeInt, {type_of(key)->m_name});
  int64_t i = index_value(key);
  if (i < 0) i += s->m_length;
  if (i < 0 || i >= s->m_length) raise_error(Err::IndexOutOfRange, {"string"});
  return str_char_at(s, i);
}
static bool str_contains(const Value& v, const Value& x) {
  if (!is_str(x)) throw_type_error("'in <string>' requires string as left operand, not " + type_of(x)->m_name);
  return str_view(v).find(str_view(x)) != std::string_view::npos;
}
static Value str_richcompare(const Value& a, const Value& b, CompareOp op) {
  if (!is_str(b)) return not_implemented();
  int c = str_view(a).compare(str_view(b));  // UTF-8 byte order == code point order
  bool r = false;
  switch (op) {
    case CompareOp::Lt: r = c < 0; break;
    case CompareOp::Le: r = c <= 0; break;
    case CompareOp::Eq: r = c == 0; break;
    case CompareOp::Ne: r = c != 0; break;
    case CompareOp::Gt: r = c > 0; break;
    case CompareOp::Ge: r = c >= 0; break;
  }
  return Value::boolean(r);
}

// ---- dict ------------------------------------------------------------------------------------
struct DictIterObject : Object {
  Value m_dict;
  int64_t m_pos = 0;
  uint64_t m_version;
  size_t m_size;
  DictIterObject(TypeObject* t, Value d) : Object(t), m_dict(std::move(d)) {
    m_version = as_dict(m_dict)->m_version;
    m_size = as_dict(m_dict)->size();
  }
};
struct DictViewObject : Object {
  Value m_dict;
  DictViewObject(TypeObject* t, Value d) : Object(t), m_dict(std::move(d)) {}
};

static Value dict_repr(const Value& v) {
  ReprGuard g(v.obj());
  if (g.m_recursive) return make_str("{...}");
  std::vector<std::pair<Value, Value>> items;
  as_dict(v)->for_each([&](const Value& k, const Value& x) { items.emplace_back(k, x); });
  std::string out = "{";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    out += repr_string(items[i].first);
    out += ": ";
    out += repr_string(items[i].second);
  }
  return make_str(out + "}");
}
static Value dict_richcompare(const Value& a, const Value& b, CompareOp op) {
  if (!is_dict(b) || (op != CompareOp::Eq && op != CompareOp::Ne)) return not_implemented();
  auto* x = as_dict(a);
  auto* y = as_dict(b);
  bool same = x->size() == y->size();
  if (same) {
    std::vector<std::pair<Value, Value>> items;
    x->for_each([&](const Value& k, const Value& v) { items.emplace_back(k, v); });
    for (auto& [k, v] : items) {
      Value w = y->get(k);
      if (w.is_null() || !eq(v, w)) {
        same = false;
        break;
      }
    }
  }
  return Value::boolean(op == CompareOp::Eq ? same : !same);
}
static Value dict_iter(const Value& v) { return Value(new DictIterObject(g_dict_keyiterator_type, v)); }
// Advances a dict iterator; checks for size changes like CPython.
static DictEntry* dict_iter_advance(DictIterObject* it) {
  if (it->m_dict.is_null()) return nullptr;
  auto* d = as_dict(it->m_dict);
  if (d->size() != it->m_size) {
    it->m_size = size_t(-1);
    raise_error(Err::DictChangedSize);
  }
  int64_t pos = d->next_entry(it->m_pos);
  if (pos < 0) {
    it->m_dict = Value();
    return nullptr;
  }
  it->m_pos = pos + 1;
  return &d->m_entries[size_t(pos)];
}
static bool dict_keyiter_next(const Value& it, Value& out) {
  DictEntry* e = dict_iter_advance(it.as<DictIterObject>());
  if (!e) return false;
  out = e->key;
  return true;
}
static bool dict_valueiter_next(const Value& it, Value& out) {
  DictEntry* e = dict_iter_advance(it.as<DictIterObject>());
  if (!e) return false;
  out = e->value;
  return true;
}
static bool dict_itemiter_next(const Value& it, Value& out) {
  DictEntry* e = dict_iter_advance(it.as<DictIterObject>());
  if (!e) return false;
  out = make_tuple({e->key, e->value});
  return true;
}
static int64_t dict_len(const Value& v) { return int64_t(as_dict(v)->size()); }
static Value dict_getitem(const Value& v, const Value& key) {
  Value r = as_dict(v)->get(key);
  if (!r.is_null()) return r;
  if (v.obj()->m_type != g_dict_type) {
    static StrObject* s_missing = intern("__missing__");
    Value m = type_lookup_user(v.obj()->m_type, s_missing);
    if (!m.is_null()) return call(m, {v, key});
  }
  throw_key_error(key);
}
static void dict_setitem(const Value& v, const Value& key, const Value& value) {
  if (value.is_null()) {
    if (as_dict(v)->remove(key).is_null()) throw_key_error(key);
    return;
  }
  as_dict(v)->set(key, value);
}
static bool dict_contains(const Value& v, const Value& key) { return as_dict(v)->contains(key); }

// dict(mapping_or_pairs, **kw) / d.update(...)
void dict_update_from(DictObject* d, const Value& arg) {
  if (is_dict(arg)) {
    std::vector<std::pair<Value, Value>> items;
    as_dict(arg)->for_each([&](const Value& k, const Value& v) { items.emplace_back(k, v); });
    for (auto& [k, v] : items) d->set(k, v);
    return;
  }
  static StrObject* s_keys = intern("keys");
  Value keys = getattr_opt(arg, s_keys);
  if (!keys.is_null()) {
    for_each(call(keys), [&](const Value& k) { d->set(k, getitem(arg, k)); });
    return;
  }
  int64_t index = 0;
  for_each(arg, [&](const Value& pair) {
    std::vector<Value> kv;
    if (is_tuple(pair)) kv = as_tuple(pair)->m_items;
    else if (is_list(pair)) kv = as_list(pair)->m_items;
    else {
      if (!is_callable(getattr_opt(pair, intern("__iter__"))) && !is_str(pair))
        throw_type_error("cannot convert dictionary update sequence element #" + std::to_string(index) + " to a sequence");
      for_each(pair, [&](const Value& x) { kv.push_back(x); });
    }
    if (kv.size() != 2)
      throw_value_error("dictionary update sequence element #" + std::to_string(index) + " has length " +
                        std::to_string(kv.size()) + "; 2 is required");
    d->set(kv[0], kv[1]);
    ++index;
  });
}
static void dict_fill(DictObject* d, CallArgs& a, size_t first, const char* name) {
  if (a.nargs > first + 1) throw_type_error(std::string(name) + " expected at most 1 argument, got " + std::to_string(a.nargs - first));
  if (a.nargs == first + 1) dict_update_from(d, a[first]);
  for (size_t i = 0; i < a.nkw(); ++i) d->set(as_tuple(Value(a.kwnames))->m_items[i], a.kwvalues[i]);
}
static Value dict_construct(TypeObject* cls, CallArgs& a) {
  auto* d = new DictObject(cls);
  Value result(d);
  if (cls == g_dict_type) dict_fill(d, a, 0, "dict");
  return result;
}
static Value dict_new_method(CallArgs& a) { return Value(new DictObject(a[0].as<TypeObject>())); }
static Value dict_init_method(CallArgs& a) {
  dict_fill(as_dict(a[0]), a, 1, "dict");
  return Value::none();
}
static Value dict_view_repr(const Value& v) {
  auto* view = v.as<DictViewObject>();
  std::vector<Value> items;
  Value it = get_iter(v);
  Value x;
  while (next(it, x)) items.push_back(x);
  return make_str(view->m_type->m_name + "([" + join_reprs(items) + "])");
}
static int64_t dict_view_len(const Value& v) { return int64_t(as_dict(v.as<DictViewObject>()->m_dict)->size()); }
static Value dict_keys_iter(const Value& v) { return Value(new DictIterObject(g_dict_keyiterator_type, v.as<DictViewObject>()->m_dict)); }
static Value dict_values_iter(const Value& v) { return Value(new DictIterObject(g_dict_valueiterator_type, v.as<DictViewObject>()->m_dict)); }
static Value dict_items_iter(const Value& v) { return Value(new DictIterObject(g_dict_itemiterator_type, v.as<DictViewObject>()->m_dict)); }
static bool dict_keys_contains(const Value& v, const Value& k) { return as_dict(v.as<DictViewObject>()->m_dict)->contains(k); }
static bool dict_items_contains(const Value& v, const Value& kv) {
  if (!is_tuple(kv) || as_tuple(kv)->size() != 2) return false;
  Value x = as_dict(v.as<DictViewObject>()->m_dict)->get(as_tuple(kv)->m_items[0]);
  return !x.is_null() && eq(x, as_tuple(kv)->m_items[1]);
}
static Value dict_keys_method(CallArgs& a) { a.check_method("keys", 0, 0); return Value(new DictViewObject(g_dict_keys_type, a[0])); }
static Value dict_values_method(CallArgs& a) { a.check_method("values", 0, 0); return Value(new DictViewObject(g_dict_values_type, a[0])); }
static Value dict_items_method(CallArgs& a) { a.check_method("items", 0, 0); return Value(new DictViewObject(g_dict_items_type, a[0])); }
static Value dict_get_method(CallArgs& a) {
  a.check_method("get", 1, 2);
  Value r = as_dict(a[0])->get(a[1]);
  if (!r.is_null()) return r;
  return a.nargs > 2 ? a[2] : Value::none();
}
static Value dict_getitem_method(CallArgs& a) { a.check_method("__getitem__", 1, 1); return dict_getitem(a[0], a[1]); }
static Value dict_setitem_method(CallArgs& a) { a.check_method("__setitem__", 2, 2); dict_setitem(a[0], a[1], a[2]); return Value::none(); }
static Value dict_delitem_method(CallArgs& a) { a.check_method("__delitem__", 1, 1); dict_setitem(a[0], a[1], Value()); return Value::none(); }
static Value dict_contains_method(CallArgs& a) { a.check_method("__contains__", 1, 1); return Value::boolean(dict_contains(a[0], a[1])); }
static Value dict_len_method(CallArgs& a) { return Value::integer(dict_len(a[0])); }
static Value dict_iter_method(CallArgs& a) { return dict_iter(a[0]); }

// ---- set / frozenset -------------------------------------------------------------------------
struct SetIterObject : Object {
  Value m_set;
  int64_t m_pos = 0;
  size_t m_size;
  SetIterObject(Value s) : Object(g_set_iterator_type), m_set(std::move(s)) { m_size = as_set(m_set)->size(); }
};
static Value set_repr(const Value& v) {
  auto* s = as_set(v);
  bool frozen = is_instance(v, g_frozenset_type);
  const std::string& name = v.obj()->m_type->m_name;
  if (s->size() == 0) return make_str(name + "()");
  ReprGuard g(v.obj());
  if (g.m_recursive) return make_str(name + "(...)");
  std::vector<Value> items;
  s->for_each([&](const Value& k) { items.push_back(k); });
  std::string body = "{" + join_reprs(items) + "}";
  if (frozen || v.obj()->m_type != g_set_type) return make_str(name + "(" + body + ")");
  return make_str(body);
}
static bool set_subset(SetObject* a, SetObject* b) {
  if (a->size() > b->size()) return false;
  std::vector<Value> items;
  a->for_each([&](const Value& k) { items.push_back(k); });
  for (auto& k : items)
    if (!b->contains(k)) return false;
  return true;
}
static Value set_richcompare(const Value& a, const Value& b, CompareOp op) {
  if (!is_set_like(b)) return not_implemented();
  SetObject* x = as_set(a);
  SetObject* y = as_set(b);
  switch (op) {
    case CompareOp::Eq: return Value::boolean(x->size() == y->size() && set_subset(x, y));
    case CompareOp::Ne: return Value::boolean(!(x->size() == y->size() && set_subset(x, y)));
    case CompareOp::Le: return Value::boolean(set_subset(x, y));
    case CompareOp::Lt: return Value::boolean(x->size() < y->size() && set_subset(x, y));
    case CompareOp::Ge: return Value::boolean(set_subset(y, x));
    case CompareOp::Gt: return Value::boolean(y->size() < x->size() && set_subset(y, x));
  }
  return not_implemented();
}
static Value set_iter(const Value& v) { return Value(new SetIterObject(v)); }
static bool set_iter_next(const Value& it, Value& out) {
  auto* s = it.as<SetIterObject>();
  if (s->m_set.is_null()) return false;
  auto* set = as_set(s->m_set);
  if (set->size() != s->m_size) {
    s->m_size = size_t(-1);
    raise_error(Err::SetChangedSize);
  }
  int64_t pos = set->next_slot(s->m_pos);
  if (pos < 0) {
    s->m_set = Value();
    return false;
  }
  s->m_pos = pos + 1;
  out = set->m_table[size_t(pos)].key;
  return true;
}
static int64_t set_len(const Value& v) { return int64_t(as_set(v)->size()); }
static bool set_contains(const Value& v, const Value& k) {
  try {
    return as_set(v)->contains(k);
  } catch (PyException& e) {
    if (is_instance(k, g_set_type) && e.matches(g_TypeError)) {
      Value fs(new SetObject(g_frozenset_type));
      as_set(fs)->merge(as_set(k));
      return as_set(v)->contains(fs);
    }
    throw;
  }
}
static int64_t frozenset_hash(const Value& v) {
  // CPython's frozenset hash: xor of shuffled item hashes, then mixed.
  auto* s = as_set(v);
  uint64_t h = 0;
  for (auto& e : s->m_table) {
    if (e.key.is_null()) continue;
    uint64_t x = uint64_t(e.hash);
    h ^= ((x ^ 89869747UL) ^ (x << 16)) * 3644798167UL;
  }
  h ^= (uint64_t(s->size()) + 1) * 1927868237UL;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069U + 907133923UL;
  int64_t r = int64_t(h);
  if (r == -1) r = 590923713;
  return r;
}
void set_fill_from(SetObject* s, const Value& it) {
  if (is_set_like(it)) {
    s->merge(as_set(it));
    return;
  }
  if (is_dict(it)) {
    std::vector<Value> keys;
    as_dict(it)->for_each([&](const Value& k, const Value&) { keys.push_back(k); });
    for (auto& k : keys) s->add(k);
    return;
  }
  for_each(it, [&](const Value& x) { s->add(x); });
}
static Value set_construct(TypeObject* cls, CallArgs& a) {
  a.check(cls->m_name.c_str(), 0, 1);
  auto* s = new SetObject(cls);
  Value result(s);
  if (a.nargs && (cls == g_set_type || cls == g_frozenset_type)) set_fill_from(s, a[0]);
  return result;
}
static Value set_new_method(CallArgs& a) {
  TypeObject* cls = a[0].as<TypeObject>();
  auto* s = new SetObject(cls);
  Value result(s);
  if (is_subtype(cls, g_frozenset_type) && a.nargs > 1) set_fill_from(s, a[1]);
  return result;
}
static Value set_init_method(CallArgs& a) {
  a.check_method("set", 0, 1);
  if (is_instance(a[0], g_set_type)) {
    as_set(a[0])->clear();
    if (a.nargs > 1) set_fill_from(as_set(a[0]), a[1]);
  }
  return Value::none();
}

// ---- range -----------------------------------------------------------------------------------
RangeObject::RangeObject(int64_t start, int64_t stop, int64_t step)
    : Object(g_range_type), m_start(start), m_stop(stop), m_step(step) {}
int64_t RangeObject::length() const {
  if (m_step > 0) return m_start < m_stop ? (m_stop - m_start - 1) / m_step + 1 : 0;
  return m_start > m_stop ? (m_start - m_stop - 1) / (-m_step) + 1 : 0;
}
struct RangeIterObject : Object {
  int64_t m_next, m_step, m_left;
  RangeIterObject(int64_t next, int64_t step, int64_t left)
      : Object(g_range_iterator_type), m_next(next), m_step(step), m_left(left) {}
};
static Value range_construct(TypeObject*, CallArgs& a) {
  a.check("range", 1, 3);
  if (a.nargs == 1) {
    if (!is_int_like(a[0]) && type_lookup_user(type_of(a[0]), intern("__index__")).is_null())
      raise_error(Err::NotInteger, {type_of(a[0])->m_name});
    return Value(new RangeObject(0, index_value(a[0]), 1));
  }
  for (size_t i = 0; i < a.nargs; ++i)
    if (!is_int_like(a[i]) && type_lookup_user(type_of(a[i]), intern("__index__")).is_null())
      raise_error(Err::NotInteger, {type_of(a[i])->m_name});
  int64_t step = a.nargs == 3 ? index_value(a[2]) : 1;
  if (step == 0) throw_value_error("range() arg 3 must not be zero");
  return Value(new RangeObject(index_value(a[0]), index_value(a[1]), step));
}
static Value range_repr(const Value& v) {
  auto* r = v.as<RangeObject>();
  std::string s = "range(" + std::to_string(r->m_start) + ", " + std::to_string(r->m_stop);
  if (r->m_step != 1) s += ", " + std::to_string(r->m_step);
  return make_str(s + ")");
}
static Value range_iter(const Value& v) {
  auto* r = v.as<RangeObject>();
  return Value(new RangeIterObject(r->m_start, r->m_step, r->length()));
}
static bool range_iter_next(const Value& it, Value& out) {
  auto* r = it.as<RangeIterObject>();
  if (r->m_left <= 0) return false;
  --r->m_left;
  out = Value::integer(r->m_next);
  r->m_next += r->m_step;
  return true;
}
static int64_t range_len(const Value& v) { return v.as<RangeObject>()->length(); }
static Value range_getitem(const Value& v, const Value& key) {
  auto* r = v.as<RangeObject>();
  if (is_instance(key, g_slice_type)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(key.as<SliceObject>(), r->length(), &start, &stop, &step);
    int64_t nstart = r->m_start + start * r->m_step;
    int64_t nstep = r->m_step * step;
    return Value(new RangeObject(nstart, nstart + n * nstep, nstep));
  }
  int64_t i = index_value(key);
  int64_t n = r->length();
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw_index_error("range object index out of range");
  return Value::integer(r->m_start + i * r->m_step);
}
static bool range_contains(const Value& v, const Value& x) {
  auto* r = v.as<RangeObject>();
  if (x.is_int() || x.is_bool()) {
    int64_t i = x.as_int();
    if (r->m_step > 0 ? (i < r->m_start || i >= r->m_stop) : (i > r->m_start || i <= r->m_stop)) return false;
    return (i - r->m_start) % r->m_step == 0;
  }
  Value it = range_iter(v);
  Value y;
  while (range_iter_next(it, y))
    if (eq(y, x)) return true;
  return false;
}
static Value range_richcompare(const Value& a, const Value& b, CompareOp op) {
  if (!is_instance(b, g_range_type) || (op != CompareOp::Eq && op != CompareOp::Ne)) return not_implemented();
  auto* x = a.as<RangeObject>();
  auto* y = b.as<RangeObject>();
  bool same = x->length() == y->length() &&
              (x->length() == 0 || (x->m_start == y->m_start && (x->length() == 1 || x->m_step == y->m_step)));
  return Value::boolean(op == CompareOp::Eq ? same : !same);
}
static Value range_start(CallArgs& a) { return Value::integer(a[0].as<RangeObject>()->m_start); }
static Value range_stop(CallArgs& a) { return Value::integer(a[0].as<RangeObject>()->m_stop); }
static Value range_step(CallArgs& a) { return Value::integer(a[0].as<RangeObject>()->m_step); }

// ---- slice -----------------------------------------------------------------------------------
SliceObject::SliceObject(Value start, Value stop, Value step)
    : Object(g_slice_type), m_start(std::move(start)), m_stop(std::move(stop)), m_step(std::move(step)) {}

int64_t slice_indices(const SliceObject* s, int64_t length, int64_t* start, int64_t* stop, int64_t* step) {
  int64_t st = 1;
  if (!s->m_step.is_none()) {
    st = index_value(s->m_step);
    if (st == 0) throw_value_error("slice step cannot be zero");
  }
  int64_t lower = st < 0 ? -1 : 0;
  int64_t upper = st < 0 ? length - 1 : length;
  auto clamp = [&](const Value& v, int64_t dflt) {
    if (v.is_none()) return dflt;
    int64_t i;
    if (is_int_like(v) && !int_to_int64(v, &i)) i = to_bigint(v).is_negative() ? INT64_MIN / 2 : INT64_MAX / 2;
    else i = index_value(v);
    if (i < 0) {
      i += length;
      if (i < lower) i = lower;
    } else if (i > upper) {
      i = upper;
    }
    return i;
  };
  int64_t b = clamp(s->m_start, st < 0 ? upper : lower);
  int64_t e = clamp(s->m_stop, st < 0 ? lower : upper);
  *start = b;
  *stop = e;
  *step = st;
  if (st < 0) return e < b ? (b - e - 1) / (-st) + 1 : 0;
  return b < e ? (e - b - 1) / st + 1 : 0;
}
static Value slice_repr(const Value& v) {
  auto* s = v.as<SliceObject>();
  return make_str("slice(" + repr_string(s->m_start) + ", " + repr_string(s->m_stop) + ", " + repr_string(s->m_step) + ")");
}
static Value slice_construct(TypeObject*, CallArgs& a) {
  a.check("slice", 1, 3);
  if (a.nargs == 1) return Value(new SliceObject(Value::none(), a[0], Value::none()));
  return Value(new SliceObject(a[0], a[1], a.nargs == 3 ? a[2] : Value::none()));
}
static Value slice_start(CallArgs& a) { return a[0].as<SliceObject>()->m_start; }
static Value slice_stop(CallArgs& a) { return a[0].as<SliceObject>()->m_stop; }
static Value slice_step(CallArgs& a) { return a[0].as<SliceObject>()->m_step; }
static Value slice_richcompare(const Value& a, const Value& b, CompareOp op) {
  if (!is_instance(b, g_slice_type)) return not_implemented();
  auto* x = a.as<SliceObject>();
  auto* y = b.as<SliceObject>();
  return sequence_compare({x->m_start, x->m_stop, x->m_step}, {y->m_start, y->m_stop, y->m_step}, op);
}

TypeObject* iter_type(const char* name, bool (*next)(const Value&, Value&)) {
  TypeObject* t = new_builtin_type(name, g_object_type, Layout::Other);
  t->m_slots.iter = self_iter;
  t->m_slots.next = next;
  return t;
}

void init_container_types() {
  g_list_type = new_builtin_type("list", g_object_type, Layout::List);
  auto& ls = g_list_type->m_slots;
  ls.repr = list_repr;
  ls.richcompare = list_richcompare;
  ls.iter = list_iter;
  ls.len = list_len;
  ls.getitem = list_getitem;
  ls.setitem = list_setitem;
  ls.contains = list_contains;
  ls.construct = list_construct;
  ls.hash = nullptr;
  add_method(g_list_type, "__new__", list_new_method, MethodKind::StaticMethod);
  add_method(g_list_type, "__init__", list_init_method);
  g_list_iterator_type = iter_type("list_iterator", list_iter_next);

  auto& ts = g_tuple_type->m_slots;
  ts.repr = tuple_repr;
  ts.hash = tuple_hash;
  ts.richcompare = tuple_richcompare;
  ts.iter = tuple_iter;
  ts.len = tuple_len;
  ts.getitem = tuple_getitem;
  ts.contains = tuple_contains;
  ts.construct = tuple_construct;
  add_method(g_tuple_type, "__new__", tuple_new_method, MethodKind::StaticMethod);
  g_tuple_iterator_type = iter_type("tuple_iterator", tuple_iter_next);

  auto& ss = g_str_type->m_slots;
  ss.iter = str_iter;
  ss.len = str_len;
  ss.getitem = str_getitem;
  ss.contains = str_contains;
  ss.richcompare = str_richcompare;
  g_str_iterator_type = iter_type("str_ascii_iterator", str_iter_next);

  auto& ds = g_dict_type->m_slots;
  ds.repr = dict_repr;
  ds.richcompare = dict_richcompare;
  ds.iter = dict_iter;
  ds.len = dict_len;
  ds.getitem = dict_getitem;
  ds.setitem = dict_setitem;
  ds.contains = dict_contains;
  ds.construct = dict_construct;
  ds.hash = nullptr;
  add_method(g_dict_type, "__new__", dict_new_method, MethodKind::StaticMethod);
  add_method(g_dict_type, "__init__", dict_init_method);
  add_method(g_dict_type, "keys", dict_keys_method);
  add_method(g_dict_type, "values", dict_values_method);
  add_method(g_dict_type, "items", dict_items_method);
  add_method(g_dict_type, "get", dict_get_method);
  add_method(g_dict_type, "__getitem__", dict_getitem_method);
  add_method(g_dict_type, "__setitem__", dict_setitem_method);
  add_method(g_dict_type, "__delitem__", dict_delitem_method);
  add_method(g_dict_type, "__contains__", dict_contains_method);
  add_method(g_dict_type, "__len__", dict_len_method);
  add_method(g_dict_type, "__iter__", dict_iter_method);
  g_dict_keyiterator_type = iter_type("dict_keyiterator", dict_keyiter_next);
  g_dict_valueiterator_type = iter_type("dict_valueiterator", dict_valueiter_next);
  g_dict_itemiterator_type = iter_type("dict_itemiterator", dict_itemiter_next);
  g_dict_keys_type = new_builtin_type("dict_keys", g_object_type, Layout::Other);
  g_dict_values_type = new_builtin_type("dict_values", g_object_type, Layout::Other);
  g_dict_items_type = new_builtin_type("dict_items", g_object_type, Layout::Other);
  for (TypeObject* t : {g_dict_keys_type, g_dict_values_type, g_dict_items_type}) {
    t->m_slots.repr = dict_view_repr;
    t->m_slots.len = dict_view_len;
  }
  g_dict_keys_type->m_slots.iter = dict_keys_iter;
  g_dict_keys_type->m_slots.contains = dict_keys_contains;
  g_dict_values_type->m_slots.iter = dict_values_iter;
  g_dict_items_type->m_slots.iter = dict_items_iter;
  g_dict_items_type->m_slots.contains = dict_items_contains;

  g_set_type = new_builtin_type("set", g_object_type, Layout::Set);
  g_frozenset_type = new_builtin_type("frozenset", g_object_type, Layout::FrozenSet);
  for (TypeObject* t : {g_set_type, g_frozenset_type}) {
    t->m_slots.repr = set_repr;
    t->m_slots.richcompare = set_richcompare;
    t->m_slots.iter = set_iter;
    t->m_slots.len = set_len;
    t->m_slots.contains = set_contains;
    t->m_slots.construct = set_construct;
    add_method(t, "__new__", set_new_method, MethodKind::StaticMethod);
  }
  add_method(g_set_type, "__init__", set_init_method);
  g_set_type->m_slots.hash = nullptr;
  g_frozenset_type->m_slots.hash = frozenset_hash;
  g_set_iterator_type = iter_type("set_iterator", set_iter_next);

  g_range_type = new_builtin_type("range", g_object_type, Layout::Other);
  auto& rs = g_range_type->m_slots;
  rs.construct = range_construct;
  rs.repr = range_repr;
  rs.iter = range_iter;
  rs.len = range_len;
  rs.getitem = range_getitem;
  rs.contains = range_contains;
  rs.richcompare = range_richcompare;
  add_property(g_range_type, "start", range_start);
  add_property(g_range_type, "stop", range_stop);
  add_property(g_range_type, "step", range_step);
  g_range_iterator_type = iter_type("range_iterator", range_iter_next);

  g_slice_type = new_builtin_type("slice", g_object_type, Layout::Other);
  g_slice_type->m_slots.construct = slice_construct;
  g_slice_type->m_slots.repr = slice_repr;
  g_slice_type->m_slots.richcompare = slice_richcompare;
  add_property(g_slice_type, "start", slice_start);
  add_property(g_slice_type, "stop", slice_stop);
  add_property(g_slice_type, "step", slice_step);
}

}  // namespace ls::lang
