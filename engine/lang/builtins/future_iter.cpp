// _loopscope.future_await: Future.__await__ (and __iter__) for engine/aio/futures.py, as CPython's
// C future iterator (_asyncio.FutureIter) does it, without a generator per await:
//   - first resumption of a pending future: set fut._asyncio_future_blocking = True and yield the
//     future itself (the task then waits on it);
//   - resumed while still pending: RuntimeError("await wasn't used with future");
//   - done: return fut._result (clearing _log_traceback), or raise fut._exception, or raise the
//     CancelledError of fut._make_cancelled_error().
// The future's state is read with stored_attr: its instance dict, where the Python class keeps it.
#include <string>

#include "engine/lang/builtins/builtins_internal.h"
#include "engine/lang/dict_object.h"
#include "engine/lang/exceptions.h"
#include "engine/lang/native.h"
#include "engine/lang/protocol.h"
#include "engine/lang/str_object.h"
#include "engine/lang/type_object.h"

namespace ls::lang {

namespace {

TypeObject* s_iter_type = nullptr;

struct FutureIter : Object {
  Value m_future;         // Null once the await is over
  bool m_yielded = false; // the future was handed to the task once
  explicit FutureIter(TypeObject* t, Value fut) : Object(t), m_future(std::move(fut)) {}
};

bool iter_send(const Value& self, const Value&, Value& out) {
  auto* it = self.as<FutureIter>();
  if (it->m_future.is_null()) {  // exhausted, like a finished generator
    out = Value::none();
    return false;
  }
  static StrObject* s_state = intern("_state");
  static StrObject* s_blocking = intern("_asyncio_future_blocking");
  static StrObject* s_result = intern("_result");
  static StrObject* s_exception = intern("_exception");
  static StrObject* s_log_traceback = intern("_log_traceback");
  const Value fut = it->m_future;
  Value state = stored_attr(fut, s_state);
  bool pending = is_str(state) && str_view(state) == "PENDING";
  if (pending) {
    if (!it->m_yielded) {
      it->m_yielded = true;
      fut.obj()->m_dict->set(Value(s_blocking), Value::boolean(true));
      out = fut;
      return true;
    }
    it->m_future = Value();
    throw_runtime_error("await wasn't used with future");
  }
  it->m_future = Value();
  if (is_str(state) && str_view(state) == "FINISHED") {
    fut.obj()->m_dict->set(Value(s_log_traceback), Value::boolean(false));
    Value exc = stored_attr(fut, s_exception);
    if (!exc.is_null() && !exc.is_none()) throw PyException(exc);
    out = stored_attr(fut, s_result);
    return false;
  }
  throw PyException(call_method(fut, "_make_cancelled_error"));
}

bool iter_next(const Value& self, Value& out) { return iter_send(self, Value::none(), out); }

// throw() into the await: the exception comes straight out (the future is left as it is).
bool iter_throw(const Value& self, const Value& exc, Value&) {
  self.as<FutureIter>()->m_future = Value();
  throw PyException(exc);
}

// Python-level methods, for code that drives the iterator by hand.
Value iter_send_method(CallArgs& a) {
  a.check_method("send", 1, 1);
  Value out;
  if (iter_send(a[0], a[1], out)) return out;
  throw_stop_iteration(std::move(out));
}
Value iter_next_method(CallArgs& a) {
  a.check_method("__next__", 0, 0);
  Value out;
  if (iter_next(a[0], out)) return out;
  throw_stop_iteration(std::move(out));
}
Value iter_throw_method(CallArgs& a) {
  a.check_method("throw", 1, 3);
  Value exc = a[1];
  if (is_instance(exc, g_type_type)) exc = call(exc, {});
  if (!is_instance(exc, g_BaseException)) throw_type_error("exceptions must derive from BaseException");
  Value out;
  iter_throw(a[0], exc, out);
  return out;
}
Value iter_close_method(CallArgs& a) {
  a.check_method("close", 0, 0);
  a[0].as<FutureIter>()->m_future = Value();
  return Value::none();
}
Value iter_self_slot(const Value& self) { return self; }
Value iter_self(CallArgs& a) {
  a.check_method("__iter__", 0, 0);
  return a[0];
}

// Future.__await__(self): a new iterator over the future.
Value future_await(CallArgs& a) {
  a.check_method("__await__", 0, 0);
  if (!a[0].is_obj() || !a[0].obj()->m_dict) throw_type_error("__await__() expects an asyncio Future");
  return Value(new FutureIter(s_iter_type, a[0]));
}

}  // namespace

Value bi::ls_future_await_method(CallArgs& a) {
  a.check("future_await", 0, 0);
  static MethodDescriptorObject* s_descr = [] {
    s_iter_type = new_builtin_type("FutureIter", g_object_type, Layout::Other);
    s_iter_type->m_slots.iter = iter_self_slot;
    s_iter_type->m_slots.next = iter_next;
    s_iter_type->m_slots.send = iter_send;
    s_iter_type->m_slots.throw_ = iter_throw;
    add_method(s_iter_type, "send", iter_send_method);
    add_method(s_iter_type, "__next__", iter_next_method);
    add_method(s_iter_type, "throw", iter_throw_method);
    add_method(s_iter_type, "close", iter_close_method);
    add_method(s_iter_type, "__iter__", iter_self);
    auto* d = new MethodDescriptorObject("__await__", future_await, MethodKind::Method, g_object_type);
    make_immortal(d);
    return d;
  }();
  return Value(s_descr);
}

}  // namespace ls::lang
