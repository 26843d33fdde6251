// The core object protocol: one function per operation (repr, str, hash, ==, <, bool, iter, next,
// getattr, call, x[k], arithmetic), honouring Python-level dunders of user classes.
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>

#include "engine/lang/builtin_types.h"
#include "engine/lang/code.h"
#include "engine/lang/native.h"

namespace ls::lang {

// ---- text --------------------------------------------------------------------------------
Value repr(const Value& v);             // repr(v): a str value
std::string repr_string(const Value& v);  // repr(v) as UTF-8
Value str(const Value& v);              // str(v)
std::string str_string(const Value& v);   // str(v) as UTF-8
// format(v, spec): __format__ of user classes, numeric/str format specs (via ls::num)
Value format(const Value& v, std::string_view spec);

// ---- identity, hashing, comparison --------------------------------------------------------
int64_t hash(const Value& v);           // raises TypeError "unhashable type: 'list'"
bool eq(const Value& a, const Value& b);    // a == b as a bool (identity first, as containers do)
// a <op> b: the rich-comparison result (any value); raises the "'<' not supported ..." TypeError.
Value compare(const Value& a, const Value& b, CompareOp op);
bool compare_bool(const Value& a, const Value& b, CompareOp op);
bool truthy(const Value& v);            // bool(v)

// ---- iteration ----------------------------------------------------------------------------
Value get_iter(const Value& v);         // iter(v)
// next(it): false when exhausted (StopIteration from a Python __next__ is absorbed).
bool next(const Value& iter, Value& out);
// Calls f(item) for each item of 'iterable'.
template <class F> void for_each(const Value& iterable, F f) {
  Value it = get_iter(iterable);
  Value item;
  while (next(it, item)) {
    f(item);
    check_memory();
  }
}
int64_t len(const Value& v);            // len(v)
bool contains(const Value& container, const Value& item);   // item in container

// ---- attributes ----------------------------------------------------------------------------
Value getattr(const Value& obj, StrObject* name);            // raises AttributeError
Value getattr(const Value& obj, std::string_view name);
Value getattr_opt(const Value& obj, StrObject* name);        // Null when missing (AttributeError absorbed)
void setattr(const Value& obj, StrObject* name, const Value& value);
// Fills the inline cache 'e' for attribute 'name' of instances of 't' (see AttrPlan): what
// LOAD_ATTR, LOAD_METHOD or STORE_ATTR may shortcut while g_type_epoch holds.
void plan_attribute(AttrCacheEntry& e, TypeObject* t, StrObject* name, AttrUse use);
// A class attribute that reads the same through every instance, with no descriptor to apply
// (None, a bool, a number, a str): what Future._state = 'PENDING' is.
inline bool is_plain_class_value(const Value& d) {
  return !d.is_null() && (!d.is_obj() || d.obj()->m_type == g_str_type || d.obj()->m_type == g_int_type);
}
// State as asyncio keeps it, read without running Python code (asyncio's natives, the recorder's
// hooks): the instance dict's entry (tried at entry 'hint' first, by default the name's own
// StrObject::m_attr_hint; see DictObject::find_str_hinted), else a plain class value
// (Future._state), else Null.
Value stored_attr(const Value& obj, StrObject* name, uint32_t* hint = nullptr);
// stored_attr, else the full lookup (AttributeError as Python would raise it).
Value stored_attr_or_getattr(const Value& obj, StrObject* name);
// True when obj.name finds 'native' (a method descriptor of obj's class, not shadowed by obj's
// instance dict): native code may then run that method's body directly instead of calling it.
bool resolves_to(const Value& obj, StrObject* name, const Value& native);
void delattr(const Value& obj, StrObject* name);
bool hasattr(const Value& obj, StrObject* name);

// ---- calls (re-entrant: native code may call Python functions) ----------------------------
Value call(const Value& callable, CallArgs& args);
Value call(const Value& callable, std::initializer_list<Value> args = {});
// obj.name(*args)
Value call_method(const Value& obj, std::string_view name, std::initializer_list<Value> args = {});
bool is_callable(const Value& v);

// ---- subscripts ----------------------------------------------------------------------------
Value getitem(const Value& obj, const Value& key);
void setitem(const Value& obj, const Value& key, const Value& value);
void delitem(const Value& obj, const Value& key);

// ---- arithmetic ------------------------------------------------------------------------------
enum class BinOp : uint8_t { Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor, Count };
enum class UnaryOp : uint8_t { Neg, Pos, Invert, Not };
const char* binop_symbol(BinOp op);       // "+", "//", ...
Value binary_op(BinOp op, const Value& a, const Value& b);   // a + b (with __radd__ fallback)
Value inplace_op(BinOp op, const Value& a, const Value& b);  // a += b (__iadd__ first)
Value unary_op(UnaryOp op, const Value& v);

// Slices: slice(start, stop, step) objects and index normalization.
struct SliceObject : Object {
  Value m_start, m_stop, m_step;   // None when omitted
  SliceObject(Value start, Value stop, Value step);
};
// Normalizes a slice against a sequence length like slice.indices(); returns the item count.
int64_t slice_indices(const SliceObject* s, int64_t length, int64_t* start, int64_t* stop, int64_t* step);

// range(start, stop, step) with int64 bounds.
struct RangeObject : Object {
  int64_t m_start, m_stop, m_step;
  RangeObject(int64_t start, int64_t stop, int64_t step);
  int64_t length() const;
};

}  // namespace ls::lang
