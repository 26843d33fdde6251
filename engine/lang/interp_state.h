// The state of one run: options, sinks, clock, budgets, module registry (internal to engine/lang).
#pragma once
#include <fstream>
#include <ostream>
#include <set>
#include <string>

#include "engine/lang/dict_object.h"
#include "engine/lang/interpreter.h"
#include "engine/lang/module_object.h"

namespace ls::lang {

struct Frame;

// Thrown to end the run at once (deadlock, time limit, blocked loop, instruction budget).
struct RunAbort {
  int exit_code;
};

struct InterpState {
  RunOptions m_options;
  std::ostream* m_out = nullptr;       // program stdout
  std::ostream* m_err = nullptr;       // program stderr
  double m_clock = 0.0;                // virtual time
  bool m_at_line_start = true;         // stdout: next character starts a line (timestamps)
  std::ofstream m_steps;               // --steps sink
  bool m_steps_on = false;
  DictObject* m_builtins = nullptr;    // builtins namespace (owned through m_builtins_module)
  Value m_builtins_module;
  Value m_modules;                     // sys.modules (dict)
  std::string m_main_dir;              // folder of the program (sys.path[0])
  int m_depth = 0;                     // Python frames currently executing
  int m_recursion_limit = 1000;
  Frame* m_current = nullptr;          // innermost executing frame
  uint64_t m_budget_due = 0;           // the same without line recording (which checks every instruction)
  bool m_in_step = false;              // inside _loopscope.step_begin/step_end
  std::string m_step_task;             // task name of the current step
  uint64_t m_step_start = 0;           // g_instructions at step_begin
  Value m_context;                     // the current contextvars.Context (Null until first needed)
  Value m_handle_context;              // the Context _loopscope.handle_enter entered, until left
  Value m_asyncgen_firstiter;          // sys.set_asyncgen_hooks
  Value m_asyncgen_finalizer;
  bool m_finalizing = false;           // interpreter shutdown: no more finalizer hooks
  const char* m_stack_base = nullptr;  // C++ stack address at the start of the run (re-entry guard)
  int m_pending_abort = -1;            // exit code of a RunAbort raised inside a finalizer (rethrown later)
  bool m_aborted = false;              // the run ended at once (RunAbort): finalizers print nothing more
  // asyncio's classes and hooks for the loop's native call_soon/call_at (builtins/loop_schedule.cpp):
  Value m_handle_type;                 // events.Handle (make_call_soon)
  Value m_handle_trace_hook;           // the recorder's handle hook while a run is recorded, else Null
  Value m_timer_handle_type;           // events.TimerHandle (make_call_at)
  Value m_heap_push;                   // heapq.heappush, for the loop's timer heap
  Value m_timer_trace_hook;            // as m_handle_trace_hook, for call_at
  // The native BaseEventLoop._run_once (builtins/loop_run_once.cpp):
  struct RunOnce {
    Value heappop;                     // heapq.heappop, for the timer heap
    Value py_run_once;                 // the Python method (rare cases)
    double max_select_timeout = 0;     // base_events.MAXIMUM_SELECT_TIMEOUT
    int64_t min_scheduled = 0;         // base_events._MIN_SCHEDULED_TIMER_HANDLES
  } m_run_once;
  // The native Future.set_result and Future._schedule_callbacks (builtins/future_done.cpp):
  struct FutureDone {
    Value py_set_result;               // the Python methods (rare cases)
    Value py_schedule_callbacks;
    Value native_schedule_callbacks;   // the native _schedule_callbacks
  } m_future_done;
  // The native Future.done and Future.cancelled (builtins/future_state.cpp):
  struct FutureState {
    Value py_done;       // the Python methods (calls with arguments)
    Value py_cancelled;
  } m_future_state;
  // The native Handle._run (builtins/handle_run.cpp):
  struct HandleRun {
    Value py_run;                      // Handle._py_run (a handle whose _args is not a tuple)
    Value failed;                      // Handle._callback_failed (a callback's error)
    Value native_run;                  // the native method itself
  } m_handle_run;
  // asyncio's Task for the native Task._step/_wakeup fast paths (builtins/task_step.cpp):
  struct TaskStep {
    Value task_type;     // tasks.Task (exactly: subclasses take the Python methods)
    Value future_type;   // futures.Future
    Value resume;        // _loopscope.make_task_resume(...)'s callable
    Value suspended;     // its "now waiting" marker
    Value py_step;       // Task._py_step, Task._py_wakeup: the Python versions (every other case)
    Value py_wakeup;
    Value settle;        // Task._settle(outcome): a step that did not leave the task waiting
    Value step_raised;   // Task._step_raised(error): a step whose coroutine raised
  } m_task_step;
  // The native Task.__init__ (builtins/task_init.cpp):
  struct TaskInit {
    Value py_init;       // the Python method (every other case)
    Value task_counter;  // tasks._task_counter: [the last Task-N number]
    Value all_tasks;     // tasks._all_tasks
  } m_task_init;
  // The native BaseEventLoop.create_future (builtins/future_new.cpp):
  struct CreateFuture {
    Value futures_dict;      // asyncio.futures' namespace (its Future may be rebound)
    Value future_type;       // the Future class the native method builds
    Value py_init;           // Future.__init__ when the method was made
    Value py_create_future;  // the Python method (every other case)
    uint64_t checked_epoch = ~uint64_t(0);  // g_type_epoch when __init__/__new__ were last found unchanged
  } m_create_future;
  std::set<std::string> m_warned;      // warnings already shown ("file:line: text"): each is shown once
};

extern InterpState* g_state;

// Instructions executed so far by the running program, and the count at which the dispatch loop
// next checks its budgets. Globals rather than InterpState fields: the dispatch loop bumps the
// count every instruction and then needs no register for the state (reset by each run).
extern uint64_t g_instructions;
extern uint64_t g_next_check;

// Recomputes when the dispatch loop must next check its budgets.
void update_budget_check();
// Called by the dispatch loop when g_instructions reaches g_next_check.
void budget_exceeded();

}  // namespace ls::lang
