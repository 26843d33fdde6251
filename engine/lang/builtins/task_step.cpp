// _loopscope.make_task_step(Task, Future, resume, SUSPENDED, _py_step, _py_wakeup, _settle,
// _step_raised) -> (_step, _wakeup, _run_step): native Task methods for engine/aio/tasks.py, as
// CPython's C Task has them (task_step, task_wakeup).
//
// Every step of every task goes through these two methods; in Python their frames were a
// quarter of an asyncio benchmark's instructions. The native versions take only the common
// path and hand every other case to the Python methods they stand for, which stay in tasks.py
// as Task._py_step and Task._py_wakeup:
//   _step(exc=None): an exact Task, PENDING, no cancel() waiting to be delivered, no other task
//     running on its loop. Then, as Task._py_step does: _fut_waiter = None, the loop's
//     _current_task = the task, one resumption (resume(task, exc)), and unless the task now
//     waits on a future, Task._settle(outcome) or Task._step_raised(error) in Python; the
//     loop's _current_task is None again however the step ends.
//   _wakeup(future): an exact Task woken by an exact Future or Task that FINISHED: the future's
//     _log_traceback = False, then _step(its _exception, or nothing).
//   _run_step(exc): the resumption and its settling, for both _steps (Python's would add its
//     own frame to the traceback of every exception a coroutine raises; CPython's adds none).
// tasks.py installs _step and _wakeup only when the run is neither recorded nor writing --steps
// (those keep the Python methods, which report each step). State lives in the instance dicts.
#include <string>

#include "engine/lang/builtins/builtins_internal.h"
#include "engine/lang/exceptions.h"
#include "engine/lang/function_object.h"
#include "engine/lang/interp_state.h"
#include "engine/lang/native.h"
#include "engine/lang/protocol.h"
#include "engine/lang/str_object.h"
#include "engine/lang/tuple_object.h"
#include "engine/lang/type_object.h"

namespace ls::lang {

namespace {

// The attribute names this file reads and writes, interned once.
struct Names {
  StrObject* current_task = intern("_current_task");
  StrObject* exception = intern("_exception");
  StrObject* fut_waiter = intern("_fut_waiter");
  StrObject* log_traceback = intern("_log_traceback");
  StrObject* loop = intern("_loop");
  StrObject* must_cancel = intern("_must_cancel");
  StrObject* state = intern("_state");
};
const Names& names() {
  static const Names n;
  return n;
}

bool exact(const Value& v, const Value& type) { return v.is_obj() && v.obj()->m_dict && v.obj()->m_type == type.obj(); }

bool str_is(const Value& v, std::string_view text) { return is_str(v) && str_view(v) == text; }

// loop._current_task = None when the step ends, however it ends (Task._py_step's finally).
struct CurrentTask {
  DictObject* loop;
  ~CurrentTask() { loop->set_str(names().current_task, Value::none()); }
};

// Task._run_step(exc): one resumption, then settle what it ended with (Python's try/except/else
// around it added a tasks.py frame to the traceback of every exception a coroutine raised;
// CPython's C Task adds none).
void run_step(const InterpState::TaskStep& h, const Value& task, const Value& exc) {
  Value outcome;
  try {
    outcome = call(h.resume, {task, exc});
  } catch (PyException& e) {
    call(h.step_raised, {task, e.m_exc});
    return;
  }
  if (!outcome.is(h.suspended)) call(h.settle, {task, outcome});
}

Value task_run_step(CallArgs& a) {
  a.check_method("_run_step", 1, 1);
  run_step(g_state->m_task_step, a[0], a[1]);
  return Value::none();
}

Value task_step(CallArgs& a) {
  const InterpState::TaskStep& h = g_state->m_task_step;
  if (a.nkw() > 0 || a.nargs < 1 || a.nargs > 2 || !exact(a[0], h.task_type)) return call(h.py_step, a);
  const Value& task = a[0];
  const Names& n = names();
  if (!str_is(stored_attr(task, n.state), "PENDING")) return call(h.py_step, a);  // InvalidStateError
  Value must_cancel = stored_attr(task, n.must_cancel);
  if (!must_cancel.is_bool() || must_cancel.as_bool()) return call(h.py_step, a);
  Value loop = stored_attr(task, n.loop);
  if (!loop.is_obj() || !loop.obj()->m_dict || !stored_attr(loop, n.current_task).is_none())
    return call(h.py_step, a);  // _enter_task's RuntimeError
  task.obj()->m_dict->set_str(n.fut_waiter, Value::none());
  DictObject* loop_dict = loop.obj()->m_dict;
  loop_dict->set_str(n.current_task, task);
  CurrentTask reset{loop_dict};
  run_step(h, task, a.nargs == 2 ? a[1] : Value::none());
  return Value::none();
}

Value task_wakeup(CallArgs& a) {
  const InterpState::TaskStep& h = g_state->m_task_step;
  if (a.nkw() > 0 || a.nargs != 2 || !exact(a[0], h.task_type)) return call(h.py_wakeup, a);
  const Value& future = a[1];
  if (!(exact(future, h.future_type) || exact(future, h.task_type)) || !str_is(stored_attr(future, names().state), "FINISHED"))
    return call(h.py_wakeup, a);
  future.obj()->m_dict->set_str(names().log_traceback, Value::boolean(false));
  Value exc = stored_attr(future, names().exception);
  Value args[2] = {a[0], exc};
  CallArgs step;
  step.args = args;
  step.nargs = exc.is_none() || exc.is_null() ? 1 : 2;
  return task_step(step);
}

}  // namespace

Value bi::ls_make_task_step(CallArgs& a) {
  a.check("make_task_step", 8, 8);
  if (!g_state) throw_runtime_error("make_task_step() outside a run");
  for (int i = 0; i < 2; ++i)
    if (!is_instance(a[i], g_type_type)) throw_type_error("make_task_step() expects the Task and Future classes");
  InterpState::TaskStep& h = g_state->m_task_step;
  h.task_type = a[0];
  h.future_type = a[1];
  h.resume = a[2];
  h.suspended = a[3];
  h.py_step = a[4];
  h.py_wakeup = a[5];
  h.settle = a[6];
  h.step_raised = a[7];
  auto* task_type = a[0].as<TypeObject>();
  Value step(new MethodDescriptorObject("_step", task_step, MethodKind::Method, task_type));
  // Named as CPython's C Task names it (a future's repr shows cb=[Task.task_wakeup()]).
  Value wakeup(new MethodDescriptorObject("task_wakeup", task_wakeup, MethodKind::Method, task_type));
  Value run(new MethodDescriptorObject("_run_step", task_run_step, MethodKind::Method, task_type));
  return make_tuple({step, wakeup, run});
}

}  // namespace ls::lang
