// _loopscope_trace: native hooks called by engine/aio/*.py when tracing() is true. Each hook
// turns one asyncio state change into events (docs/trace.md lists which hook sends what).
#include "engine/trace/vm/trace_module.h"

#include <unordered_map>

#include "engine/lang/builtin_types.h"
#include "engine/lang/deque_object.h"
#include "engine/lang/exceptions.h"
#include "engine/lang/function_object.h"
#include "engine/lang/module_object.h"
#include "engine/lang/native.h"
#include "engine/lang/protocol.h"
#include "engine/lang/runtime.h"
#include "engine/lang/str_object.h"
#include "engine/lang/tuple_object.h"
#include "engine/lang/type_object.h"
#include "engine/trace/recorder.h"
#include "engine/trace/vm/line_tracker.h"

namespace ls::trace {

using namespace ls::lang;

namespace {

Recorder* g_recorder = nullptr;
// Lock waiter future -> the task blocked on it (for "lock handed to"); an entry goes when the
// lock is handed to it.
std::unordered_map<Ref, Ref> g_waiter_task;
std::uint32_t g_prim_numbers[9] = {};

// The object's id in the recording. asyncio's objects all have an instance dict, which keeps
// the id in a field of its own: invisible to the program, and no dict entry to add or find.
Ref id_of(const Value& obj) {
  return obj.is_obj() && obj.obj()->m_dict ? Ref(obj.obj()->m_dict->m_trace_id) : 0;
}

void set_id(const Value& obj, Ref r) {
  if (obj.is_obj() && obj.obj()->m_dict) obj.obj()->m_dict->m_trace_id = std::uint32_t(r);
}

// Attribute read for the hooks: asyncio keeps its state (_state, _name, _when...) in the
// instance __dict__, so that is tried first (at the entry where this call site found the name
// last time); then the full lookup (Null when missing).
Value attr(const Value& obj, StrObject* name, std::uint32_t& hint) {
  Value v = stored_attr(obj, name, &hint);
  return v.is_null() ? getattr_opt(obj, name) : v;
}
// attr(obj, "name") with the name interned once per call site, and the site's dict hint.
#define attr(obj, lit)                                                                   \
  attr((obj), [] { static StrObject* s_name = intern(lit); return s_name; }(),          \
       []() -> std::uint32_t& { static thread_local std::uint32_t s_hint = UINT32_MAX; return s_hint; }())

// repr() without running program code: builtin values and exceptions are shown, instances of
// program classes as <Name object> (a user __repr__ could print or have side effects).
std::string safe_repr(const Value& v) {
  if (v.is_int()) return std::to_string(v.as_int());
  if (!v.is_obj()) return repr_string(v);
  TypeObject* t = type_of(v);
  std::string out;
  if (is_instance(v, g_BaseException)) {
    out = repr_string(v);
  } else if (t->m_heap) {
    out = "<" + t->m_name + " object>";
  } else {
    bool simple = t == g_str_type || t == g_list_type || t == g_tuple_type || t == g_dict_type || t == g_set_type ||
                  t == g_int_type || t == g_float_type;
    out = simple ? repr_string(v) : "<" + t->m_name + " object>";
  }
  if (out.size() > 120) out = out.substr(0, 117) + "...";
  return out;
}

std::string callable_name(const Value& cb) {
  // Bound methods and functions directly (the common callbacks), anything else by attributes.
  Value f = cb;
  if (f.is_obj() && f.obj()->m_type == g_method_type) f = f.as<BoundMethodObject>()->m_func;
  if (f.is_obj() && f.obj()->m_type == g_function_type) {
    const Value& q = f.as<FunctionObject>()->m_qualname;
    if (is_str(q)) return std::string(str_view(q));
  }
  Value v = attr(cb, "__qualname__");
  if (v.is_null() || !is_str(v)) v = attr(cb, "__name__");
  if (!v.is_null() && is_str(v)) return std::string(str_view(v));
  return type_of(cb)->m_name;
}

// The object a bound-method callback belongs to (Null for plain functions).
Value callback_self(const Value& cb) {
  if (cb.is_obj() && cb.obj()->m_type == g_method_type) return cb.as<BoundMethodObject>()->m_self;
  if (cb.is_obj() && cb.obj()->m_type == g_function_type) return Value();
  return attr(cb, "__self__");
}

Value none() { return Value::none(); }

// Starts following future 'f' (not followed yet), shown as 'label'.
Ref follow_future(const Value& f, std::string_view label) {
  Ref r = g_recorder->new_ref(RefKind::Future);
  set_id(f, r);
  g_recorder->emit(EventKind::FutureCreated, r, g_recorder->intern(label), g_recorder->current_task());
  return r;
}

Ref ensure_future(const Value& f, std::string_view label) {
  Ref r = id_of(f);
  return r ? r : follow_future(f, label);
}

// handle(h, callback, args, is_timer): a handle was queued (call_soon) or a timer pushed (call_at).
Value t_handle(CallArgs& a) {
  a.check("handle", 4, 4);
  if (!g_recorder) return none();
  Ref h = g_recorder->new_ref(RefKind::Handle);
  set_id(a[0], h);
  Ref target = 0;
  Value self = callback_self(a[1]);
  if (!self.is_null()) target = id_of(self);
  if (!target && a[2].is_obj() && type_of(a[2]) == g_tuple_type && !a[2].as<TupleObject>()->m_items.empty())
    target = id_of(a[2].as<TupleObject>()->m_items[0]);
  StrId name = g_recorder->intern(callable_name(a[1]));
  if (truthy(a[3])) {
    Value when = attr(a[0], "_when");
    double w = when.is_float() ? when.as_float() : when.is_int() ? double(when.as_int()) : 0.0;
    g_recorder->emit_time(EventKind::TimerAdded, h, name, target, w);
  } else {
    g_recorder->emit(EventKind::HandleScheduled, h, name, target);
  }
  return none();
}

Value simple_handle_event(CallArgs& a, const char* fname, EventKind kind) {
  a.check(fname, 1, 1);
  if (!g_recorder) return none();
  Ref h = id_of(a[0]);
  if (h) g_recorder->emit(kind, h);
  return none();
}
Value t_run(CallArgs& a) { return simple_handle_event(a, "run", EventKind::HandleRunBegin); }
Value t_run_end(CallArgs& a) { return simple_handle_event(a, "run_end", EventKind::HandleRunEnd); }
Value t_fired(CallArgs& a) { return simple_handle_event(a, "fired", EventKind::TimerFired); }

// cancel_handle(h): Handle.cancel / TimerHandle.cancel.
Value t_cancel_handle(CallArgs& a) {
  a.check("cancel_handle", 1, 1);
  if (!g_recorder) return none();
  Ref h = id_of(a[0]);
  if (h) g_recorder->emit(attr(a[0], "_when").is_null() ? EventKind::HandleCancelled : EventKind::TimerCancelled, h);
  return none();
}

Value t_loop_pass(CallArgs& a) {
  a.check("loop_pass", 1, 1);
  if (g_recorder) g_recorder->emit(EventKind::LoopPass, std::uint32_t(a[0].as_int()));
  return none();
}

Value t_loop_closed(CallArgs& a) {
  a.check("loop_closed", 0, 0);
  if (g_recorder) g_recorder->emit(EventKind::LoopClosed);
  return none();
}

// task(task, coro_name, eager): a Task was made.
Value t_task(CallArgs& a) {
  a.check("task", 3, 3);
  if (!g_recorder) return none();
  Ref t = g_recorder->new_ref(RefKind::Task);
  set_id(a[0], t);
  Value name = attr(a[0], "_name");
  g_recorder->emit(EventKind::TaskCreated, t, g_recorder->intern(is_str(name) ? str_view(name) : "?"),
                   g_recorder->current_task(), g_recorder->intern(is_str(a[1]) ? str_view(a[1]) : "?"),
                   truthy(a[2]) ? 1 : 0);
  return none();
}

Value t_renamed(CallArgs& a) {
  a.check("renamed", 1, 1);
  if (!g_recorder) return none();
  Ref t = id_of(a[0]);
  Value name = attr(a[0], "_name");
  if (t && is_str(name)) g_recorder->emit(EventKind::TaskRenamed, t, g_recorder->intern(str_view(name)));
  return none();
}

// step(task, exc): the task's coroutine is resumed (exc: None or the exception thrown in).
Value t_step(CallArgs& a) {
  a.check("step", 2, 2);
  if (!g_recorder) return none();
  Ref t = id_of(a[0]);
  if (!t) return none();
  StrId thrown = a[1].is_none() ? 0 : g_recorder->intern(type_of(a[1])->m_name);
  g_recorder->emit(EventKind::TaskStepBegan, t, thrown);
  g_recorder->push_task(t);
  if (thrown && type_of(a[1])->m_name == "CancelledError") g_recorder->emit(EventKind::CancelDelivered, t);
  return none();
}

// step_end(task): the step is over; report how (suspended on what and where, or finished).
Value t_step_end(CallArgs& a) {
  a.check("step_end", 1, 1);
  if (!g_recorder) return none();
  const Value& task = a[0];
  Ref t = id_of(task);
  if (!t) return none();
  g_recorder->pop_task(t);
  Value state = attr(task, "_state");
  std::string_view st = is_str(state) ? str_view(state) : "";
  if (st == "PENDING") {
    Value waiter = attr(task, "_fut_waiter");
    Ref awaits = 0;
    if (!waiter.is_null() && !waiter.is_none()) awaits = ensure_future(waiter, type_of(waiter)->m_name);
    Value coro = attr(task, "_coro");
    AwaitLocation where = await_location(coro);
    g_recorder->emit(EventKind::TaskSuspended, t, awaits, std::uint32_t(where.found ? where.line : 0),
                     g_recorder->intern(where.co_name));
  }
  // A finished task's outcome was reported by future_done, before its callbacks were queued.
  return none();
}

// cancel(task, msg): cancel() was called on a pending task (after counting the request).
Value t_cancel(CallArgs& a) {
  a.check("cancel", 2, 2);
  if (!g_recorder) return none();
  Ref t = id_of(a[0]);
  if (!t) return none();
  Value n = attr(a[0], "_num_cancels_requested");
  StrId msg = a[1].is_none() ? 0 : g_recorder->intern(is_str(a[1]) ? std::string(str_view(a[1])) : safe_repr(a[1]));
  g_recorder->emit(EventKind::CancelRequested, t, g_recorder->current_task(), msg,
                   std::uint64_t(n.is_int() ? n.as_int() : 0));
  return none();
}

Value t_uncancel(CallArgs& a) {
  a.check("uncancel", 1, 1);
  if (!g_recorder) return none();
  Ref t = id_of(a[0]);
  Value n = attr(a[0], "_num_cancels_requested");
  if (t) g_recorder->emit(EventKind::Uncancelled, t, 0, 0, std::uint64_t(n.is_int() ? n.as_int() : 0));
  return none();
}

// future(f, label): follow this future from now on, shown as 'label'.
Value t_future(CallArgs& a) {
  a.check("future", 2, 2);
  if (g_recorder && !id_of(a[0])) ensure_future(a[0], is_str(a[1]) ? str_view(a[1]) : "future");
  return none();
}

// chain(f, on): f completes when 'on' does (gather children, shield).
Value t_chain(CallArgs& a) {
  a.check("chain", 2, 2);
  if (!g_recorder) return none();
  Ref f = id_of(a[0]);
  Ref on = id_of(a[1]);
  if (!on) on = ensure_future(a[1], type_of(a[1])->m_name);
  if (f) g_recorder->emit(EventKind::FutureChained, f, on);
  return none();
}

// future_done(f): a followed future got its result / exception / was cancelled.
Value t_future_done(CallArgs& a) {
  a.check("future_done", 1, 1);
  if (!g_recorder) return none();
  Ref f = id_of(a[0]);
  if (!f) return none();
  Value state = attr(a[0], "_state");
  std::string_view st = is_str(state) ? str_view(state) : "";
  if (ref_kind(f) == RefKind::Task) {
    if (st == "CANCELLED") {
      Value msg = attr(a[0], "_cancel_message");
      g_recorder->emit(EventKind::TaskCancelled, f, is_str(msg) ? g_recorder->intern(str_view(msg)) : 0);
    } else {
      Value exc = attr(a[0], "_exception");
      if (!exc.is_null() && !exc.is_none())
        g_recorder->emit(EventKind::TaskRaised, f, g_recorder->intern(safe_repr(exc)));
      else
        g_recorder->emit(EventKind::TaskDone, f, g_recorder->intern(safe_repr(attr(a[0], "_result"))));
    }
    return none();
  }
  if (ref_kind(f) != RefKind::Future) return none();
  Outcome o = Outcome::Result;
  StrId text = 0;
  if (st == "CANCELLED") {
    o = Outcome::Cancelled;
  } else {
    Value exc = attr(a[0], "_exception");
    if (!exc.is_null() && !exc.is_none()) {
      o = Outcome::Exception;
      text = g_recorder->intern(safe_repr(exc));
    } else {
      text = g_recorder->intern(safe_repr(attr(a[0], "_result")));
    }
  }
  g_recorder->emit(EventKind::FutureDone, f, text, 0, 0, std::uint8_t(o));
  return none();
}

// The primitive's id, announcing it (PrimCreated) at first sight.
Ref ensure_prim(const Value& p, PrimKind kind) {
  Ref r = id_of(p);
  if (r) return r;
  r = g_recorder->new_ref(RefKind::Prim);
  set_id(p, r);
  std::string label = std::string(prim_kind_name(kind)) + " " + std::to_string(++g_prim_numbers[int(kind)]);
  std::int64_t value = 0;
  std::uint32_t limit = 0;
  if (kind == PrimKind::Semaphore || kind == PrimKind::BoundedSemaphore) {
    Value v = attr(p, "_value");
    value = v.is_int() ? v.as_int() : 0;
    Value b = attr(p, "_bound_value");
    limit = b.is_int() ? std::uint32_t(b.as_int()) : 0;
  } else if (kind == PrimKind::Queue || kind == PrimKind::PriorityQueue || kind == PrimKind::LifoQueue) {
    Value m = attr(p, "_maxsize");
    limit = m.is_int() ? std::uint32_t(m.as_int()) : 0;
  } else if (kind == PrimKind::Event) {
    value = truthy(attr(p, "_value")) ? 1 : 0;
  }
  g_recorder->emit(EventKind::PrimCreated, r, g_recorder->intern(label), limit, std::uint64_t(value), std::uint8_t(kind));
  return r;
}

PrimKind kind_arg(const Value& v) { return PrimKind(v.is_int() ? v.as_int() : 0); }

// acquired(lock): the running task holds the lock.
Value t_acquired(CallArgs& a) {
  a.check("acquired", 1, 1);
  if (g_recorder) g_recorder->emit(EventKind::LockAcquired, ensure_prim(a[0], PrimKind::Lock), g_recorder->current_task());
  return none();
}

// The front of a lock's FIFO (Lock._waiters, a deque or None) if its future is still pending:
// the waiter release() wakes.
Value front_waiter_if_pending(const Value& lock) {
  Value waiters = attr(lock, "_waiters");
  if (!is_deque(waiters)) return Value();
  const auto& items = as_deque(waiters)->m_items;
  if (items.empty()) return Value();
  Value state = attr(items.front(), "_state");
  return is_str(state) && str_view(state) == "PENDING" ? items.front() : Value();
}

// released(lock): the lock was released; its first pending waiter (if any) is woken.
Value t_released(CallArgs& a) {
  a.check("released", 1, 1);
  if (!g_recorder) return none();
  Ref woken = 0;
  if (Ref f = id_of(front_waiter_if_pending(a[0]))) {
    auto it = g_waiter_task.find(f);
    if (it != g_waiter_task.end()) {
      woken = it->second;
      g_waiter_task.erase(it);  // a future is handed the lock once
    }
  }
  g_recorder->emit(EventKind::LockReleased, ensure_prim(a[0], PrimKind::Lock), g_recorder->current_task(), woken);
  return none();
}

// waiting(prim, kind, future, role): the running task blocks on the primitive.
Value t_waiting(CallArgs& a) {
  a.check("waiting", 4, 4);
  if (!g_recorder) return none();
  static constexpr std::string_view labels[] = {"acquire", "wait", "get", "put"};
  PrimKind kind = kind_arg(a[1]);
  Ref p = ensure_prim(a[0], kind);
  std::int64_t role = a[3].is_int() ? a[3].as_int() : 0;
  Ref f = id_of(a[2]);  // the label is built only for a future seen for the first time
  if (!f) f = follow_future(a[2], std::string(prim_kind_name(kind)) + "." + std::string(labels[role & 3]));
  Ref t = g_recorder->current_task();
  if (kind == PrimKind::Lock) g_waiter_task[f] = t;  // read when the lock is released
  g_recorder->emit(EventKind::PrimWaiting, p, t, f, 0, std::uint8_t(role & 3));
  return none();
}

// semaphore(sem, kind, released): the counter changed.
Value t_semaphore(CallArgs& a) {
  a.check("semaphore", 3, 3);
  if (!g_recorder) return none();
  Ref p = ensure_prim(a[0], kind_arg(a[1]));
  Value v = attr(a[0], "_value");
  g_recorder->emit(EventKind::SemaphoreChanged, p, g_recorder->current_task(), 0,
                   std::uint64_t(v.is_int() ? v.as_int() : 0), truthy(a[2]) ? 1 : 0);
  return none();
}

// event(ev): set() or clear() changed the flag.
Value t_event(CallArgs& a) {
  a.check("event", 1, 1);
  if (!g_recorder) return none();
  Ref p = ensure_prim(a[0], PrimKind::Event);
  g_recorder->emit(EventKind::EventChanged, p, g_recorder->current_task(), 0, 0, truthy(attr(a[0], "_value")) ? 1 : 0);
  return none();
}

// notified(cond, n).
Value t_notified(CallArgs& a) {
  a.check("notified", 2, 2);
  if (!g_recorder) return none();
  Ref p = ensure_prim(a[0], PrimKind::Condition);
  g_recorder->emit(EventKind::ConditionNotified, p, g_recorder->current_task(), std::uint32_t(a[1].is_int() ? a[1].as_int() : 0));
  return none();
}

// queue(q, kind, item, put): an item went in (put) or out; the size is read from q._queue.
Value t_queue(CallArgs& a) {
  a.check("queue", 4, 4);
  if (!g_recorder) return none();
  Ref p = ensure_prim(a[0], kind_arg(a[1]));
  // The size after the change: the length of the queue's storage (not a qsize() override).
  Value items = attr(a[0], "_queue");
  std::int64_t size = items.is_obj() ? len(items) : 0;
  g_recorder->emit(EventKind::QueueChanged, p, g_recorder->current_task(), std::uint32_t(size),
                   g_recorder->intern(safe_repr(a[2])), truthy(a[3]) ? 1 : 0);
  return none();
}

Value t_tracing(CallArgs& a) {
  a.check("tracing", 0, 0);
  return Value::boolean(g_recorder != nullptr);
}

}  // namespace

void set_active_recorder(Recorder* recorder) {
  g_recorder = recorder;
  g_waiter_task.clear();
  for (auto& n : g_prim_numbers) n = 0;
  g_trace_sink = recorder;
  reset_line_tracker();
  if (recorder) recorder->set_clock_source([](void*) { return virtual_time(); });
}

Recorder* active_recorder() { return g_recorder; }

ModuleObject* create_module_loopscope_trace() {
  ModuleObject* m = new_module("_loopscope_trace");
  add_function(m, "tracing", t_tracing);
  add_function(m, "handle", t_handle);
  add_function(m, "run", t_run);
  add_function(m, "run_end", t_run_end);
  add_function(m, "fired", t_fired);
  add_function(m, "cancel_handle", t_cancel_handle);
  add_function(m, "loop_pass", t_loop_pass);
  add_function(m, "loop_closed", t_loop_closed);
  add_function(m, "task", t_task);
  add_function(m, "renamed", t_renamed);
  add_function(m, "step", t_step);
  add_function(m, "step_end", t_step_end);
  add_function(m, "cancel", t_cancel);
  add_function(m, "uncancel", t_uncancel);
  add_function(m, "future", t_future);
  add_function(m, "chain", t_chain);
  add_function(m, "future_done", t_future_done);
  add_function(m, "acquired", t_acquired);
  add_function(m, "released", t_released);
  add_function(m, "waiting", t_waiting);
  add_function(m, "semaphore", t_semaphore);
  add_function(m, "event", t_event);
  add_function(m, "notified", t_notified);
  add_function(m, "queue", t_queue);
  return m;
}

}  // namespace ls::trace
