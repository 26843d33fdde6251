// Python set and frozenset: CPython's open-addressing table layout, so iteration order matches CPython.
#pragma once
#include <vector>

#include "engine/lang/builtin_types.h"

namespace ls::lang {

// One slot of the table: empty (key Null, hash 0), dummy (key Null, m_dummy), or live.
struct SetEntry {
  Value key;
  int64_t hash = 0;
  bool dummy = false;
};

// Same probing (linear probes of 9, then perturbation), fill limit (3/5) and resizing rules
// as CPython 3.12, so "print({3, 1, 2})" and sets of short strings iterate in CPython's order.
struct SetObject : Object {
  std::vector<SetEntry> m_table;  // power-of-two size, at least 8
  size_t m_fill = 0;              // live + dummy slots
  size_t m_used = 0;              // live slots (len(s))
  uint64_t m_version = 0;         // bumped on changes ("Set changed size during iteration")

  explicit SetObject(TypeObject* type = g_set_type);
  size_t size() const { return m_used; }
  bool add(const Value& key);              // false when already present
  bool contains(const Value& key) const;
  bool discard(const Value& key);          // false when absent
  Value pop();                             // raises KeyError('pop from an empty set')
  void clear();
  // set(other_set) / s |= other: CPython's merge (copies table positions when it can).
  void merge(const SetObject* other);
  template <class F> void for_each(F f) const {
    for (const auto& e : m_table)
      if (!e.key.is_null()) f(e.key);
  }
  // Next live slot at or after 'pos'; -1 when done.
  int64_t next_slot(int64_t pos) const;
  void resize(size_t minused);
};

inline bool is_set_like(const Value& v) {
  return v.is_obj() && (is_instance(v, g_set_type) || is_instance(v, g_frozenset_type));
}
inline SetObject* as_set(const Value& v) { return v.as<SetObject>(); }
inline Value make_set() { return Value(new SetObject()); }

}  // namespace ls::lang
