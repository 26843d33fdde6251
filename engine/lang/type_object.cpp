// Type objects: construction, MRO lookup and subtype checks.
#include "engine/lang/type_object.h"

#include "engine/lang/builtin_types.h"
#include "engine/lang/dict_object.h"
#include "engine/lang/str_object.h"
#include "engine/lang/tuple_object.h"

namespace ls::lang {

TypeObject::TypeObject(const std::string& name, TypeObject* base, Layout layout)
    : Object(g_type_type), m_name(name), m_qualname(name), m_base(base), m_layout(layout) {
  m_dict = new DictObject();
  incref(m_dict);
  m_dict->m_type_dict = true;
  ++g_type_epoch;
  m_mro.push_back(this);
  if (base) {
    for (TypeObject* t : base->m_mro) m_mro.push_back(t);
    m_slots = base->m_slots;
    m_bases = make_tuple({Value(base)});
  } else {
    m_bases = make_tuple({});
  }
}

TypeObject::~TypeObject() { ++g_type_epoch; }

TypeObject* new_builtin_type(const std::string& name, TypeObject* base, Layout layout) {
  auto* t = new TypeObject(name, base, layout);
  make_immortal(t);
  t->m_module = Value(intern("builtins"));
  return t;
}

// A direct-mapped cache of MRO lookups, valid while g_type_epoch is unchanged (any change to any
// type namespace bumps it). Entries hold borrowed pointers: an unchanged epoch means the found
// object is still in its namespace, hence alive.
struct LookupCacheEntry {
  TypeObject* type;
  StrObject* name;
  uint64_t epoch;
  bool user;       // type_lookup_user rather than type_lookup
  Object* found;   // null when absent
  Value inline_v;  // found value when not a heap object (rare: ints in class bodies)
};
static LookupCacheEntry g_lookup_cache[4096];

static inline LookupCacheEntry& cache_slot(TypeObject* type, StrObject* name, bool user) {
  size_t h = ((uintptr_t(type) >> 4) ^ (uintptr_t(name) >> 3) ^ (user ? 2048 : 0)) & 4095;
  return g_lookup_cache[h];
}

static Value lookup_uncached(TypeObject* type, StrObject* name, bool user) {
  for (TypeObject* t : type->m_mro) {
    if (user && !t->m_heap) return Value();
    Value v = t->m_dict->get(name);
    if (!v.is_null()) return v;
  }
  return Value();
}

static Value lookup_cached(TypeObject* type, StrObject* name, bool user) {
  if (!name->m_interned) return lookup_uncached(type, name, user);
  LookupCacheEntry& e = cache_slot(type, name, user);
  if (e.type == type && e.name == name && e.user == user && e.epoch == g_type_epoch) {
    if (e.found) return Value(e.found);
    return e.inline_v;
  }
  uint64_t epoch = g_type_epoch;
  Value v = lookup_uncached(type, name, user);
  if (epoch != g_type_epoch) return v;  // a __eq__/__hash__ ran and changed types: do not cache
  e.type = type;
  e.name = name;
  e.user = user;
  e.epoch = epoch;
  e.found = v.is_obj() ? v.obj() : nullptr;
  e.inline_v = v.is_obj() ? Value() : v;
  return v;
}

Value type_lookup(TypeObject* type, StrObject* name) { return lookup_cached(type, name, false); }

Value type_lookup_user(TypeObject* type, StrObject* name) {
  if (!type->m_heap) return Value();
  return lookup_cached(type, name, true);
}

bool is_subtype(TypeObject* type, TypeObject* base) {
  if (type == base) return true;
  for (TypeObject* t : type->m_mro)
    if (t == base) return true;
  return false;
}

}  // namespace ls::lang
