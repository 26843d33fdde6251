// _loopscope.make_task_resume(Future, Task, SUSPENDED): the part of asyncio's Task step that
// CPython runs in C (_asyncio's task_step_impl and task_step_handle_result_impl), for
// engine/aio/tasks.py. The returned callable resume(task, exc) runs one step of task._coro
// (send(None), or throw(exc)) between step_begin/step_end, then:
//   - the coroutine awaited an exact Future or Task of the task's loop that is still pending:
//     the task now waits on it (blocking flag cleared, task._wakeup added to its callbacks,
//     task._fut_waiter set) and SUSPENDED is returned;
//   - the coroutine yielded None (a bare yield, sleep(0)): task._step is queued with call_soon
//     and SUSPENDED is returned;
//   - the coroutine yielded something else: (False, value), for Task._suspend_on;
//   - the coroutine returned: (True, value);
//   - the coroutine raised: the exception propagates.
// State is read and written in the instance dicts, where the Python classes keep it, so the
// trace hooks and the app see the same fields as before.
#include <string>

#include "engine/lang/builtins/builtins_internal.h"
#include "engine/lang/exceptions.h"
#include "engine/lang/function_object.h"
#include "engine/lang/list_object.h"
#include "engine/lang/native.h"
#include "engine/lang/protocol.h"
#include "engine/lang/runtime.h"
#include "engine/lang/str_object.h"
#include "engine/lang/tuple_object.h"
#include "engine/lang/type_object.h"
#include "engine/lang/vm.h"

namespace ls::lang {

namespace {

TypeObject* s_resume_type = nullptr;

struct TaskResume : Object {
  Value m_future_type;  // asyncio.Future
  Value m_task_type;    // asyncio.Task
  Value m_suspended;    // the marker returned when the task now waits on a future
  explicit TaskResume(TypeObject* t) : Object(t) {}
};

// The attribute names this file reads and writes, interned once.
struct Names {
  StrObject* blocking = intern("_asyncio_future_blocking");
  StrObject* callbacks = intern("_callbacks");
  StrObject* context = intern("_context");
  StrObject* coro = intern("_coro");
  StrObject* fut_waiter = intern("_fut_waiter");
  StrObject* loop = intern("_loop");
  StrObject* must_cancel = intern("_must_cancel");
  StrObject* name = intern("_name");
  StrObject* state = intern("_state");
  StrObject* step = intern("_step");
  StrObject* wakeup = intern("_wakeup");
};
const Names& names() {
  static const Names n;
  return n;
}

bool has_dict(const Value& v) { return v.is_obj() && v.obj()->m_dict; }

// Ends the step's instruction budget however the resumption ends.
struct StepGuard {
  explicit StepGuard(const Value& task_name) { step_begin(is_str(task_name) ? str_view(task_name) : std::string_view("?")); }
  ~StepGuard() { step_end(); }
  StepGuard(const StepGuard&) = delete;
  StepGuard& operator=(const StepGuard&) = delete;
};

// Resumes 'coro'; true with the yielded value, false with the returned one.
bool resume(const Value& coro, const Value& exc, Value& out) {
  if (coro.is_obj() && coro.obj()->m_type == g_coroutine_type) {
    auto* g = coro.as<GeneratorObject>();
    return exc.is_none() ? gen_send(g, Value::none(), out) : gen_throw(g, exc, out);
  }
  // Another awaitable object the Task accepted: its own send/throw methods.
  try {
    out = exc.is_none() ? call_method(coro, "send", {Value::none()}) : call_method(coro, "throw", {exc});
    return true;
  } catch (PyException& e) {
    if (!e.matches(g_StopIteration)) throw;
    out = getattr(e.m_exc, "value");
    return false;
  }
}

// CPython's fast path for an exact Future or Task: wait on it without calling its methods.
bool wait_on_exact_future(const TaskResume& r, const Value& task, const Value& fut) {
  if (!fut.is_obj() || !has_dict(fut) || fut.is(task)) return false;
  const Object* t = fut.obj()->m_type;
  if (t != r.m_future_type.obj() && t != r.m_task_type.obj()) return false;
  const Names& n = names();
  DictObject* fd = fut.obj()->m_dict;
  DictObject* td = task.obj()->m_dict;
  Value blocking = fd->get(n.blocking);
  if (!blocking.is_bool() || !blocking.as_bool()) return false;  // the error paths stay in Python
  Value loop = td->get(n.loop);
  if (loop.is_null() || !fd->get(n.loop).is(loop)) return false;
  Value state = stored_attr(fut, n.state);
  if (!is_str(state) || str_view(state) != "PENDING") return false;
  Value must_cancel = stored_attr(task, n.must_cancel);
  if (!must_cancel.is_bool() || must_cancel.as_bool()) return false;  // cancel(msg=...) in Python
  Value callbacks = fd->get(n.callbacks);
  if (!callbacks.is_obj() || callbacks.obj()->m_type != g_list_type) return false;
  Value context = stored_attr(task, n.context);
  if (context.is_null()) return false;
  Value wakeup = getattr(task, n.wakeup);
  fd->set_str(n.blocking, Value::boolean(false));
  as_list(callbacks)->m_items.push_back(make_tuple({std::move(wakeup), std::move(context)}));
  td->set_str(n.fut_waiter, fut);
  return true;
}

Value resume_call(const Value& self, CallArgs& a) {
  a.check("resume", 2, 2);
  const auto& r = *self.as<TaskResume>();
  const Value& task = a[0];
  if (!has_dict(task)) throw_type_error("resume() expects an asyncio Task");
  const Names& n = names();
  Value coro = stored_attr(task, n.coro);
  Value out;
  bool yielded;
  {
    StepGuard guard(stored_attr(task, n.name));
    yielded = resume(coro, a[1], out);
  }
  if (!yielded) return make_tuple({Value::boolean(true), std::move(out)});
  if (wait_on_exact_future(r, task, out)) return r.m_suspended;
  if (out.is_none()) {
    // A bare yield (sleep(0)): the next step runs on the next loop pass, as in _suspend_on:
    // task._loop.call_soon(task._step, context=task._context).
    bi::loop_call_soon(stored_attr(task, n.loop), getattr(task, n.step), {}, stored_attr(task, n.context));
    return r.m_suspended;
  }
  return make_tuple({Value::boolean(false), std::move(out)});
}

}  // namespace

Value bi::ls_make_task_resume(CallArgs& a) {
  a.check("make_task_resume", 3, 3);
  if (!s_resume_type) {
    s_resume_type = new_builtin_type("task_resume", g_object_type, Layout::Other);
    s_resume_type->m_slots.call = resume_call;
  }
  for (int i = 0; i < 2; ++i)
    if (!is_instance(a[i], g_type_type)) throw_type_error("make_task_resume() expects the Future and Task classes");
  auto* r = new TaskResume(s_resume_type);
  Value result(r);
  r->m_future_type = a[0];
  r->m_task_type = a[1];
  r->m_suspended = a[2];
  return result;
}

}  // namespace ls::lang
