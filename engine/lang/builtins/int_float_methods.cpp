// The named methods and attributes of int, bool and float (bit_length, real/imag, is_integer, ...).
#include <cmath>

#include "engine/lang/builtins/builtin_util.h"
#include "engine/lang/builtins_install.h"
#include "engine/lang/num/float_ops.h"
#include "engine/lang/num/int64_ops.h"

namespace ls::lang {
using namespace bi;

namespace {

// The exact int value of an int-like self (bool and subclasses become plain int).
Value int_self(const Value& v) {
  if (v.is_int()) return v;
  if (v.is_bool()) return Value::integer(v.as_int());
  return make_int(to_bigint(v));
}

Value int_bit_length(CallArgs& a) {
  a.check_method("bit_length", 0, 0);
  if (a[0].is_int() || a[0].is_bool()) return Value::integer(num::bit_length(a[0].as_int()));
  return Value::integer(to_bigint(a[0]).bit_length());
}

Value int_bit_count(CallArgs& a) {
  a.check_method("bit_count", 0, 0);
  num::BigInt b = to_bigint(a[0]).abs();
  int64_t n = 0;
  for (uint32_t limb : b.limbs()) n += __builtin_popcount(limb);
  return Value::integer(n);
}

Value int_identity(CallArgs& a) { return int_self(a[0]); }
Value int_zero(CallArgs&) { return Value::integer(0); }
Value int_one(CallArgs&) { return Value::integer(1); }
Value int_true(CallArgs&) { return Value::boolean(true); }

Value int_as_integer_ratio(CallArgs& a) {
  a.check_method("as_integer_ratio", 0, 0);
  return make_tuple({int_self(a[0]), Value::integer(1)});
}

Value int_index(CallArgs& a) {
  a.check_method("__index__", 0, 0);
  return int_self(a[0]);
}

double float_self(const Value& v) { return to_double(v); }

Value float_is_integer(CallArgs& a) {
  a.check_method("is_integer", 0, 0);
  return Value::boolean(num::float_is_integer(float_self(a[0])));
}

Value float_identity(CallArgs& a) { return Value::real(float_self(a[0])); }
Value float_zero(CallArgs&) { return Value::real(0.0); }

// float.as_integer_ratio(): the exact fraction, lowest terms, positive denominator.
Value float_as_integer_ratio(CallArgs& a) {
  a.check_method("as_integer_ratio", 0, 0);
  double x = float_self(a[0]);
  if (std::isinf(x)) throw_overflow_error("cannot convert Infinity to integer ratio");
  if (std::isnan(x)) throw_value_error("cannot convert NaN to integer ratio");
  int exp;
  double m = std::frexp(x, &exp);
  // Make the mantissa an integer.
  for (int i = 0; i < 300 && m != std::floor(m); ++i) {
    m *= 2.0;
    --exp;
  }
  num::BigInt num = num::BigInt::from_double(m), den(1);
  if (exp > 0) num = num.shl(uint64_t(exp));
  else den = den.shl(uint64_t(-exp));
  // Reduce by the common power of two.
  while (!num.is_zero() && !num.is_odd() && !den.is_odd() && !(den == num::BigInt(1))) {
    num = num.shr(1);
    den = den.shr(1);
  }
  if (num.is_zero()) den = num::BigInt(1);
  return make_tuple({make_int(num), make_int(den)});
}

Value float_trunc(CallArgs& a) {
  double x = float_self(a[0]);
  if (std::isinf(x)) throw_overflow_error("cannot convert float infinity to integer");
  if (std::isnan(x)) throw_value_error("cannot convert float NaN to integer");
  return make_int(num::BigInt::from_double(x));
}

Value float_floor(CallArgs& a) {
  double x = float_self(a[0]);
  if (std::isinf(x)) throw_overflow_error("cannot convert float infinity to integer");
  if (std::isnan(x)) throw_value_error("cannot convert float NaN to integer");
  return make_int(num::BigInt::from_double(std::floor(x)));
}

Value float_ceil(CallArgs& a) {
  double x = float_self(a[0]);
  if (std::isinf(x)) throw_overflow_error("cannot convert float infinity to integer");
  if (std::isnan(x)) throw_value_error("cannot convert float NaN to integer");
  return make_int(num::BigInt::from_double(std::ceil(x)));
}

}  // namespace

void install_int_float_methods() {
  TypeObject* i = g_int_type;
  add_method(i, "bit_length", int_bit_length);
  add_method(i, "bit_count", int_bit_count);
  add_method(i, "conjugate", int_identity);
  add_method(i, "as_integer_ratio", int_as_integer_ratio);
  add_method(i, "is_integer", int_true);
  add_method(i, "__index__", int_index);
  add_method(i, "__int__", int_index);
  add_method(i, "__trunc__", int_identity);
  add_method(i, "__floor__", int_identity);
  add_method(i, "__ceil__", int_identity);
  add_property(i, "real", int_identity);
  add_property(i, "imag", int_zero);
  add_property(i, "numerator", int_identity);
  add_property(i, "denominator", int_one);

  TypeObject* f = g_float_type;
  add_method(f, "is_integer", float_is_integer);
  add_method(f, "conjugate", float_identity);
  add_method(f, "as_integer_ratio", float_as_integer_ratio);
  add_method(f, "__trunc__", float_trunc);
  add_method(f, "__floor__", float_floor);
  add_method(f, "__ceil__", float_ceil);
  add_method(f, "__float__", float_identity);
  add_property(f, "real", float_identity);
  add_property(f, "imag", float_zero);
}

}  // namespace ls::lang
