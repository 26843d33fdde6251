// The event loop's scheduling methods for engine/aio/base_events.py, as native methods:
//   _loopscope.make_call_soon(Handle, trace_hook)           -> BaseEventLoop.call_soon
//   _loopscope.make_call_at(TimerHandle, heappush, trace_hook) -> BaseEventLoop.call_at
// CPython writes both in Python; here every future that completes, every task that yields and
// every sleep goes through them, and their Python frames (the method, Handle.__init__ and
// TimerHandle.__init__) were a seventh of a lock-contention run's instructions. The steps are
// exactly those of the Python versions they replace (quoted above each function below); the
// handles get the fields of Handle.__init__ / TimerHandle.__init__, in the same order. The
// classes and hooks belong to the run that imported asyncio (InterpState), so nothing of one
// run outlives it.
#include <string>

#include "engine/lang/builtins/builtins_internal.h"
#include "engine/lang/exceptions.h"
#include "engine/lang/interp_state.h"
#include "engine/lang/list_object.h"
#include "engine/lang/native.h"
#include "engine/lang/protocol.h"
#include "engine/lang/str_object.h"
#include "engine/lang/tuple_object.h"
#include "engine/lang/type_object.h"

namespace ls::lang {

namespace {

// The attribute names this file reads and writes, interned once.
struct Names {
  StrObject* callback = intern("_callback");
  StrObject* args = intern("_args");
  StrObject* loop = intern("_loop");
  StrObject* context = intern("_context");
  StrObject* cancelled = intern("_cancelled");
  StrObject* repr = intern("_repr");
  StrObject* closed = intern("_closed");
  StrObject* ready = intern("_ready");
  StrObject* when = intern("_when");
  StrObject* seq = intern("_seq");
  StrObject* scheduled = intern("_scheduled");  // a timer's flag, and the loop's timer heap
  StrObject* timer_seq = intern("_timer_seq");
  StrObject* kw_callback = intern("callback");
  StrObject* kw_context = intern("context");
  StrObject* kw_when = intern("when");
};
const Names& names() {
  static const Names n;
  return n;
}

// The arguments of call_soon(self, callback, *args, context=None) and
// call_at(self, when, callback, *args, context=None), bound with CPython's errors for 'qualname'.
struct Bound {
  Value when;      // call_at only
  Value callback;
  Value args;      // tuple
  Value context;
};
Bound bind(CallArgs& a, bool with_when, const char* qualname) {
  const Names& n = names();
  if (a.nargs < 1) throw_type_error(std::string("unbound method ") + qualname + " needs an argument");
  Bound b;
  size_t first = with_when ? 2 : 1;  // index of 'callback'
  if (with_when && a.nargs >= 2) b.when = a[1];
  if (a.nargs > first) b.callback = a[first];
  b.context = Value::none();
  for (size_t k = 0; k < a.nkw(); ++k) {
    const Value& name = a.kwnames->m_items[k];
    Value* slot = nullptr;
    if (name.is_obj() && name.obj() == n.kw_context) {
      b.context = a.kwvalues[k];
      continue;
    }
    if (name.is_obj() && name.obj() == n.kw_callback) slot = &b.callback;
    else if (with_when && name.is_obj() && name.obj() == n.kw_when) slot = &b.when;
    if (!slot)
      throw_type_error(std::string(qualname) + " got an unexpected keyword argument '" + std::string(str_view(name)) + "'");
    if (!slot->is_null())
      throw_type_error(std::string(qualname) + " got multiple values for argument '" + std::string(str_view(name)) + "'");
    *slot = a.kwvalues[k];
  }
  if (with_when && b.when.is_null()) {
    if (b.callback.is_null())
      throw_type_error(std::string(qualname) + " missing 2 required positional arguments: 'when' and 'callback'");
    throw_type_error(std::string(qualname) + " missing 1 required positional argument: 'when'");
  }
  if (b.callback.is_null())
    throw_type_error(std::string(qualname) + " missing 1 required positional argument: 'callback'");
  std::vector<Value> extra;
  for (size_t i = first + 1; i < a.nargs; ++i) extra.push_back(a[i]);
  b.args = make_tuple(std::move(extra));
  return b;
}

// Handle.__init__'s `if context is None: context = copy_context()`.
void default_context(Bound& b) {
  if (b.context.is_none()) b.context = bi::contextvars_copy_context();
}

void check_open(const Value& loop) {
  if (truthy(stored_attr_or_getattr(loop, names().closed))) throw_runtime_error("Event loop is closed");
}

// A new instance of 'cls' (a Handle class) with Handle.__init__'s fields, dict room for 'extra'
// more, without running __init__.
Value new_handle(const Value& cls_v, const Bound& b, const Value& loop, size_t extra) {
  const Names& n = names();
  Value handle = new_heap_instance(cls_v.as<TypeObject>(), 6 + extra);
  DictObject* d = handle.obj()->m_dict;
  d->set(Value(n.callback), b.callback);
  d->set(Value(n.args), b.args);
  d->set(Value(n.loop), loop);
  d->set(Value(n.context), b.context);
  d->set(Value(n.cancelled), Value::boolean(false));
  d->set(Value(n.repr), Value::none());
  return handle;
}

// The Handle class make_call_soon/make_call_at stored for this run ('cls' is its InterpState field).
const Value& handle_class(const Value& cls, const char* what) {
  if (cls.is_null()) throw_runtime_error(std::string(what) + "() used before asyncio was imported");
  return cls;
}

// The recorder's hook for a scheduled handle or timer, when the run is recorded.
void trace_scheduled(const Value& hook, const Value& handle, const Bound& b, bool timer) {
  if (hook.is_null()) return;
  Value keep = hook;  // the call may import or reset asyncio's state
  call(keep, {handle, b.callback, b.args, Value::boolean(timer)});
}

//     if self._closed: raise RuntimeError('Event loop is closed')
//     handle = events.Handle(callback, args, self, context)
//     self._ready.append(handle)
//     if _TRACING: _lt.handle(handle, callback, args, False)
//     return handle
Value schedule(const Value& loop, Bound& b) {
  check_open(loop);
  default_context(b);
  Value handle = new_handle(handle_class(g_state->m_handle_type, "call_soon"), b, loop, 0);
  Value ready = stored_attr_or_getattr(loop, names().ready);
  if (ready.is_obj() && ready.obj()->m_type == g_list_type) as_list(ready)->m_items.push_back(handle);
  else call_method(ready, "append", {handle});
  trace_scheduled(g_state->m_handle_trace_hook, handle, b, false);
  return handle;
}

Value call_soon(CallArgs& a) {
  Bound b = bind(a, false, "BaseEventLoop.call_soon()");
  return schedule(a[0], b);
}

//     if when is None: raise TypeError('when cannot be None')
//     if self._closed: raise RuntimeError('Event loop is closed')
//     seq = self._timer_seq
//     self._timer_seq = seq + 1
//     timer = events.TimerHandle(when, callback, args, self, context, seq)
//     _heap_push(self._scheduled, (when, seq, timer))
//     timer._scheduled = True
//     if _TRACING: _lt.handle(timer, callback, args, True)
//     return timer
Value call_at(CallArgs& a) {
  const Names& n = names();
  Bound b = bind(a, true, "BaseEventLoop.call_at()");
  const Value& loop = a[0];
  if (b.when.is_none()) throw_type_error("when cannot be None");
  check_open(loop);
  const Value& cls = handle_class(g_state->m_timer_handle_type, "call_at");
  default_context(b);
  Value seq = stored_attr_or_getattr(loop, n.timer_seq);
  Value next = seq.is_int() && seq.as_int() < INT64_MAX ? Value::integer(seq.as_int() + 1) : binary_op(BinOp::Add, seq, Value::integer(1));
  setattr(loop, n.timer_seq, next);
  Value timer = new_handle(cls, b, loop, 3);
  DictObject* d = timer.obj()->m_dict;
  d->set(Value(n.when), b.when);
  d->set(Value(n.seq), seq);
  d->set(Value(n.scheduled), Value::boolean(false));
  Value heap = stored_attr_or_getattr(loop, n.scheduled);
  Value push = g_state->m_heap_push;
  call(push, {heap, make_tuple({b.when, seq, timer})});
  d->set(Value(n.scheduled), Value::boolean(true));
  trace_scheduled(g_state->m_timer_trace_hook, timer, b, true);
  return timer;
}

}  // namespace

// A method descriptor for 'fn', made once (the per-run state is in InterpState).
static Value method(const char* name, NativeFn fn) {
  auto* d = new MethodDescriptorObject(name, fn, MethodKind::Method, g_object_type);
  make_immortal(d);
  return Value(d);
}

static void check_handle_class(const Value& v, const char* fname) {
  if (!is_instance(v, g_type_type) || v.as<TypeObject>()->m_layout != Layout::Object || !v.as<TypeObject>()->m_heap)
    throw_type_error(std::string(fname) + "() expects a Handle class");
  if (!g_state) throw_runtime_error(std::string(fname) + "() outside a run");
}

static const Value& call_soon_descriptor() {
  static const Value s_descr = method("call_soon", call_soon);
  return s_descr;
}

Value bi::ls_make_call_soon(CallArgs& a) {
  a.check("make_call_soon", 2, 2);
  check_handle_class(a[0], "make_call_soon");
  g_state->m_handle_type = a[0];
  g_state->m_handle_trace_hook = a[1].is_none() ? Value() : a[1];
  return call_soon_descriptor();
}

Value bi::loop_call_soon(const Value& loop, const Value& callback, std::initializer_list<Value> args, const Value& context) {
  static StrObject* s_call_soon = intern("call_soon");
  if (resolves_to(loop, s_call_soon, call_soon_descriptor())) {
    Bound b;
    b.callback = callback;
    b.args = make_tuple(std::vector<Value>(args));
    b.context = context;
    return schedule(loop, b);
  }
  static const Value s_kwnames = [] {
    Value t = make_tuple({Value(intern("context"))});
    make_immortal(t.obj());
    return t;
  }();
  std::vector<Value> argv{callback};
  argv.insert(argv.end(), args.begin(), args.end());
  CallArgs ca;
  ca.args = argv.data();
  ca.nargs = argv.size();
  ca.kwvalues = &context;
  ca.kwnames = s_kwnames.as<TupleObject>();
  return call(getattr(loop, s_call_soon), ca);
}

Value bi::ls_make_call_at(CallArgs& a) {
  a.check("make_call_at", 3, 3);
  check_handle_class(a[0], "make_call_at");
  g_state->m_timer_handle_type = a[0];
  g_state->m_heap_push = a[1];
  g_state->m_timer_trace_hook = a[2].is_none() ? Value() : a[2];
  static const Value s_descr = method("call_at", call_at);
  return s_descr;
}

}  // namespace ls::lang
