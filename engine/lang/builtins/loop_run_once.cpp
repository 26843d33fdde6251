// _loopscope.make_run_once(BaseEventLoop, heappop, _py_run_once, maximum_select_timeout,
// min_scheduled_timer_handles) -> BaseEventLoop._run_once as a native method, for
// engine/aio/base_events.py. The loop runs one pass per batch of ready callbacks; in a
// ping-pong through a Queue that is one pass per callback, and the Python method's frame was a
// fifth of the run's instructions. Its steps are those of the Python method (quoted below):
//   1. Drop cancelled timers from the top of the heap (each: _timer_cancelled_count -= 1,
//      timer._scheduled = False).
//   2. Nothing ready and not stopping: move the virtual clock to the first timer's deadline
//      (at most maximum_select_timeout ahead).
//   3. Timers due before now + _clock_resolution join the ready handles, in heap order.
//   4. self._ready becomes a new list; each ready handle not cancelled runs (Handle._run),
//      then the last callback's context is left (handle_exit). If a callback's exception gets
//      out (SystemExit, KeyboardInterrupt), the handles after it go back to the front of
//      self._ready first.
// The rare cases go to the Python method, for the whole pass: a heap that needs compacting
// (more than half of more than min_scheduled_timer_handles timers cancelled), nothing ready and
// no timer (a deadlock: it stops the run), a deadline past --max-time (it stops the run), and
// state it does not recognise (_scheduled or _ready not a list). A heap entry that is not a
// (when, seq, timer) tuple (only a program that edits loop._scheduled makes one) is a TypeError.
// base_events.py installs it only when the run is not recorded (the Python method reports each
// timer and handle to the recorder).
#include <string>

#include "engine/lang/builtins/builtins_internal.h"
#include "engine/lang/dict_object.h"
#include "engine/lang/exceptions.h"
#include "engine/lang/function_object.h"
#include "engine/lang/int_object.h"
#include "engine/lang/interp_state.h"
#include "engine/lang/interpreter.h"
#include "engine/lang/list_object.h"
#include "engine/lang/native.h"
#include "engine/lang/protocol.h"
#include "engine/lang/runtime.h"
#include "engine/lang/str_object.h"
#include "engine/lang/tuple_object.h"
#include "engine/lang/type_object.h"

namespace ls::lang {

namespace {

struct Names {
  StrObject* scheduled = intern("_scheduled");  // the loop's timer heap, and a timer's flag
  StrObject* ready = intern("_ready");
  StrObject* stopping = intern("_stopping");
  StrObject* cancelled = intern("_cancelled");
  StrObject* cancelled_count = intern("_timer_cancelled_count");
  StrObject* clock_resolution = intern("_clock_resolution");
  StrObject* run = intern("_run");
};
const Names& names() {
  static const Names n;
  return n;
}

bool is_exact_list(const Value& v) { return v.is_obj() && v.obj()->m_type == g_list_type; }

// The timer of heap entry (when, seq, timer), or Null for anything else.
const TupleObject* heap_entry(const Value& entry) {
  if (!entry.is_obj() || entry.obj()->m_type != g_tuple_type) return nullptr;
  const auto* t = entry.as<TupleObject>();
  return t->size() == 3 && t->m_items[2].is_obj() && t->m_items[2].obj()->m_dict ? t : nullptr;
}

[[noreturn]] void bad_heap() {
  throw_type_error("the event loop's timer heap holds something other than (when, seq, timer)");
}

// The first entry of the non-empty timer heap.
const TupleObject* top(const std::vector<Value>& heap) {
  const TupleObject* t = heap_entry(heap[0]);
  if (!t) bad_heap();
  return t;
}

// heappop(sched)[2], with timer._scheduled = False.
Value pop_timer(const Value& sched) {
  Value entry = call(g_state->m_run_once.heappop, {sched});
  const TupleObject* t = heap_entry(entry);
  if (!t) bad_heap();
  Value timer = t->m_items[2];
  timer.obj()->m_dict->set_str(names().scheduled, Value::boolean(false));
  return timer;
}

// Runs one ready handle: Handle._run's body directly when the handle has the native method.
void run_handle(const Value& handle) {
  if (resolves_to(handle, names().run, g_state->m_handle_run.native_run)) bi::run_handle_natively(handle);
  else call_method(handle, "_run");
}

Value run_once(CallArgs& a) {
  a.check_method("_run_once", 0, 0);
  const Value& loop = a[0];
  const InterpState::RunOnce& h = g_state->m_run_once;
  const Names& n = names();
  Value sched = stored_attr(loop, n.scheduled);
  Value ready = stored_attr(loop, n.ready);
  Value cancelled_count = stored_attr(loop, n.cancelled_count);
  if (!loop.obj()->m_dict || !is_exact_list(sched) || !is_exact_list(ready) || !cancelled_count.is_int())
    return call(h.py_run_once, a);
  DictObject* ld = loop.obj()->m_dict;
  std::vector<Value>& heap = as_list(sched)->m_items;
  // if count > _MIN_SCHEDULED_TIMER_HANDLES and self._timer_cancelled_count * 2 > count: (compact)
  const int64_t count = int64_t(heap.size());
  if (count > h.min_scheduled && cancelled_count.as_int() * 2 > count) return call(h.py_run_once, a);
  // while sched and sched[0][2]._cancelled:
  //     self._timer_cancelled_count -= 1
  //     _heap_pop(sched)[2]._scheduled = False
  while (!heap.empty() && truthy(stored_attr(top(heap)->m_items[2], n.cancelled))) {
    Value c = stored_attr(loop, n.cancelled_count);
    ld->set_str(n.cancelled_count, c.is_int() ? Value::integer(c.as_int() - 1) : binary_op(BinOp::Sub, c, Value::integer(1)));
    pop_timer(sched);
  }
  // if not self._ready and not self._stopping: advance the clock to the first deadline.
  if (as_list(ready)->m_items.empty() && !truthy(stored_attr_or_getattr(loop, n.stopping))) {
    if (heap.empty()) return call(h.py_run_once, a);  // the deadlock stop
    const double now = virtual_time();
    const double when = to_double(top(heap)->m_items[0]);
    const double timeout = when - now;
    if (timeout > 0) {
      const double target = timeout < h.max_select_timeout ? when : now + h.max_select_timeout;
      if (target > run_options().max_time) return call(h.py_run_once, a);  // the time-limit stop
      if (target > virtual_time()) set_virtual_time(target);
    }
  }
  // end_time = time() + self._clock_resolution; due timers join the ready handles.
  const Value end_time = binary_op(BinOp::Add, Value::real(virtual_time()), stored_attr_or_getattr(loop, n.clock_resolution));
  std::vector<Value>& due = as_list(ready)->m_items;
  while (!heap.empty() && compare_bool(top(heap)->m_items[0], end_time, CompareOp::Lt))
    due.push_back(pop_timer(sched));
  // self._ready = []; run each handle that is not cancelled.
  ld->set_str(n.ready, make_list());
  const size_t todo = due.size();
  size_t i = 0;
  try {
    for (; i < todo; ++i) {
      Value handle = due[i];  // a callback may not touch 'ready' (detached), but keep it alive
      if (!truthy(stored_attr(handle, n.cancelled))) run_handle(handle);
    }
    bi::handle_exit();
  } catch (PyException&) {
    // self._ready = ready[i:] + self._ready  (i already past the handle that raised)
    std::vector<Value> rest(due.begin() + std::ptrdiff_t(std::min(i + 1, todo)), due.begin() + std::ptrdiff_t(todo));
    Value now_ready = stored_attr(loop, n.ready);
    if (is_exact_list(now_ready))
      for (const Value& v : as_list(now_ready)->m_items) rest.push_back(v);
    ld->set_str(n.ready, make_list(std::move(rest)));
    throw;
  }
  return Value::none();
}

}  // namespace

Value bi::ls_make_run_once(CallArgs& a) {
  a.check("make_run_once", 5, 5);
  TypeObject* loop = maker_class(a, "make_run_once", "the loop class");
  InterpState::RunOnce& h = g_state->m_run_once;
  h.heappop = a[1];
  h.py_run_once = a[2];
  h.max_select_timeout = to_double(a[3]);
  h.min_scheduled = index_value(a[4]);
  return Value(new MethodDescriptorObject("_run_once", run_once, MethodKind::Method, loop));
}

}  // namespace ls::lang
