// collections.deque: a double-ended queue of values with an optional maximum length (native,
// like CPython's _collections.deque; asyncio's ready queue and Queue items live in deques).
#pragma once
#include <cstdint>
#include <deque>

#include "engine/lang/builtin_types.h"

namespace ls::lang {

extern TypeObject* g_deque_type;

struct DequeObject : Object {
  std::deque<Value> m_items;
  int64_t m_maxlen = -1;  // -1: unbounded (maxlen=None)
  uint64_t m_state = 0;   // bumped by every change of length or order; iterators compare it
  explicit DequeObject(TypeObject* type) : Object(type) {}
};

inline bool is_deque(const Value& v) {
  return v.is_obj() && (v.obj()->m_type == g_deque_type || is_subtype(v.obj()->m_type, g_deque_type));
}
inline DequeObject* as_deque(const Value& v) { return v.as<DequeObject>(); }

}  // namespace ls::lang
