// int helpers: BigInt normalization, index conversion, float conversion.
#include "engine/lang/int_object.h"

#include "engine/lang/exceptions.h"
#include "engine/lang/protocol.h"
#include "engine/lang/str_object.h"

namespace ls::lang {

Value make_int(const num::BigInt& v) {
  if (v.fits_int64()) return Value::integer(v.to_int64());
  return Value(new IntObject(v));
}

bool is_int_like(const Value& v) {
  if (v.is_int() || v.is_bool()) return true;
  return v.is_obj() && v.obj()->m_type->m_layout == Layout::Int;
}

num::BigInt to_bigint(const Value& v) {
  if (v.is_int() || v.is_bool()) return num::BigInt(v.as_int());
  return v.as<IntObject>()->m_value;
}

bool int_to_int64(const Value& v, int64_t* out) {
  if (v.is_int() || v.is_bool()) {
    *out = v.as_int();
    return true;
  }
  const num::BigInt& b = v.as<IntObject>()->m_value;
  if (!b.fits_int64()) return false;
  *out = b.to_int64();
  return true;
}

int64_t index_value(const Value& v) {
  if (v.is_int() || v.is_bool()) return v.as_int();
  if (is_int_like(v)) {
    int64_t x;
    if (!int_to_int64(v, &x)) raise_error(Err::IntTooLarge);
    return x;
  }
  static StrObject* s_index = intern("__index__");
  Value m = type_lookup_user(type_of(v), s_index);
  if (!m.is_null()) {
    Value r = call(m, {v});
    if (is_int_like(r)) return index_value(r);
    throw_type_error("__index__ returned non-int (type " + type_of(r)->m_name + ")");
  }
  raise_error(Err::NotInteger, {type_of(v)->m_name});
}

bool is_float_like(const Value& v) {
  return v.is_float() || (v.is_obj() && is_subtype(v.obj()->m_type, g_float_type));
}

double to_double(const Value& v) {
  if (v.is_float()) return v.as_float();
  if (v.is_int() || v.is_bool()) return double(v.as_int());
  if (v.is_obj() && v.obj()->m_type->m_layout == Layout::Int) {
    auto d = v.as<IntObject>()->m_value.to_double();
    if (!d) raise_error(Err::IntTooLargeForFloat);
    return *d;
  }
  if (v.is_obj() && v.obj()->m_type->m_layout == Layout::Float) return v.as<FloatObject>()->m_value;
  throw_type_error("must be real number, not " + type_of(v)->m_name);
}

}  // namespace ls::lang
