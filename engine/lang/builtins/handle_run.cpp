// _loopscope.make_handle_run(Handle, _py_run, _callback_failed): Handle._run as a native method, for
// engine/aio/events.py. The loop runs every callback through it; in Python its frame was a
// tenth of an asyncio benchmark's instructions. It does what the Python method does:
//     try:
//         _handle_enter(self)              # the callback's contextvars.Context
//         self._callback(*self._args)
//     except (SystemExit, KeyboardInterrupt):
//         _handle_exit(); raise
//     except BaseException as exc:
//         _handle_exit(); self._callback_failed(exc)   # the loop's exception handler
// _callback_failed runs with the exception as the one being handled (sys.exc_info(), and the
// __context__ of anything it raises), as inside Python's except block. A handle whose _args is
// not a tuple is left to the Python method. One difference: the traceback of an exception a
// callback raises has no events.py frame for _run (CPython's, a Python method, adds one).
#include "engine/lang/builtins/builtins_internal.h"
#include "engine/lang/exceptions.h"
#include "engine/lang/function_object.h"
#include "engine/lang/interp_state.h"
#include "engine/lang/native.h"
#include "engine/lang/protocol.h"
#include "engine/lang/str_object.h"
#include "engine/lang/tuple_object.h"
#include "engine/lang/type_object.h"
#include "engine/lang/vm.h"

namespace ls::lang {

namespace {

// The calling frame handles 'exc' while it lives (as a Python except block would).
class Handling {
 public:
  explicit Handling(const Value& exc) : m_frame(current_frame()) {
    if (!m_frame) return;
    m_saved = std::move(m_frame->m_exc);
    m_frame->m_exc = exc;
  }
  ~Handling() {
    if (m_frame) m_frame->m_exc = std::move(m_saved);
  }
  Handling(const Handling&) = delete;
  Handling& operator=(const Handling&) = delete;

 private:
  Frame* m_frame;
  Value m_saved;
};

Value handle_run(CallArgs& a) {
  a.check_method("_run", 0, 0);
  bi::run_handle_natively(a[0]);
  return Value::none();
}

}  // namespace

void bi::run_handle_natively(const Value& self) {
  static StrObject* s_callback = intern("_callback");
  static StrObject* s_args = intern("_args");
  Value callback = stored_attr(self, s_callback);
  Value args = stored_attr(self, s_args);
  if (!args.is_obj() || args.obj()->m_type != g_tuple_type) {
    call(g_state->m_handle_run.py_run, {self});
    return;
  }
  try {
    bi::handle_enter(self);
    const std::vector<Value>& items = args.as<TupleObject>()->m_items;
    CallArgs ca;
    ca.args = items.data();
    ca.nargs = items.size();
    call(callback, ca);
  } catch (PyException& e) {
    bi::handle_exit();
    if (e.matches(g_SystemExit) || e.matches(g_KeyboardInterrupt)) throw;
    Value exc = e.m_exc;
    Handling handling(exc);
    call(g_state->m_handle_run.failed, {self, exc});
  }
}

Value bi::ls_make_handle_run(CallArgs& a) {
  a.check("make_handle_run", 3, 3);
  TypeObject* handle = maker_class(a, "make_handle_run", "the Handle class");
  InterpState::HandleRun& h = g_state->m_handle_run;
  h.py_run = a[1];
  h.failed = a[2];
  h.native_run = Value(new MethodDescriptorObject("_run", handle_run, MethodKind::Method, handle));
  return h.native_run;
}

}  // namespace ls::lang
