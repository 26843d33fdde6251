// _loopscope.make_call_soon(Handle, trace_hook): BaseEventLoop.call_soon for
// engine/aio/base_events.py, as a native method. CPython writes call_soon in Python; here every
// future that completes and every task that yields queues its callbacks through it, and its two
// Python frames (call_soon and Handle.__init__) were a seventh of a lock-contention run's
// instructions. The steps are exactly those of the Python version it replaces:
//     if self._closed: raise RuntimeError('Event loop is closed')
//     handle = events.Handle(callback, args, self, context)   # fields in __init__'s order
//     self._ready.append(handle)
//     if _TRACING: _lt.handle(handle, callback, args, False)
//     return handle
// The Handle class and the trace hook belong to the run that imported asyncio (InterpState), so
// nothing of one run outlives it.
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
  StrObject* append = intern("append");
  StrObject* kw_callback = intern("callback");
  StrObject* kw_context = intern("context");
};
const Names& names() {
  static const Names n;
  return n;
}

constexpr const char* kQualname = "BaseEventLoop.call_soon()";

// BaseEventLoop.call_soon(self, callback, *args, context=None), with CPython's binding errors.
Value call_soon(CallArgs& a) {
  const Names& n = names();
  if (a.nargs < 1) throw_type_error(std::string("unbound method ") + kQualname + " needs an argument");
  const Value& loop = a[0];
  Value callback = a.nargs >= 2 ? a[1] : Value();
  Value context = Value::none();
  for (size_t k = 0; k < a.nkw(); ++k) {
    const Value& name = a.kwnames->m_items[k];
    if (name.is_obj() && name.obj() == n.kw_context) {
      context = a.kwvalues[k];
    } else if (name.is_obj() && name.obj() == n.kw_callback) {
      if (!callback.is_null())
        throw_type_error(std::string(kQualname) + " got multiple values for argument 'callback'");
      callback = a.kwvalues[k];
    } else {
      throw_type_error(std::string(kQualname) + " got an unexpected keyword argument '" + std::string(str_view(name)) + "'");
    }
  }
  if (callback.is_null())
    throw_type_error(std::string(kQualname) + " missing 1 required positional argument: 'callback'");
  Value closed = stored_attr(loop, n.closed);
  if (closed.is_null()) closed = getattr(loop, n.closed);
  if (truthy(closed)) throw_runtime_error("Event loop is closed");

  InterpState* st = g_state;
  if (!st || st->m_handle_type.is_null()) throw_runtime_error("call_soon() used before asyncio was imported");
  std::vector<Value> extra;
  for (size_t i = 2; i < a.nargs; ++i) extra.push_back(a[i]);
  Value args = make_tuple(std::move(extra));

  // events.Handle(callback, args, loop, context), without running Handle.__init__.
  TypeObject* cls = st->m_handle_type.as<TypeObject>();
  auto* o = new Object(cls);
  Value handle(o);
  o->m_dict = new DictObject();
  incref(o->m_dict);
  o->m_dict->reserve(cls->m_dict_size_hint > 6 ? cls->m_dict_size_hint : 6);
  if (cls->m_has_del) o->m_flags |= kNeedsFinalize;
  DictObject* d = o->m_dict;
  d->set(Value(n.callback), callback);
  d->set(Value(n.args), args);
  d->set(Value(n.loop), loop);
  d->set(Value(n.context), context);
  d->set(Value(n.cancelled), Value::boolean(false));
  d->set(Value(n.repr), Value::none());

  Value ready = stored_attr(loop, n.ready);
  if (ready.is_null()) ready = getattr(loop, n.ready);
  if (ready.is_obj() && ready.obj()->m_type == g_list_type) as_list(ready)->m_items.push_back(handle);
  else call_method(ready, "append", {handle});
  if (!st->m_handle_trace_hook.is_null()) {
    Value hook = st->m_handle_trace_hook;
    call(hook, {handle, callback, args, Value::boolean(false)});
  }
  return handle;
}

}  // namespace

Value bi::ls_make_call_soon(CallArgs& a) {
  a.check("make_call_soon", 2, 2);
  if (!is_instance(a[0], g_type_type) || a[0].as<TypeObject>()->m_layout != Layout::Object || !a[0].as<TypeObject>()->m_heap)
    throw_type_error("make_call_soon() expects the Handle class");
  if (!g_state) throw_runtime_error("make_call_soon() outside a run");
  g_state->m_handle_type = a[0];
  g_state->m_handle_trace_hook = a[1].is_none() ? Value() : a[1];
  static MethodDescriptorObject* s_descr = [] {
    auto* d = new MethodDescriptorObject("call_soon", call_soon, MethodKind::Method, g_object_type);
    make_immortal(d);
    return d;
  }();
  return Value(s_descr);
}

}  // namespace ls::lang
