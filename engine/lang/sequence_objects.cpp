// list and tuple construction helpers.
#include "engine/lang/list_object.h"
#include "engine/lang/protocol.h"
#include "engine/lang/tuple_object.h"

namespace ls::lang {

Value list_from_iterable(const Value& iterable) {
  auto* l = new ListObject();
  Value result(l);
  if (is_list(iterable)) {
    l->m_items = as_list(iterable)->m_items;
  } else if (is_tuple(iterable)) {
    l->m_items = as_tuple(iterable)->m_items;
  } else {
    for_each(iterable, [&](const Value& v) { l->m_items.push_back(v); });
  }
  return result;
}

Value make_tuple(std::vector<Value> items) {
  static TupleObject* empty = nullptr;
  if (items.empty()) {
    if (!empty) {
      empty = new TupleObject({});
      make_immortal(empty);
    }
    return Value(empty);
  }
  return Value(new TupleObject(std::move(items)));
}

Value tuple_from_iterable(const Value& iterable) {
  if (iterable.is_obj() && iterable.obj()->m_type == g_tuple_type) return iterable;
  std::vector<Value> items;
  if (is_list(iterable)) items = as_list(iterable)->m_items;
  else for_each(iterable, [&](const Value& v) { items.push_back(v); });
  return make_tuple(std::move(items));
}

}  // namespace ls::lang
