// _loopscope.make_future_done(Future, _py_set_result, _py_schedule_callbacks)
//   -> (set_result, _schedule_callbacks): two methods of asyncio's Future as native methods, for
// engine/aio/futures.py (CPython's C Future has both). Every future that completes goes
// through them. They do what the Python methods do:
//   set_result(result):
//       if self._state != _PENDING: raise InvalidStateError   (left to the Python method)
//       self._result = result; self._state = _FINISHED; self._schedule_callbacks()
//   _schedule_callbacks():
//       callbacks = self._callbacks
//       if not callbacks: return
//       self._callbacks = []
//       for cb, ctx in callbacks: self._loop.call_soon(cb, self, context=ctx)
// A _callbacks that is not a list of (callback, context) pairs is left to the Python method,
// which fails as Python would. futures.py installs them only when the run is not recorded (the
// Python _schedule_callbacks reports each completed future to the recorder first).
#include "engine/lang/builtins/builtins_internal.h"
#include "engine/lang/dict_object.h"
#include "engine/lang/exceptions.h"
#include "engine/lang/function_object.h"
#include "engine/lang/interp_state.h"
#include "engine/lang/list_object.h"
#include "engine/lang/native.h"
#include "engine/lang/protocol.h"
#include "engine/lang/str_object.h"
#include "engine/lang/tuple_object.h"
#include "engine/lang/type_object.h"

namespace ls::lang {

namespace {

struct Names {
  StrObject* callbacks = intern("_callbacks");
  StrObject* loop = intern("_loop");
  StrObject* result = intern("_result");
  StrObject* state = intern("_state");
  StrObject* schedule_callbacks = intern("_schedule_callbacks");
  Value finished = Value(intern("FINISHED"));
};
const Names& names() {
  static const Names n;
  return n;
}

bool is_pair(const Value& v) { return v.is_obj() && v.obj()->m_type == g_tuple_type && v.as<TupleObject>()->size() == 2; }

void schedule_callbacks(const Value& self) {
  const Names& n = names();
  Value callbacks = stored_attr(self, n.callbacks);
  bool plain = self.obj()->m_dict && callbacks.is_obj() && callbacks.obj()->m_type == g_list_type;
  if (plain)
    for (const Value& item : as_list(callbacks)->m_items) plain = plain && is_pair(item);
  if (!plain) {
    call(g_state->m_future_done.py_schedule_callbacks, {self});
    return;
  }
  if (as_list(callbacks)->m_items.empty()) return;
  self.obj()->m_dict->set_str(n.callbacks, make_list());
  Value loop = stored_attr_or_getattr(self, n.loop);
  // Only this function holds the detached list now; copy each pair anyway (callbacks run code).
  const std::vector<Value>& items = as_list(callbacks)->m_items;
  for (size_t i = 0; i < items.size(); ++i) {
    Value pair = items[i];
    const auto& p = pair.as<TupleObject>()->m_items;
    bi::loop_call_soon(loop, p[0], {self}, p[1]);
  }
}

Value schedule_callbacks_method(CallArgs& a) {
  a.check_method("_schedule_callbacks", 0, 0);
  schedule_callbacks(a[0]);
  return Value::none();
}

Value set_result_method(CallArgs& a) {
  const InterpState::FutureDone& h = g_state->m_future_done;
  if (a.nkw() > 0 || a.nargs != 2 || !a[0].is_obj() || !a[0].obj()->m_dict) return call(h.py_set_result, a);
  const Value& self = a[0];
  const Names& n = names();
  Value state = stored_attr(self, n.state);
  if (!is_str(state) || str_view(state) != "PENDING") return call(h.py_set_result, a);  // InvalidStateError
  DictObject* d = self.obj()->m_dict;
  d->set_str(n.result, a[1]);
  d->set_str(n.state, n.finished);
  // self._schedule_callbacks(): the native one unless the class or the instance has its own.
  if (resolves_to(self, n.schedule_callbacks, h.native_schedule_callbacks)) schedule_callbacks(self);
  else call_method(self, "_schedule_callbacks");
  return Value::none();
}

}  // namespace

Value bi::ls_make_future_done(CallArgs& a) {
  a.check("make_future_done", 3, 3);
  TypeObject* future = maker_class(a, "make_future_done", "the Future class");
  InterpState::FutureDone& h = g_state->m_future_done;
  h.py_set_result = a[1];
  h.py_schedule_callbacks = a[2];
  Value set_result(new MethodDescriptorObject("set_result", set_result_method, MethodKind::Method, future));
  Value schedule(new MethodDescriptorObject("_schedule_callbacks", schedule_callbacks_method, MethodKind::Method, future));
  h.native_schedule_callbacks = schedule;
  return make_tuple({set_result, schedule});
}

}  // namespace ls::lang
