// Python module objects (their namespace is the object's __dict__).
#pragma once
#include <string>

#include "engine/lang/builtin_types.h"
#include "engine/lang/dict_object.h"

namespace ls::lang {

struct ModuleObject : Object {
  std::string m_name;       // "asyncio.tasks"
  bool m_is_library = true; // code from the embedded library (or native); false for the program and its siblings
  explicit ModuleObject(const std::string& name);
  DictObject* dict() const { return m_dict; }
  void set(std::string_view name, Value v) { m_dict->set(name, std::move(v)); }
  Value get(std::string_view name) const { return m_dict->get(name); }
};

// A new module object with __name__ set (for native modules).
ModuleObject* new_module(const std::string& name);

}  // namespace ls::lang
