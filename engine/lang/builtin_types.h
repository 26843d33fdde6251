// The builtin type objects (int, str, list, ...) and singletons (None, NotImplemented, Ellipsis).
#pragma once
#include "engine/lang/type_object.h"

namespace ls::lang {

// Created once by init_builtin_types(); immortal. Use them to check types and to register methods:
//   if (type_of(v) == g_str_type) ...;    add_method(g_str_type, "upper", str_upper);
extern TypeObject* g_object_type;
extern TypeObject* g_type_type;
extern TypeObject* g_none_type;
extern TypeObject* g_bool_type;
extern TypeObject* g_int_type;
extern TypeObject* g_float_type;
extern TypeObject* g_str_type;
extern TypeObject* g_bytes_type;
extern TypeObject* g_list_type;
extern TypeObject* g_tuple_type;
extern TypeObject* g_dict_type;
extern TypeObject* g_set_type;
extern TypeObject* g_frozenset_type;
extern TypeObject* g_range_type;
extern TypeObject* g_slice_type;
extern TypeObject* g_function_type;          // Python functions
extern TypeObject* g_builtin_function_type;  // native functions and methods
extern TypeObject* g_method_type;            // bound methods
extern TypeObject* g_code_type;
extern TypeObject* g_cell_type;
extern TypeObject* g_module_type;
extern TypeObject* g_property_type;
extern TypeObject* g_staticmethod_type;
extern TypeObject* g_classmethod_type;
extern TypeObject* g_super_type;
extern TypeObject* g_generator_type;
extern TypeObject* g_coroutine_type;
extern TypeObject* g_async_generator_type;
extern TypeObject* g_not_implemented_type;
extern TypeObject* g_ellipsis_type;
extern TypeObject* g_traceback_type;
// iterator types of the core containers
extern TypeObject* g_list_iterator_type;
extern TypeObject* g_tuple_iterator_type;
extern TypeObject* g_str_iterator_type;
extern TypeObject* g_dict_keyiterator_type;
extern TypeObject* g_dict_valueiterator_type;
extern TypeObject* g_dict_itemiterator_type;
extern TypeObject* g_dict_keys_type;
extern TypeObject* g_dict_values_type;
extern TypeObject* g_dict_items_type;
extern TypeObject* g_set_iterator_type;
extern TypeObject* g_range_iterator_type;

extern Object* g_not_implemented;  // the NotImplemented singleton
extern Object* g_ellipsis;         // the Ellipsis singleton

inline Value not_implemented() { return Value(g_not_implemented); }
inline bool is_not_implemented(const Value& v) { return v.is_obj() && v.obj() == g_not_implemented; }

// type(v) for any value.
inline TypeObject* type_of(const Value& v) {
  switch (v.tag()) {
    case Tag::Obj: return v.obj()->m_type;
    case Tag::Int: return g_int_type;
    case Tag::Float: return g_float_type;
    case Tag::Bool: return g_bool_type;
    default: return g_none_type;
  }
}
// isinstance(v, t) without __instancecheck__.
inline bool is_instance(const Value& v, TypeObject* t) {
  TypeObject* vt = type_of(v);
  return vt == t || is_subtype(vt, t);
}

// Creates every builtin type; called once before anything else (idempotent).
void init_builtin_types();

}  // namespace ls::lang
