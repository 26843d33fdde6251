// Declarations shared between the builtins files (not used outside engine/lang/builtins).
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>

#include "engine/lang/builtins/builtins_api.h"
#include "engine/lang/object.h"

namespace ls::lang {
struct DictObject;
struct ModuleObject;
struct TypeObject;
}

namespace ls::lang::bi {

// builtin_iterators.cpp: enumerate, zip, map, filter, reversed and the iter(f, sentinel) iterator.
void install_builtin_iterators(ModuleObject* builtins);
bool is_set_like_type(TypeObject* t);
Value make_callable_iterator(const Value& callable, const Value& sentinel);
// anext(it, default): an awaitable that turns StopAsyncIteration into 'dflt'.
Value make_anext_default(const Value& awaitable, const Value& dflt);

// module_sys.cpp: the current sys.stdout (which = 1) or sys.stderr (which = 2), and whether
// 'v' is one of loopscope's own stream objects (1 stdout, 2 stderr, 0 anything else).
Value sys_stream(int which);
int std_stream_kind(const Value& v);

// str_format.cpp: fmt.format_map(mapping)
Value str_format_map_call(std::string_view fmt, const Value& mapping);

// dict_methods.cpp: dict.update's merge (mapping or pairs) and a plain dict copy.
void dict_merge_from(const Value& self, const Value& other, const char* fname);
Value dict_copy_of(const Value& d);

// module_time.cpp: the simulated worker's own timeline (see _loopscope.run_in_worker).
void worker_begin();
double worker_end();  // returns the seconds the worker slept
void reset_worker_clocks();
bool in_worker();
void worker_set_time(double t);  // _loopscope.set_time inside a worker: moves the worker clock
std::string time_limit_message();

// module_contextvars.cpp: _loopscope.handle_enter(handle) and handle_exit() (docs/native-api.md);
// contextvars.copy_context() for native callers; and WorkerContext: while alive, a new empty
// contextvars.Context is current (what a worker thread of run_in_executor starts with), the
// caller's context coming back afterwards.
Value ls_handle_enter(CallArgs& a);
Value ls_handle_exit(CallArgs& a);
void handle_enter(const Value& handle);
void handle_exit();
Value contextvars_copy_context();
struct WorkerContext {
  WorkerContext();
  ~WorkerContext();
  WorkerContext(const WorkerContext&) = delete;
  WorkerContext& operator=(const WorkerContext&) = delete;
  Value m_saved;
};

// builtin_functions.cpp: ascii() escaping of already-repr'd text.
std::string ascii_escape(std::string_view text);

// task_resume.cpp: _loopscope.make_task_resume(Future, Task, SUSPENDED), asyncio's step in C++.
Value ls_make_task_resume(CallArgs& a);
// task_init.cpp: _loopscope.make_task_init(...), Task.__init__ for the common call.
Value ls_make_task_init(CallArgs& a);
// task_step.cpp: _loopscope.make_task_step(...), native Task._step and Task._wakeup.
Value ls_make_task_step(CallArgs& a);
// future_done.cpp: _loopscope.make_future_done(...), Future.set_result and _schedule_callbacks.
Value ls_make_future_done(CallArgs& a);
// future_state.cpp: _loopscope.make_future_state(...), Future.done and Future.cancelled.
Value ls_make_future_state(CallArgs& a);
// future_new.cpp: _loopscope.make_create_future(...), BaseEventLoop.create_future;
// init_future_fields(dict, loop) sets Future.__init__(loop=loop)'s fields, in its order, on a new
// future's (or task's) dict.
Value ls_make_create_future(CallArgs& a);
void init_future_fields(DictObject* d, const Value& loop);
// module_loopscope.cpp: the class a _loopscope.make_* function installs its native methods in
// (its first argument), once the call is known to come from a run; otherwise RuntimeError
// "<maker>() outside a run" or TypeError "<maker>() expects <expected>".
TypeObject* maker_class(CallArgs& a, const char* maker, const char* expected);
// handle_run.cpp: _loopscope.make_handle_run(Handle, _py_run, _callback_failed), Handle._run;
// run_handle_natively(handle) is that method's body, for the native _run_once.
Value ls_make_handle_run(CallArgs& a);
void run_handle_natively(const Value& handle);
// loop_run_once.cpp: _loopscope.make_run_once(...), BaseEventLoop._run_once.
Value ls_make_run_once(CallArgs& a);
// future_iter.cpp: _loopscope.future_await(), the method descriptor for Future.__await__.
Value ls_future_await_method(CallArgs& a);
// loop_schedule.cpp: _loopscope.make_call_soon/make_call_at, BaseEventLoop.call_soon and call_at.
Value ls_make_call_soon(CallArgs& a);
Value ls_make_call_at(CallArgs& a);
// loop.call_soon(callback, *args, context=context) for native callers: the native method's body
// when the loop's class has it (and the instance does not shadow it), else the loop's own.
Value loop_call_soon(const Value& loop, const Value& callback, std::initializer_list<Value> args, const Value& context);


// module_sys.cpp: globals()/locals() of the innermost running Python frame.
Value current_globals();
Value current_locals();

}  // namespace ls::lang::bi
