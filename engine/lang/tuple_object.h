// Python tuple: an immutable array of values.
#pragma once
#include <vector>

#include "engine/lang/builtin_types.h"

namespace ls::lang {

struct TupleObject : Object {
  std::vector<Value> m_items;  // the elements, in order
  explicit TupleObject(std::vector<Value> items, TypeObject* type = g_tuple_type)
      : Object(type), m_items(std::move(items)) {}
  size_t size() const { return m_items.size(); }
};

inline bool is_tuple(const Value& v) { return v.is_obj() && (v.obj()->m_type == g_tuple_type || is_subtype(v.obj()->m_type, g_tuple_type)); }
inline TupleObject* as_tuple(const Value& v) { return v.as<TupleObject>(); }
// A new tuple (the empty tuple is shared).
Value make_tuple(std::vector<Value> items = {});
// tuple(iterable)
Value tuple_from_iterable(const Value& iterable);

}  // namespace ls::lang
