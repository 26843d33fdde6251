// The named methods of list: append, extend, insert, pop, remove, index, count, sort, reverse, copy, clear.
#include <algorithm>

#include "engine/lang/builtins/builtin_util.h"
#include "engine/lang/builtins_install.h"

namespace ls::lang {
using namespace bi;

namespace {

std::vector<Value>& items(const CallArgs& a) { return as_list(a[0])->m_items; }

}  // namespace

// Clamps a start/stop argument of index() like a slice bound.
int64_t bi::clamp_bound(const Value& v, int64_t n, int64_t dflt) {
  if (absent(v)) return dflt;
  int64_t x;
  if (is_int_like(v) && !int_to_int64(v, &x)) x = to_bigint(v).is_negative() ? -n - 1 : n;
  else x = index_value(v);
  if (x < 0) {
    x += n;
    if (x < 0) x = 0;
  }
  return std::min(x, n);
}

namespace {

Value list_append(CallArgs& a) {
  a.check_method("append", 1, 1);
  items(a).push_back(a[1]);
  return Value::none();
}

Value list_extend(CallArgs& a) {
  a.check_method("extend", 1, 1);
  std::vector<Value> more = items_of(a[1]);
  memory_reserve_check(more.size() * sizeof(Value));
  auto& v = items(a);
  v.insert(v.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  return Value::none();
}

Value list_insert(CallArgs& a) {
  if (a.nargs - 1 != 2) throw_type_error("insert expected 2 arguments, got " + std::to_string(a.nargs - 1));
  no_keywords(a, "list.insert");
  auto& v = items(a);
  int64_t n = int64_t(v.size());
  int64_t i;
  if (is_int_like(a[1]) && !int_to_int64(a[1], &i)) i = to_bigint(a[1]).is_negative() ? -n - 1 : n;
  else i = index_value(a[1]);
  if (i < 0) i = std::max<int64_t>(0, i + n);
  i = std::min(i, n);
  v.insert(v.begin() + i, a[2]);
  return Value::none();
}

Value list_pop(CallArgs& a) {
  a.check_method("pop", 0, 1);
  auto& v = items(a);
  if (v.empty()) throw_index_error("pop from empty list");
  int64_t n = int64_t(v.size());
  int64_t i = a.nargs > 1 ? index_value(a[1]) : -1;
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw_index_error("pop index out of range");
  Value out = std::move(v[size_t(i)]);
  v.erase(v.begin() + i);
  return out;
}

Value list_remove(CallArgs& a) {
  a.check_method("remove", 1, 1);
  auto& v = items(a);
  for (size_t i = 0; i < v.size(); ++i) {
    Value item = v[i];
    if (eq(item, a[1])) {
      if (i < v.size()) v.erase(v.begin() + int64_t(i));
      return Value::none();
    }
  }
  throw_value_error("list.remove(x): x not in list");
}

Value list_index(CallArgs& a) {
  a.check_method("index", 1, 3);
  auto& v = items(a);
  int64_t n = int64_t(v.size());
  int64_t st = clamp_bound(a.nargs > 2 ? a[2] : Value(), n, 0);
  int64_t en = clamp_bound(a.nargs > 3 ? a[3] : Value(), n, n);
  for (int64_t i = st; i < en && i < int64_t(v.size()); ++i) {
    Value item = v[size_t(i)];
    if (eq(item, a[1])) return Value::integer(i);
  }
  throw_value_error(repr_string(a[1]) + " is not in list");
}

Value list_count(CallArgs& a) {
  a.check_method("count", 1, 1);
  std::vector<Value> copy = items(a);
  int64_t n = 0;
  for (const Value& x : copy)
    if (eq(x, a[1])) ++n;
  return Value::integer(n);
}

// list.sort(*, key=None, reverse=False): CPython empties the list while sorting.
Value list_sort(CallArgs& a) {
  if (a.nargs > 1) throw_type_error("sort() takes no positional arguments");
  allow_keywords(a, "sort", {"key", "reverse"});
  Value key = a.kw("key"), rev = a.kw("reverse");
  bool reverse = !rev.is_null() && truthy(rev);
  auto* l = as_list(a[0]);
  std::vector<Value> work = std::move(l->m_items);
  l->m_items.clear();
  try {
    stable_sort(work, key, reverse);
  } catch (...) {
    l->m_items = std::move(work);
    throw;
  }
  bool modified = !l->m_items.empty();
  l->m_items = std::move(work);
  if (modified) throw_value_error("list modified during sort");
  return Value::none();
}

Value list_reverse(CallArgs& a) {
  a.check_method("reverse", 0, 0);
  std::reverse(items(a).begin(), items(a).end());
  return Value::none();
}

Value list_copy(CallArgs& a) {
  a.check_method("copy", 0, 0);
  return make_list(items(a));
}

Value list_clear(CallArgs& a) {
  a.check_method("clear", 0, 0);
  std::vector<Value> old = std::move(items(a));
  items(a).clear();
  return Value::none();
}

}  // namespace

void install_list_methods() {
  TypeObject* t = g_list_type;
  add_method(t, "append", list_append);
  add_method(t, "extend", list_extend);
  add_method(t, "insert", list_insert);
  add_method(t, "pop", list_pop);
  add_method(t, "remove", list_remove);
  add_method(t, "index", list_index);
  add_method(t, "count", list_count);
  add_method(t, "sort", list_sort);
  add_method(t, "reverse", list_reverse);
  add_method(t, "copy", list_copy);
  add_method(t, "clear", list_clear);
}

}  // namespace ls::lang
