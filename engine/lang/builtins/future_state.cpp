// _loopscope.make_future_state(Future, _py_done, _py_cancelled) -> (done, cancelled): two
// questions asyncio's Future answers from its state, as native methods for
// engine/aio/futures.py (CPython's C Future has both). Locks and queues ask a waiter's future
// whether it is done before waking it, about once per hand-over. They do what the Python
// methods do:
//     def done(self): return self._state != _PENDING
//     def cancelled(self): return self._state == _CANCELLED
// with the same attribute read (a subclass's property or __getattr__ still answers) and the
// same comparison: the interned state strings answer by identity, anything else is compared as
// Python would. A call with arguments goes to the Python method, which reports it. Nothing here
// reports to the recorder, so recorded runs use them too.
#include "engine/lang/builtins/builtins_internal.h"
#include "engine/lang/exceptions.h"
#include "engine/lang/interp_state.h"
#include "engine/lang/native.h"
#include "engine/lang/protocol.h"
#include "engine/lang/str_object.h"
#include "engine/lang/tuple_object.h"
#include "engine/lang/type_object.h"

namespace ls::lang {

namespace {

struct Names {
  StrObject* state = intern("_state");
  Value pending = Value(intern("PENDING"));
  Value cancelled = Value(intern("CANCELLED"));
};
const Names& names() {
  static const Names n;
  return n;
}

// self._state == expected (equal) or != expected (!equal), as Python evaluates it.
Value state_test(const Value& self, const Value& expected, bool equal) {
  Value state = stored_attr_or_getattr(self, names().state);
  if (state.is(expected)) return Value::boolean(equal);
  return compare(state, expected, equal ? CompareOp::Eq : CompareOp::Ne);
}

Value done_method(CallArgs& a) {
  if (a.nargs != 1 || a.nkw() != 0) return call(g_state->m_future_state.py_done, a);
  return state_test(a[0], names().pending, false);
}

Value cancelled_method(CallArgs& a) {
  if (a.nargs != 1 || a.nkw() != 0) return call(g_state->m_future_state.py_cancelled, a);
  return state_test(a[0], names().cancelled, true);
}

}  // namespace

Value bi::ls_make_future_state(CallArgs& a) {
  a.check("make_future_state", 3, 3);
  TypeObject* future = maker_class(a, "make_future_state", "the Future class");
  InterpState::FutureState& h = g_state->m_future_state;
  h.py_done = a[1];
  h.py_cancelled = a[2];
  return make_tuple({Value(new MethodDescriptorObject("done", done_method, MethodKind::Method, future)),
                     Value(new MethodDescriptorObject("cancelled", cancelled_method, MethodKind::Method, future))});
}

}  // namespace ls::lang
