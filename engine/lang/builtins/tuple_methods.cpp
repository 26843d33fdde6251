// The named methods of tuple: count and index.
#include "engine/lang/builtins/builtin_util.h"
#include "engine/lang/builtins_install.h"

namespace ls::lang {
using namespace bi;

namespace {

// tuple.count / tuple.index
Value tuple_count(CallArgs& a) {
  a.check_method("count", 1, 1);
  int64_t n = 0;
  for (const Value& x : as_tuple(a[0])->m_items)
    if (eq(x, a[1])) ++n;
  return Value::integer(n);
}

Value tuple_index(CallArgs& a) {
  a.check_method("index", 1, 3);
  auto& v = as_tuple(a[0])->m_items;
  int64_t n = int64_t(v.size());
  int64_t st = clamp_bound(a.nargs > 2 ? a[2] : Value(), n, 0);
  int64_t en = clamp_bound(a.nargs > 3 ? a[3] : Value(), n, n);
  for (int64_t i = st; i < en; ++i)
    if (eq(v[size_t(i)], a[1])) return Value::integer(i);
  throw_value_error("tuple.index(x): x not in tuple");
}

}  // namespace

void install_tuple_methods() {
  add_method(g_tuple_type, "count", tuple_count);
  add_method(g_tuple_type, "index", tuple_index);
}

}  // namespace ls::lang
