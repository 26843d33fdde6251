// Python list: a growable array of values.
#pragma once
#include <vector>

#include "engine/lang/builtin_types.h"

namespace ls::lang {

struct ListObject : Object {
  std::vector<Value> m_items;  // the elements, in order
  explicit ListObject(TypeObject* type = g_list_type) : Object(type) {}
  explicit ListObject(std::vector<Value> items, TypeObject* type = g_list_type)
      : Object(type), m_items(std::move(items)) {}
};

inline bool is_list(const Value& v) { return v.is_obj() && (v.obj()->m_type == g_list_type || is_subtype(v.obj()->m_type, g_list_type)); }
inline ListObject* as_list(const Value& v) { return v.as<ListObject>(); }
inline Value make_list(std::vector<Value> items = {}) { return Value(new ListObject(std::move(items))); }
// list(iterable)
Value list_from_iterable(const Value& iterable);

}  // namespace ls::lang
