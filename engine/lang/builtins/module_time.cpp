// The native time module on the virtual clock: time(), monotonic(), perf_counter(), sleep(), *_ns().
// Inside _loopscope.run_in_worker, sleep() moves only the worker's own timeline.
#include <cmath>

#include "engine/lang/builtins/builtin_util.h"
#include "engine/lang/builtins/builtins_internal.h"
#include "engine/lang/builtins_install.h"
#include "engine/lang/interpreter.h"
#include "engine/lang/num/float_format.h"
#include "engine/lang/module_object.h"
#include "engine/lang/num/float_ops.h"
#include "engine/lang/runtime.h"

namespace ls::lang {
using namespace bi;

namespace {

constexpr double kEpoch = 1700000000.0;  // time.time() at virtual time 0

// Seconds a running worker has slept (a stack: workers may start workers).
std::vector<double> g_worker_elapsed;

double now() {
  double t = virtual_time();
  for (double e : g_worker_elapsed) t += e;
  return t;
}

Value ns_of(double seconds) { return make_int(num::float_round_to_int(seconds * 1e9)); }

Value time_time(CallArgs& a) { a.check("time", 0, 0); return Value::real(kEpoch + now()); }
Value time_time_ns(CallArgs& a) { a.check("time_ns", 0, 0); return ns_of(kEpoch + now()); }
Value time_monotonic(CallArgs& a) { a.check("monotonic", 0, 0); return Value::real(now()); }
Value time_monotonic_ns(CallArgs& a) { a.check("monotonic_ns", 0, 0); return ns_of(now()); }
Value time_perf_counter(CallArgs& a) { a.check("perf_counter", 0, 0); return Value::real(now()); }
Value time_perf_counter_ns(CallArgs& a) { a.check("perf_counter_ns", 0, 0); return ns_of(now()); }
// CPU time does not pass on the virtual clock.
Value time_process_time(CallArgs& a) { a.check("process_time", 0, 0); return Value::real(0.0); }

Value time_sleep(CallArgs& a) {
  a.check("sleep", 1, 1);
  const Value& v = a[0];
  if (!is_int_like(v) && !is_float_like(v))
    throw_type_error("'" + tname(v) + "' object cannot be interpreted as an integer");
  double secs = to_double(v);
  if (std::isnan(secs)) throw_value_error("Invalid value NaN (not a number)");
  if (secs < 0) throw_value_error("sleep length must be non-negative");
  if (!g_worker_elapsed.empty()) {
    g_worker_elapsed.back() += secs;
  } else {
    double target = virtual_time() + secs;
    if (target > run_options().max_time) abort_run(4, time_limit_message());
    set_virtual_time(target);
  }
  return Value::none();
}

}  // namespace

void bi::worker_begin() { g_worker_elapsed.push_back(0.0); }
double bi::worker_end() {
  double e = g_worker_elapsed.back();
  g_worker_elapsed.pop_back();
  return e;
}
bool bi::in_worker() { return !g_worker_elapsed.empty(); }
void bi::worker_set_time(double t) {
  double base = virtual_time();
  for (size_t i = 0; i + 1 < g_worker_elapsed.size(); ++i) base += g_worker_elapsed[i];
  if (t > base + g_worker_elapsed.back()) g_worker_elapsed.back() = t - base;
}

// "TimeLimitError: virtual time passed 3600 seconds" (whole seconds as an int, else repr(float)).
std::string bi::time_limit_message() {
  double m = run_options().max_time;
  std::string s = (m == std::floor(m) && std::fabs(m) < 1e15) ? std::to_string(int64_t(m)) : num::float_repr(m);
  return "TimeLimitError: virtual time passed " + s + " seconds";
}

void bi::reset_worker_clocks() { g_worker_elapsed.clear(); }
double program_time() { return now(); }

ModuleObject* create_module_time() {
  ModuleObject* m = new_module("time");
  add_function(m, "time", time_time);
  add_function(m, "time_ns", time_time_ns);
  add_function(m, "monotonic", time_monotonic);
  add_function(m, "monotonic_ns", time_monotonic_ns);
  add_function(m, "perf_counter", time_perf_counter);
  add_function(m, "perf_counter_ns", time_perf_counter_ns);
  add_function(m, "process_time", time_process_time);
  add_function(m, "sleep", time_sleep);
  return m;
}

}  // namespace ls::lang
