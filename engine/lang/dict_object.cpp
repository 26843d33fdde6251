// dict: insertion-ordered entries plus an open-addressing index (fast path for str keys).
#include "engine/lang/dict_object.h"

#include "engine/lang/protocol.h"
#include "engine/lang/str_object.h"

namespace ls::lang {

uint64_t g_type_epoch = 1;

// Each dict starts its mutation counter in its own range, so a cache can never mistake a new
// dict allocated at a dead one's address for the old one.
static uint64_t g_dict_serial = 0;
DictObject::DictObject(TypeObject* type) : Object(type), m_mutations(++g_dict_serial << 32) {}

// Key equality as dict lookups see it: identity, then str text, then __eq__.
static inline bool keys_equal(const Value& a, const Value& b) {
  if (a.is(b)) return true;
  if (a.is_obj() && b.is_obj() && a.obj()->m_type == g_str_type && b.obj()->m_type == g_str_type) {
    auto* x = a.as<StrObject>();
    auto* y = b.as<StrObject>();
    if (x->m_interned && y->m_interned) return false;
    return x->m_utf8 == y->m_utf8;
  }
  return eq(a, b);
}

static inline int64_t key_hash(const Value& key) {
  if (key.is_obj() && key.obj()->m_type == g_str_type) return key.as<StrObject>()->hash();
  return hash(key);
}

int64_t DictObject::find(const Value& key, int64_t h) const {
  if (m_index.empty() || !(m_key_bloom & bloom_bit(h))) return -1;
  size_t mask = m_index.size() - 1;
  size_t perturb = size_t(h);
  size_t i = size_t(h) & mask;
  for (;;) {
    int32_t ix = m_index[i];
    if (ix == -1) return -1;
    if (ix >= 0) {
      const DictEntry& e = m_entries[size_t(ix)];
      if (e.hash == h && keys_equal(e.key, key)) return ix;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

Value DictObject::get(const Value& key) const {
  if (m_used == 0) {
    key_hash(key);  // still raise for unhashable keys
    return Value();
  }
  int64_t ix = find(key, key_hash(key));
  return ix < 0 ? Value() : m_entries[size_t(ix)].value;
}

int64_t DictObject::find_str(StrObject* key) const {
  if (m_used == 0) return -1;
  int64_t h = key->hash();
  if (!(m_key_bloom & bloom_bit(h))) return -1;
  // Fast scan for an identical interned key before the general comparison.
  size_t mask = m_index.size() - 1;
  size_t perturb = size_t(h);
  size_t i = size_t(h) & mask;
  for (;;) {
    int32_t ix = m_index[i];
    if (ix == -1) return -1;
    if (ix >= 0) {
      const DictEntry& e = m_entries[size_t(ix)];
      if (e.hash == h) {
        if (e.key.is_obj() && e.key.obj() == key) return ix;
        if (keys_equal(e.key, Value(key))) return ix;
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

Value DictObject::get(StrObject* key) const {
  int64_t ix = find_str(key);
  return ix < 0 ? Value() : m_entries[size_t(ix)].value;
}

Value DictObject::get(std::string_view key) const { return get(intern(key)); }

void DictObject::reserve(size_t n) {
  if (!m_entries.empty() || n == 0) return;
  m_entries.reserve(n);
  rebuild_index(n);
}

void DictObject::rebuild_index(size_t capacity) {
  // Compact entries (drop holes), then rebuild the index.
  if (m_used != m_entries.size()) {
    std::vector<DictEntry> live;
    live.reserve(m_used);
    for (auto& e : m_entries)
      if (!e.key.is_null()) live.push_back(std::move(e));
    m_entries = std::move(live);
  }
  size_t size = 8;
  while (size < capacity * 3 / 2 + 1) size <<= 1;
  m_index.assign(size, -1);
  size_t mask = size - 1;
  m_key_bloom = 0;
  for (size_t k = 0; k < m_entries.size(); ++k) {
    m_key_bloom |= bloom_bit(m_entries[k].hash);
    size_t perturb = size_t(m_entries[k].hash);
    size_t i = perturb & mask;
    while (m_index[i] != -1) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    m_index[i] = int32_t(k);
  }
}

void DictObject::set(const Value& key, Value value) {
  if (m_type_dict) ++g_type_epoch;
  ++m_mutations;
  int64_t h = key_hash(key);
  int64_t ix = find(key, h);  // a new key usually has its filter bit clear: no probe
  if (ix >= 0) {
    m_entries[size_t(ix)].value = std::move(value);
    return;
  }
  if ((m_entries.size() + 1) * 3 >= m_index.size() * 2) rebuild_index(m_used * 2 + 1);
  size_t mask = m_index.size() - 1;
  size_t perturb = size_t(h);
  size_t i = size_t(h) & mask;
  while (m_index[i] >= 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  m_index[i] = int32_t(m_entries.size());
  m_entries.push_back(DictEntry{key, std::move(value), h});
  m_key_bloom |= bloom_bit(h);
  ++m_used;
  ++m_version;
}

void DictObject::set(std::string_view key, Value value) { set(Value(intern(key)), std::move(value)); }

Value DictObject::remove(const Value& key) {
  if (m_type_dict) ++g_type_epoch;
  ++m_mutations;
  if (m_used == 0) {
    key_hash(key);
    return Value();
  }
  int64_t h = key_hash(key);
  size_t mask = m_index.size() - 1;
  size_t perturb = size_t(h);
  size_t i = size_t(h) & mask;
  for (;;) {
    int32_t ix = m_index[i];
    if (ix == -1) return Value();
    if (ix >= 0) {
      DictEntry& e = m_entries[size_t(ix)];
      if (e.hash == h && keys_equal(e.key, key)) {
        Value old = std::move(e.value);
        Value oldkey = std::move(e.key);
        e.key = Value();
        e.value = Value();
        m_index[i] = -2;
        --m_used;
        ++m_version;
        if (m_used == 0) {
          m_entries.clear();
          m_index.clear();
        }
        return old;
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

void DictObject::clear() {
  if (m_type_dict) ++g_type_epoch;
  ++m_mutations;
  std::vector<DictEntry> old = std::move(m_entries);
  m_entries.clear();
  m_index.clear();
  m_used = 0;
  ++m_version;
}

int64_t DictObject::next_entry(int64_t pos) const {
  while (pos < int64_t(m_entries.size())) {
    if (!m_entries[size_t(pos)].key.is_null()) return pos;
    ++pos;
  }
  return -1;
}

}  // namespace ls::lang
