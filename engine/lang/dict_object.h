// Python dict: insertion-ordered hash table with a fast path for interned-string keys.
#pragma once
#include <vector>

#include "engine/lang/builtin_types.h"
#include "engine/lang/str_object.h"

namespace ls::lang {

// Bumped whenever any type namespace changes (validates the attribute lookup cache).
extern uint64_t g_type_epoch;

struct DictEntry {
  Value key;     // Null for a deleted entry (skipped by iteration)
  Value value;
  int64_t hash;
};

struct DictObject : Object {
  std::vector<DictEntry> m_entries;  // in insertion order, with holes (Null keys) after deletes
  std::vector<int32_t> m_index;      // open-addressing table: -1 empty, -2 deleted, else entry index
  size_t m_used = 0;                 // live entries (len(d))
  uint64_t m_version = 0;            // bumped on every change of the key set ("changed size during iteration")
  bool m_type_dict = false;          // the namespace of a type: changes invalidate the lookup cache
  uint32_t m_trace_id = 0;           // a recorded run's id for the object owning this instance dict
  uint64_t m_mutations = 0;          // bumped by every store or delete (validates LOAD_GLOBAL caches)
  // One bit per key, chosen by bits 32-37 of its hash (the index uses the low bits): a key whose
  // bit is clear is not in the dict, which answers most misses (and most inserts of a new key)
  // without probing. Bits of deleted keys stay set until the index is rebuilt.
  uint64_t m_key_bloom = 0;
  static uint64_t bloom_bit(int64_t hash) { return uint64_t(1) << ((uint64_t(hash) >> 32) & 63); }

  explicit DictObject(TypeObject* type = g_dict_type);

  size_t size() const { return m_used; }
  // d[key] or Null when absent (no __missing__); may raise from __hash__/__eq__.
  Value get(const Value& key) const;
  Value get(StrObject* key) const;                 // interned or not
  Value get(std::string_view key) const;           // convenience for C++ callers
  void set(const Value& key, Value value);
  void set(std::string_view key, Value value);     // key becomes an interned str
  // Removes 'key'; returns the old value or Null when absent.
  Value remove(const Value& key);
  bool contains(const Value& key) const { return !get(key).is_null(); }
  void clear();
  // Room for 'n' keys in an empty dict (no regrowth while they are added).
  void reserve(size_t n);
  // Calls f(key, value) for each live entry in order (do not mutate the dict inside 'f').
  template <class F> void for_each(F f) const {
    for (const auto& e : m_entries)
      if (!e.key.is_null()) f(e.key, e.value);
  }
  // Position-based iteration that survives reads: next live entry at or after 'pos'; -1 when done.
  int64_t next_entry(int64_t pos) const;

  // Inline-cache lookups by a str key (attribute sites): 'hint' is the entry index where this
  // site found its name last time. Instances of one class fill their dicts in the same order,
  // so the hint usually hits without hashing; otherwise the full probe runs and updates it.
  // The returned slot is valid until the dict next changes.
  LS_ALWAYS_INLINE Value* find_str_hinted(StrObject* key, uint32_t& hint) {
    if (Value* slot = slot_at(key, hint)) return slot;
    int64_t ix = find_str(key);
    if (ix < 0) return nullptr;
    hint = uint32_t(ix);
    return &m_entries[size_t(ix)].value;
  }
  // Replaces the value of an existing key found through the hint; false (nothing changed)
  // when the key is not there.
  LS_ALWAYS_INLINE bool replace_str_hinted(StrObject* key, Value& value, uint32_t& hint) {
    Value* slot = find_str_hinted(key, hint);
    if (!slot) return false;
    if (m_type_dict) ++g_type_epoch;
    ++m_mutations;
    *slot = std::move(value);
    return true;
  }
  // d[key] = value for an interned str key (an attribute name): the entry where stored_attr last
  // found the name (StrObject::m_attr_hint) is tried before hashing.
  LS_ALWAYS_INLINE void set_str(StrObject* key, Value value) {
    if (Value* slot = slot_at(key, key->m_attr_hint)) {
      if (m_type_dict) ++g_type_epoch;
      ++m_mutations;
      *slot = std::move(value);
      return;
    }
    set(Value(key), std::move(value));
  }
  int64_t find_str(StrObject* key) const;  // entry index or -1
  // The value of entry 'index' when its key is 'key' (by pointer: interned str), else null.
  LS_ALWAYS_INLINE Value* slot_at(StrObject* key, uint32_t index) {
    if (index >= m_entries.size()) return nullptr;
    DictEntry& e = m_entries[index];
    return e.key.is_obj() && e.key.obj() == key ? &e.value : nullptr;
  }
  // True when 'key' is not in the dict. Inline for the common miss (an instance dict that does
  // not shadow a method): the key's first probe slot is usually empty.
  LS_ALWAYS_INLINE bool lacks_str(StrObject* key) const {
    if (m_used == 0 || !(m_key_bloom & bloom_bit(key->hash()))) return true;
    if (m_index[size_t(key->hash()) & (m_index.size() - 1)] == -1) return true;
    return find_str(key) < 0;
  }

 private:
  int64_t find(const Value& key, int64_t hash) const;  // entry index or -1
  void rebuild_index(size_t capacity);
};

inline bool is_dict(const Value& v) { return v.is_obj() && (v.obj()->m_type == g_dict_type || is_subtype(v.obj()->m_type, g_dict_type)); }
inline DictObject* as_dict(const Value& v) { return v.as<DictObject>(); }
inline Value make_dict() { return Value(new DictObject()); }

}  // namespace ls::lang
