// set/frozenset: CPython 3.12's table layout (linear probing + perturbation) for identical iteration order.
#include "engine/lang/set_object.h"

#include "engine/lang/exceptions.h"
#include "engine/lang/protocol.h"
#include "engine/lang/str_object.h"

namespace ls::lang {

namespace {
constexpr size_t kMinSize = 8;
constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

inline int64_t set_hash(const Value& key) {
  if (key.is_obj() && key.obj()->m_type == g_str_type) return key.as<StrObject>()->hash();
  return hash(key);
}
inline bool same_key(const Value& a, const Value& b) {
  if (a.is(b)) return true;
  if (a.is_obj() && b.is_obj() && a.obj()->m_type == g_str_type && b.obj()->m_type == g_str_type)
    return a.as<StrObject>()->m_utf8 == b.as<StrObject>()->m_utf8;
  return eq(a, b);
}
}  // namespace

SetObject::SetObject(TypeObject* type) : Object(type), m_table(kMinSize) {}

// Places 'key' in the first empty slot of its probe sequence (no comparisons: fresh table).
static void insert_clean(std::vector<SetEntry>& table, Value key, int64_t hash) {
  size_t mask = table.size() - 1;
  size_t perturb = size_t(hash);
  size_t i = size_t(hash) & mask;
  for (;;) {
    if (table[i].key.is_null() && !table[i].dummy) break;
    bool found = false;
    if (i + kLinearProbes <= mask) {
      for (size_t j = 0; j < kLinearProbes; ++j) {
        ++i;
        if (table[i].key.is_null() && !table[i].dummy) { found = true; break; }
      }
    }
    if (found) break;
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
  table[i].key = std::move(key);
  table[i].hash = hash;
}

void SetObject::resize(size_t minused) {
  size_t newsize = kMinSize;
  while (newsize <= minused) newsize <<= 1;
  std::vector<SetEntry> old = std::move(m_table);
  m_table = std::vector<SetEntry>(newsize);
  m_fill = m_used;
  for (auto& e : old)
    if (!e.key.is_null()) insert_clean(m_table, std::move(e.key), e.hash);
}

bool SetObject::add(const Value& key) {
  int64_t hash = set_hash(key);
  for (;;) {
    size_t mask = m_table.size() - 1;
    size_t perturb = size_t(hash);
    size_t i = size_t(hash) & mask;
    SetEntry* freeslot = nullptr;
    for (;;) {
      size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
      SetEntry* entry = &m_table[i];
      bool done = false;
      for (;;) {
        if (entry->key.is_null() && !entry->dummy) { done = true; break; }
        if (!entry->key.is_null() && entry->hash == hash) {
          uint64_t version = m_version;
          Value k = entry->key;
          bool same = same_key(k, key);
          if (version != m_version) goto restart;  // mutated by __eq__
          if (same) return false;
        } else if (entry->dummy && !freeslot) {
          freeslot = entry;
        }
        if (probes-- == 0) break;
        ++entry;
      }
      if (done) {
        if (freeslot) {
          freeslot->key = key;
          freeslot->hash = hash;
          freeslot->dummy = false;
          ++m_used;
          ++m_version;
          return true;
        }
        entry->key = key;
        entry->hash = hash;
        ++m_fill;
        ++m_used;
        ++m_version;
        if (m_fill * 5 >= mask * 3) resize(m_used > 50000 ? m_used * 2 : m_used * 4);
        return true;
      }
      perturb >>= kPerturbShift;
      i = (i * 5 + 1 + perturb) & mask;
    }
  restart:;
  }
}

// Slot index of 'key' or -1.
static int64_t set_find(const SetObject* s, const Value& key, int64_t hash) {
  const auto& table = s->m_table;
  size_t mask = table.size() - 1;
  size_t perturb = size_t(hash);
  size_t i = size_t(hash) & mask;
  for (;;) {
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    size_t k = i;
    for (;;) {
      const SetEntry& e = table[k];
      if (e.key.is_null() && !e.dummy) return -1;
      if (!e.key.is_null() && e.hash == hash && same_key(e.key, key)) return int64_t(k);
      if (probes-- == 0) break;
      ++k;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

bool SetObject::contains(const Value& key) const { return set_find(this, key, set_hash(key)) >= 0; }

bool SetObject::discard(const Value& key) {
  int64_t k = set_find(this, key, set_hash(key));
  if (k < 0) return false;
  SetEntry& e = m_table[size_t(k)];
  Value old = std::move(e.key);
  e.key = Value();
  e.dummy = true;
  e.hash = -1;
  --m_used;
  ++m_version;
  return true;
}

Value SetObject::pop() {
  if (m_used == 0) throw_key_error(make_str("pop from an empty set"));
  // CPython keeps a finger; scanning from the start gives the same first pop.
  for (auto& e : m_table) {
    if (!e.key.is_null()) {
      Value k = std::move(e.key);
      e.key = Value();
      e.dummy = true;
      e.hash = -1;
      --m_used;
      ++m_version;
      return k;
    }
  }
  return Value::none();
}

void SetObject::clear() {
  std::vector<SetEntry> old = std::move(m_table);
  m_table = std::vector<SetEntry>(kMinSize);
  m_fill = m_used = 0;
  ++m_version;
}

void SetObject::merge(const SetObject* other) {
  if (other == this || other->m_used == 0) return;
  if ((m_fill + other->m_used) * 5 >= (m_table.size() - 1) * 3) resize((m_used + other->m_used) * 2);
  if (m_fill == 0 && m_table.size() == other->m_table.size() && other->m_fill == other->m_used) {
    for (size_t i = 0; i < m_table.size(); ++i) {
      if (!other->m_table[i].key.is_null()) {
        m_table[i].key = other->m_table[i].key;
        m_table[i].hash = other->m_table[i].hash;
      }
    }
    m_fill = m_used = other->m_used;
    ++m_version;
    return;
  }
  if (m_fill == 0) {
    for (const auto& e : other->m_table)
      if (!e.key.is_null()) {
        insert_clean(m_table, e.key, e.hash);
        ++m_fill;
        ++m_used;
      }
    ++m_version;
    return;
  }
  std::vector<Value> keys;
  other->for_each([&](const Value& k) { keys.push_back(k); });
  for (auto& k : keys) add(k);
}

int64_t SetObject::next_slot(int64_t pos) const {
  while (pos < int64_t(m_table.size())) {
    if (!m_table[size_t(pos)].key.is_null()) return pos;
    ++pos;
  }
  return -1;
}

}  // namespace ls::lang
