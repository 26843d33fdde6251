// Small helpers shared by the builtins files: type names, argument conversion, keyword checks.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "engine/lang/builtin_types.h"
#include "engine/lang/dict_object.h"
#include "engine/lang/exceptions.h"
#include "engine/lang/int_object.h"
#include "engine/lang/list_object.h"
#include "engine/lang/native.h"
#include "engine/lang/protocol.h"
#include "engine/lang/str_object.h"
#include "engine/lang/tuple_object.h"

namespace ls::lang::bi {

// type(v).__name__
inline const std::string& tname(const Value& v) { return type_of(v)->m_name; }

// True when 'v' is a type object (a class).
inline bool is_type(const Value& v) { return v.is_obj() && is_instance(v, g_type_type); }
inline TypeObject* as_type(const Value& v) { return v.as<TypeObject>(); }

// Null or None
inline bool absent(const Value& v) { return v.is_null() || v.is_none(); }

// Raises "<fname>() takes no keyword arguments" when keywords were passed.
void no_keywords(const CallArgs& a, const char* fname);
// Raises "'<kw>' is an invalid keyword argument for <fname>()" for any keyword not in 'allowed'.
void allow_keywords(const CallArgs& a, const char* fname, std::initializer_list<const char*> allowed);

// An int argument that must be an int (or __index__); CPython's TypeError otherwise.
int64_t arg_index(const Value& v);
// A str argument: raises "<what> must be str, not <type>" when it is not.
std::string_view arg_str(const Value& v, std::string_view what);
// Collects the items of any iterable (fast path for list/tuple).
std::vector<Value> items_of(const Value& iterable);

// Stable sort of 'items' by Python '<' (with optional key function and reverse), the
// result of list.sort/sorted. On an exception 'items' is left unchanged.
void stable_sort(std::vector<Value>& items, const Value& key, bool reverse);

// The code points of a str (for non-ASCII slicing/searching).
std::u32string to_u32(std::string_view utf8);
std::string from_u32(std::u32string_view s);

// A start/stop argument of index(): None/absent gives 'dflt', negatives count from the end,
// the result is clamped to [0, n].
int64_t clamp_bound(const Value& v, int64_t n, int64_t dflt);

// True when the call passed keyword 'name'.
inline bool has_kw(const CallArgs& a, std::string_view name) { return !a.kw(name).is_null(); }

}  // namespace ls::lang::bi
