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
  m_mro.push_back(this);
  if (base) {
    for (TypeObject* t : base->m_mro) m_mro.push_back(t);
    m_slots = base->m_slots;
    m_bases = make_tuple({Value(base)});
  } else {
    m_bases = make_tuple({});
  }
}

TypeObject::~TypeObject() = default;

TypeObject* new_builtin_type(const std::string& name, TypeObject* base, Layout layout) {
  auto* t = new TypeObject(name, base, layout);
  make_immortal(t);
  t->m_module = Value(intern("builtins"));
  return t;
}

Value type_lookup(TypeObject* type, StrObject* name) {
  for (TypeObject* t : type->m_mro) {
    Value v = t->m_dict->get(name);
    if (!v.is_null()) return v;
  }
  return Value();
}

Value type_lookup_user(TypeObject* type, StrObject* name) {
  for (TypeObject* t : type->m_mro) {
    if (!t->m_heap) return Value();
    Value v = t->m_dict->get(name);
    if (!v.is_null()) return v;
  }
  return Value();
}

bool is_subtype(TypeObject* type, TypeObject* base) {
  if (type == base) return true;
  for (TypeObject* t : type->m_mro)
    if (t == base) return true;
  return false;
}

}  // namespace ls::lang
