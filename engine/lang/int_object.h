// Python int beyond int64 (and instances of int subclasses): a heap BigInt.
#pragma once
#include "engine/lang/builtin_types.h"
#include "engine/lang/num/bigint.h"

namespace ls::lang {

// Invariant: an exact int whose value fits int64 is ALWAYS stored inline (Tag::Int); an
// IntObject of exact type int always holds a value outside int64. Instances of int subclasses
// are IntObjects whatever their value.
struct IntObject : Object {
  num::BigInt m_value;
  explicit IntObject(num::BigInt v, TypeObject* type = g_int_type) : Object(type), m_value(std::move(v)) {}
};

// Float subclass instances (class F(float)) carry their double here.
struct FloatObject : Object {
  double m_value;
  explicit FloatObject(double v, TypeObject* type) : Object(type), m_value(v) {}
};

// The int value for 'v': inline when it fits int64, else an IntObject.
Value make_int(const num::BigInt& v);
inline Value make_int(int64_t v) { return Value::integer(v); }
// True for int, bool, BigInt and int-subclass instances.
bool is_int_like(const Value& v);
// The BigInt value of an int-like (caller checks is_int_like).
num::BigInt to_bigint(const Value& v);
// int64 value of an int-like; false when it does not fit.
bool int_to_int64(const Value& v, int64_t* out);
// Index conversion (x[i], range(i)): int-likes and objects with __index__; raises TypeError
// "'<type>' object cannot be interpreted as an integer" otherwise, OverflowError if too big.
int64_t index_value(const Value& v);
// float(v) for int/float/bool values: raises OverflowError "int too large to convert to float".
double to_double(const Value& v);
bool is_float_like(const Value& v);  // float or float subclass

}  // namespace ls::lang
