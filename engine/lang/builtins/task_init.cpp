// _loopscope.make_task_init(Task, _py_init, task_counter, all_tasks) -> Task.__init__
// as a native method, for engine/aio/tasks.py (CPython's C Task has its own). Every task runs
// it. It takes the common call, Task(coro, loop=loop[, name=None|str][, context=...]) with a
// coroutine object and a loop, and does what the Python method does in that case, setting the
// same fields in the same order:
//     self._state = 'PENDING'; self._loop = loop; self._callbacks = []
//     self._name = f'Task-{n}' (the next number of task_counter[0]) or name
//     self._num_cancels_requested = 0; self._must_cancel = False; self._fut_waiter = None
//     self._coro = coro; self._context = context or a copy of the current one
//     all_tasks[self] = None
//     loop.call_soon(self._step, context=context)
// Everything else goes to _py_init: no loop given, not a coroutine (TypeError), a name that is
// not a str, eager_start, the live-task limit (--max-tasks) about to be passed, any other argument. tasks.py
// installs it only when the run is not recorded (the Python method reports each new task).
#include <string>

#include "engine/lang/builtins/builtins_internal.h"
#include "engine/lang/dict_object.h"
#include "engine/lang/exceptions.h"
#include "engine/lang/function_object.h"
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
  StrObject* name = intern("_name");
  StrObject* num_cancels = intern("_num_cancels_requested");
  StrObject* must_cancel = intern("_must_cancel");
  StrObject* fut_waiter = intern("_fut_waiter");
  StrObject* coro = intern("_coro");
  StrObject* context = intern("_context");
  StrObject* step = intern("_step");
  StrObject* kw_loop = intern("loop");
  StrObject* kw_name = intern("name");
  StrObject* kw_context = intern("context");
  StrObject* kw_eager_start = intern("eager_start");
};
const Names& names() {
  static const Names n;
  return n;
}

Value task_init(CallArgs& a) {
  const InterpState::TaskInit& h = g_state->m_task_init;
  const Names& n = names();
  if (a.nargs != 2 || !a[0].is_obj() || !a[0].obj()->m_dict) return call(h.py_init, a);
  Value loop, name = Value::none(), context = Value::none();
  for (size_t k = 0; k < a.nkw(); ++k) {
    const Object* key = a.kwnames->m_items[k].is_obj() ? a.kwnames->m_items[k].obj() : nullptr;
    const Value& v = a.kwvalues[k];
    if (key == n.kw_loop) loop = v;
    else if (key == n.kw_name) name = v;
    else if (key == n.kw_context) context = v;
    else if (key == n.kw_eager_start && v.is_bool() && !v.as_bool()) continue;
    else return call(h.py_init, a);  // eager_start, or an argument the Python method reports
  }
  const Value& coro = a[1];
  const bool plain_name = name.is_none() || (name.is_obj() && name.obj()->m_type == g_str_type);
  auto* counter = h.task_counter.as<ListObject>();
  auto* all_tasks = h.all_tasks.as<DictObject>();
  if (loop.is_null() || loop.is_none() || !coro.is_obj() || coro.obj()->m_type != g_coroutine_type || !plain_name ||
      counter->m_items.empty() || !counter->m_items[0].is_int() || all_tasks->size() >= run_options().max_tasks)
    return call(h.py_init, a);
  const Value& self = a[0];
  DictObject* d = self.obj()->m_dict;
  bi::init_future_fields(d, loop);
  if (name.is_none()) {
    const int64_t number = counter->m_items[0].as_int() + 1;
    counter->m_items[0] = Value::integer(number);
    d->set_str(n.name, make_str("Task-" + std::to_string(number)));
  } else {
    d->set_str(n.name, name);
  }
  d->set_str(n.num_cancels, Value::integer(0));
  d->set_str(n.must_cancel, Value::boolean(false));
  d->set_str(n.fut_waiter, Value::none());
  d->set_str(n.coro, coro);
  if (context.is_none()) context = bi::contextvars_copy_context();
  d->set_str(n.context, context);
  all_tasks->set(self, Value::none());
  bi::loop_call_soon(loop, getattr(self, n.step), {}, context);
  return Value::none();
}

}  // namespace

Value bi::ls_make_task_init(CallArgs& a) {
  a.check("make_task_init", 4, 4);
  TypeObject* task = maker_class(a, "make_task_init", "the Task class");
  if (!a[2].is_obj() || a[2].obj()->m_type != g_list_type || !is_dict(a[3]))
    throw_type_error("make_task_init() expects the task counter (a list) and the task registry (a dict)");
  InterpState::TaskInit& h = g_state->m_task_init;
  h.py_init = a[1];
  h.task_counter = a[2];
  h.all_tasks = a[3];
  return Value(new MethodDescriptorObject("__init__", task_init, MethodKind::Method, task));
}

}  // namespace ls::lang
