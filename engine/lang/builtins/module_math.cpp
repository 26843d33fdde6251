// The native math module: constants, float functions with CPython's domain/range errors, and exact integer functions.
#include <cerrno>
#include <algorithm>
#include <cmath>

#include "engine/lang/builtins/builtin_util.h"
#include "engine/lang/builtins_install.h"
#include "engine/lang/module_object.h"
#include "engine/lang/num/bigint.h"

namespace ls::lang {
using namespace bi;
using num::BigInt;

namespace {

[[noreturn]] void domain_error() { throw_value_error("math domain error"); }
[[noreturn]] void range_error() { throw_overflow_error("math range error"); }

// A float argument: floats, ints (exactly rounded), objects with __float__ or __index__.
double arg_double(const Value& v) {
  if (v.is_float()) return v.as_float();
  if (is_int_like(v) || is_float_like(v)) return to_double(v);
  static StrObject* s_float = intern("__float__");
  static StrObject* s_index = intern("__index__");
  TypeObject* t = type_of(v);
  if (!type_lookup_user(t, s_float).is_null()) {
    Value f = call_method(v, "__float__");
    if (!is_float_like(f)) throw_type_error(t->m_name + ".__float__ returned non-float (type " + tname(f) + ")");
    return to_double(f);
  }
  if (!type_lookup_user(t, s_index).is_null()) return double(index_value(v));
  throw_type_error("must be real number, not " + t->m_name);
}

BigInt arg_int(const Value& v) {
  if (is_int_like(v)) return to_bigint(v);
  return BigInt(index_value(v));
}

// Applies a one-argument libm function with CPython's error rules: a nan result from a
// non-nan argument is a domain error; an infinite result from a finite argument is a range
// error (or a domain error for functions with poles, 'pole_is_domain').
double checked1(double x, double (*f)(double), bool pole_is_domain = false) {
  double r = f(x);
  if (std::isnan(r) && !std::isnan(x)) domain_error();
  if (std::isinf(r) && std::isfinite(x)) {
    if (pole_is_domain) domain_error();
    range_error();
  }
  return r;
}

#define MATH_FN1(pyname, cfn, pole)                       \
  Value math_##pyname(CallArgs& a) {                       \
    a.check(#pyname, 1, 1);                                \
    return Value::real(checked1(arg_double(a[0]), cfn, pole)); \
  }

double d_sqrt(double x) { return std::sqrt(x); }
double d_exp(double x) { return std::exp(x); }
double d_expm1(double x) { return std::expm1(x); }
double d_sin(double x) { return std::sin(x); }
double d_cos(double x) { return std::cos(x); }
double d_tan(double x) { return std::tan(x); }
double d_asin(double x) { return std::asin(x); }
double d_acos(double x) { return std::acos(x); }
double d_atan(double x) { return std::atan(x); }
double d_sinh(double x) { return std::sinh(x); }
double d_cosh(double x) { return std::cosh(x); }
double d_tanh(double x) { return std::tanh(x); }
double d_fabs(double x) { return std::fabs(x); }
double d_log1p(double x) { return x <= -1.0 ? NAN : std::log1p(x); }

MATH_FN1(sqrt, d_sqrt, false)
MATH_FN1(exp, d_exp, false)
MATH_FN1(expm1, d_expm1, false)
MATH_FN1(sin, d_sin, false)
MATH_FN1(cos, d_cos, false)
MATH_FN1(tan, d_tan, false)
MATH_FN1(asin, d_asin, false)
MATH_FN1(acos, d_acos, false)
MATH_FN1(atan, d_atan, false)
MATH_FN1(sinh, d_sinh, false)
MATH_FN1(cosh, d_cosh, false)
MATH_FN1(tanh, d_tanh, false)
MATH_FN1(fabs, d_fabs, false)
MATH_FN1(log1p, d_log1p, true)

// Natural log of any positive int or float (huge ints too: log(m * 2**e) = log(m) + e*log(2)).
double log_of(const Value& v) {
  if (is_int_like(v)) {
    BigInt b = to_bigint(v);
    if (b.sign() <= 0) domain_error();
    auto d = b.to_double();
    if (d) return std::log(*d);
    int64_t shift = b.bit_length() - 60;
    int e;
    double fr = std::frexp(*b.shr(uint64_t(shift)).to_double(), &e);
    return std::log(fr) + double(int64_t(e) + shift) * std::log(2.0);
  }
  double x = arg_double(v);
  if (std::isnan(x)) return x;
  if (x <= 0) domain_error();
  return std::log(x);
}

Value math_log(CallArgs& a) {
  a.check("log", 1, 2);
  double num = log_of(a[0]);
  if (a.nargs == 1) return Value::real(num);
  double den = log_of(a[1]);
  if (den == 0.0) throw_zero_division("float division by zero");
  return Value::real(num / den);
}

Value math_log2(CallArgs& a) {
  a.check("log2", 1, 1);
  if (is_int_like(a[0])) {
    BigInt b = to_bigint(a[0]);
    if (b.sign() <= 0) domain_error();
    auto d = b.to_double();
    if (d) return Value::real(std::log2(*d));
    return Value::real(log_of(a[0]) / std::log(2.0));
  }
  double x = arg_double(a[0]);
  if (x <= 0) domain_error();
  return Value::real(std::log2(x));
}

Value math_log10(CallArgs& a) {
  a.check("log10", 1, 1);
  if (is_int_like(a[0])) {
    BigInt b = to_bigint(a[0]);
    if (b.sign() <= 0) domain_error();
    auto d = b.to_double();
    if (d) return Value::real(std::log10(*d));
    return Value::real(log_of(a[0]) / std::log(10.0));
  }
  double x = arg_double(a[0]);
  if (x <= 0) domain_error();
  return Value::real(std::log10(x));
}

Value math_pow(CallArgs& a) {
  a.check("pow", 2, 2);
  double x = arg_double(a[0]), y = arg_double(a[1]);
  if (x == 0.0 && y < 0 && std::isfinite(y)) domain_error();
  if (x < 0 && std::isfinite(x) && std::isfinite(y) && y != std::floor(y)) domain_error();
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) range_error();
  return Value::real(r);
}

Value math_atan2(CallArgs& a) {
  a.check("atan2", 2, 2);
  return Value::real(std::atan2(arg_double(a[0]), arg_double(a[1])));
}

Value math_copysign(CallArgs& a) {
  a.check("copysign", 2, 2);
  return Value::real(std::copysign(arg_double(a[0]), arg_double(a[1])));
}

Value math_fmod(CallArgs& a) {
  a.check("fmod", 2, 2);
  double x = arg_double(a[0]), y = arg_double(a[1]);
  if (std::isinf(x) && !std::isnan(y)) domain_error();
  if (y == 0.0 && !std::isnan(x)) domain_error();
  return Value::real(std::fmod(x, y));
}

Value math_remainder(CallArgs& a) {
  a.check("remainder", 2, 2);
  double x = arg_double(a[0]), y = arg_double(a[1]);
  if ((std::isinf(x) && !std::isnan(y)) || (y == 0.0 && !std::isnan(x))) domain_error();
  return Value::real(std::remainder(x, y));
}

Value math_modf(CallArgs& a) {
  a.check("modf", 1, 1);
  double x = arg_double(a[0]), ip;
  double fp = std::modf(x, &ip);
  return make_tuple({Value::real(fp), Value::real(ip)});
}

Value math_frexp(CallArgs& a) {
  a.check("frexp", 1, 1);
  int e;
  double m = std::frexp(arg_double(a[0]), &e);
  return make_tuple({Value::real(m), Value::integer(e)});
}

Value math_ldexp(CallArgs& a) {
  a.check("ldexp", 2, 2);
  double x = arg_double(a[0]);
  if (!is_int_like(a[1])) throw_type_error("Expected an int as second argument to ldexp.");
  int64_t e;
  if (!int_to_int64(a[1], &e)) e = to_bigint(a[1]).is_negative() ? -100000 : 100000;
  e = std::clamp<int64_t>(e, -100000, 100000);
  double r = std::ldexp(x, int(e));
  if (std::isinf(r) && std::isfinite(x)) range_error();
  return Value::real(r);
}

Value math_degrees(CallArgs& a) { a.check("degrees", 1, 1); return Value::real(arg_double(a[0]) * (180.0 / M_PI)); }
Value math_radians(CallArgs& a) { a.check("radians", 1, 1); return Value::real(arg_double(a[0]) * (M_PI / 180.0)); }

Value math_isfinite(CallArgs& a) { a.check("isfinite", 1, 1); return Value::boolean(std::isfinite(arg_double(a[0]))); }
Value math_isinf(CallArgs& a) { a.check("isinf", 1, 1); return Value::boolean(std::isinf(arg_double(a[0]))); }
Value math_isnan(CallArgs& a) { a.check("isnan", 1, 1); return Value::boolean(std::isnan(arg_double(a[0]))); }

// floor/ceil/trunc: ints unchanged, floats to int, otherwise the __floor__/__ceil__/__trunc__ dunder.
Value rounding(CallArgs& a, const char* name, const char* dunder, double (*f)(double)) {
  a.check(name, 1, 1);
  const Value& v = a[0];
  if (is_int_like(v)) return make_int(to_bigint(v));
  if (!v.is_float()) {
    StrObject* d = intern(dunder);
    if (!type_lookup(type_of(v), d).is_null() && !is_float_like(v)) return call_method(v, dunder);
    if (!is_float_like(v)) {
      if (std::string_view(name) == "trunc")
        throw_type_error("type " + tname(v) + " doesn't define __trunc__ method");
      arg_double(v);
    }
  }
  double x = f(arg_double(v));
  if (std::isinf(x)) throw_overflow_error("cannot convert float infinity to integer");
  if (std::isnan(x)) throw_value_error("cannot convert float NaN to integer");
  return make_int(BigInt::from_double(x));
}
double d_floor(double x) { return std::floor(x); }
double d_ceil(double x) { return std::ceil(x); }
double d_trunc(double x) { return std::trunc(x); }
Value math_floor(CallArgs& a) { return rounding(a, "floor", "__floor__", d_floor); }
Value math_ceil(CallArgs& a) { return rounding(a, "ceil", "__ceil__", d_ceil); }
Value math_trunc(CallArgs& a) { return rounding(a, "trunc", "__trunc__", d_trunc); }

BigInt gcd2(BigInt x, BigInt y) {
  x = x.abs();
  y = y.abs();
  while (!y.is_zero()) {
    BigInt q, r;
    BigInt::divmod(x, y, &q, &r);
    x = y;
    y = r;
  }
  return x;
}

Value math_gcd(CallArgs& a) {
  no_keywords(a, "gcd");
  BigInt g(0);
  for (size_t i = 0; i < a.nargs; ++i) g = gcd2(g, arg_int(a[i]));
  return make_int(g);
}

Value math_lcm(CallArgs& a) {
  no_keywords(a, "lcm");
  BigInt l(1);
  for (size_t i = 0; i < a.nargs; ++i) {
    BigInt x = arg_int(a[i]).abs();
    if (x.is_zero() || l.is_zero()) {
      l = BigInt(0);
      continue;
    }
    BigInt g = gcd2(l, x), q, r;
    BigInt::divmod(l, g, &q, &r);
    l = q * x;
  }
  return make_int(a.nargs == 0 ? BigInt(1) : l);
}

// Product of the integers lo..hi by binary splitting (fast for big factorials).
BigInt range_product(int64_t lo, int64_t hi) {
  if (lo > hi) return BigInt(1);
  if (hi - lo < 8) {
    BigInt p(1);
    for (int64_t i = lo; i <= hi; ++i) p = p * BigInt(i);
    return p;
  }
  int64_t mid = lo + (hi - lo) / 2;
  return range_product(lo, mid) * range_product(mid + 1, hi);
}

Value math_factorial(CallArgs& a) {
  a.check("factorial", 1, 1);
  int64_t n = index_value(a[0]);
  if (n < 0) throw_value_error("factorial() not defined for negative values");
  return make_int(range_product(2, n));
}

int64_t nonneg(const Value& v, const char* what) {
  int64_t x = index_value(v);
  if (x < 0) throw_value_error(std::string(what) + " must be a non-negative integer");
  return x;
}

Value math_perm(CallArgs& a) {
  a.check("perm", 1, 2);
  int64_t n = nonneg(a[0], "n");
  if (a.nargs == 1 || a[1].is_none()) return make_int(range_product(2, n));
  int64_t k = nonneg(a[1], "k");
  if (k > n) return Value::integer(0);
  return make_int(range_product(n - k + 1, n));
}

Value math_comb(CallArgs& a) {
  a.check("comb", 2, 2);
  int64_t n = nonneg(a[0], "n");
  int64_t k = nonneg(a[1], "k");
  if (k > n) return Value::integer(0);
  if (k > n - k) k = n - k;
  BigInt r(1);
  for (int64_t i = 1; i <= k; ++i) {
    BigInt q, rem;
    BigInt::divmod(r * BigInt(n - k + i), BigInt(i), &q, &rem);
    r = q;
  }
  return make_int(r);
}

Value math_isqrt(CallArgs& a) {
  a.check("isqrt", 1, 1);
  BigInt n = arg_int(a[0]);
  if (n.is_negative()) throw_value_error("isqrt() argument must be nonnegative");
  if (n.is_zero()) return Value::integer(0);
  // Newton's method from a power of two above the root.
  BigInt x = BigInt(1).shl(uint64_t((n.bit_length() + 1) / 2));
  while (true) {
    BigInt q, r;
    BigInt::divmod(n, x, &q, &r);
    BigInt y = (x + q).shr(1);
    if (!(y < x)) break;
    x = y;
  }
  return make_int(x);
}

// Exactly rounded sum of floats: keeps non-overlapping partial sums (Shewchuk's method).
Value math_fsum(CallArgs& a) {
  a.check("fsum", 1, 1);
  std::vector<double> partials;
  double special = 0.0, inf_sum = 0.0;
  bool has_special = false;
  for (const Value& item : items_of(a[0])) {
    double x = arg_double(item);
    if (!std::isfinite(x)) {
      if (std::isinf(x)) inf_sum += x;
      special += x;
      has_special = true;
      continue;
    }
    size_t i = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) partials[i++] = lo;
      x = hi;
    }
    if (!std::isfinite(x)) range_error();
    partials.resize(i);
    partials.push_back(x);
  }
  if (has_special) {
    if (std::isnan(inf_sum)) throw_value_error("-inf + inf in fsum");
    return Value::real(special);
  }
  double hi = 0.0;
  if (!partials.empty()) {
    size_t n = partials.size();
    hi = partials[--n];
    double lo = 0.0;
    while (n > 0) {
      double x = hi;
      double y = partials[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // Round half-even correctly when the remaining partials push the same way.
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return Value::real(hi);
}

Value math_prod(CallArgs& a) {
  static const ParamSpec spec{"prod", {"iterable", "start"}, 1, 1, 1};
  Value p[2];
  spec.bind(a, p);
  Value r = p[1].is_null() ? Value::integer(1) : p[1];
  for (const Value& x : items_of(p[0])) r = binary_op(BinOp::Mul, r, x);
  return r;
}

Value math_isclose(CallArgs& a) {
  static const ParamSpec spec{"isclose", {"a", "b", "rel_tol", "abs_tol"}, 0, 2, 2};
  Value p[4];
  spec.bind(a, p);
  double x = arg_double(p[0]), y = arg_double(p[1]);
  double rel = p[2].is_null() ? 1e-9 : arg_double(p[2]);
  double abs_tol = p[3].is_null() ? 0.0 : arg_double(p[3]);
  if (rel < 0.0 || abs_tol < 0.0) throw_value_error("tolerances must be non-negative");
  if (x == y) return Value::boolean(true);
  if (std::isinf(x) || std::isinf(y)) return Value::boolean(false);
  double diff = std::fabs(y - x);
  return Value::boolean((diff <= std::fabs(rel * y)) || (diff <= std::fabs(rel * x)) || diff <= abs_tol);
}

// Euclidean norm, scaled to avoid overflow.
double norm(const std::vector<double>& v) {
  double maxv = 0.0;
  bool nan = false;
  for (double x : v) {
    if (std::isinf(x)) return INFINITY;
    if (std::isnan(x)) nan = true;
    maxv = std::max(maxv, std::fabs(x));
  }
  if (nan) return NAN;
  if (maxv == 0.0 || v.size() <= 1) return maxv;
  if (v.size() == 2) return std::hypot(v[0], v[1]);
  std::vector<double> sq;
  for (double x : v) sq.push_back((x / maxv) * (x / maxv));
  // Accurate sum of the squares.
  long double s = 0;
  for (double x : sq) s += x;
  return maxv * double(std::sqrt(s));
}

Value math_hypot(CallArgs& a) {
  no_keywords(a, "hypot");
  std::vector<double> v;
  for (size_t i = 0; i < a.nargs; ++i) v.push_back(arg_double(a[i]));
  return Value::real(norm(v));
}

Value math_dist(CallArgs& a) {
  a.check("dist", 2, 2);
  std::vector<Value> p = items_of(a[0]), q = items_of(a[1]);
  if (p.size() != q.size()) throw_value_error("both points must have the same number of dimensions");
  std::vector<double> v;
  for (size_t i = 0; i < p.size(); ++i) v.push_back(arg_double(p[i]) - arg_double(q[i]));
  return Value::real(norm(v));
}

}  // namespace

ModuleObject* create_module_math() {
  ModuleObject* m = new_module("math");
  m->set("pi", Value::real(M_PI));
  m->set("e", Value::real(M_E));
  m->set("tau", Value::real(2 * M_PI));
  m->set("inf", Value::real(INFINITY));
  m->set("nan", Value::real(NAN));
  struct { const char* name; NativeFn fn; } fns[] = {
      {"sqrt", math_sqrt}, {"exp", math_exp}, {"expm1", math_expm1}, {"sin", math_sin}, {"cos", math_cos},
      {"tan", math_tan}, {"asin", math_asin}, {"acos", math_acos}, {"atan", math_atan}, {"sinh", math_sinh},
      {"cosh", math_cosh}, {"tanh", math_tanh}, {"fabs", math_fabs}, {"log1p", math_log1p}, {"log", math_log},
      {"log2", math_log2}, {"log10", math_log10}, {"pow", math_pow}, {"atan2", math_atan2},
      {"copysign", math_copysign}, {"fmod", math_fmod}, {"remainder", math_remainder}, {"modf", math_modf},
      {"frexp", math_frexp}, {"ldexp", math_ldexp}, {"degrees", math_degrees}, {"radians", math_radians},
      {"isfinite", math_isfinite}, {"isinf", math_isinf}, {"isnan", math_isnan}, {"floor", math_floor},
      {"ceil", math_ceil}, {"trunc", math_trunc}, {"gcd", math_gcd}, {"lcm", math_lcm},
      {"factorial", math_factorial}, {"perm", math_perm}, {"comb", math_comb}, {"isqrt", math_isqrt},
      {"fsum", math_fsum}, {"prod", math_prod}, {"isclose", math_isclose}, {"hypot", math_hypot},
      {"dist", math_dist},
  };
  for (auto& f : fns) add_function(m, f.name, f.fn);
  return m;
}

}  // namespace ls::lang
