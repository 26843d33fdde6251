// Interpreter services for native code: output sinks, the virtual clock, budgets, the
// steps trace, and walking a coroutine's await chain (used by the _loopscope/time/sys modules).
#pragma once
#include <string>
#include <string_view>

#include "engine/lang/object.h"

namespace ls::lang {

struct ModuleObject;

// Program stdout (print, sys.stdout.write). With --timestamps, each line starts with
// "[%9.3f] " holding the virtual time when its first character was written.
void write_stdout(std::string_view text);
// Program stderr (warnings, tracebacks); no timestamps.
void write_stderr(std::string_view text);
// Shows a warning like the warnings module's default action, at the innermost program
// line: "FILE:LINE: Category: text", the source line, once per location and text.
// 'main_only': only when that line is in __main__ (DeprecationWarning's default filter).
// 'tracemalloc_hint': CPython's note under warnings about a finalized object.
void warn_program(const std::string& category_and_text, bool main_only, bool tracemalloc_hint);
// The process-wide virtual clock in seconds (shared by all event loops; starts at 0.0).
double virtual_time();
void set_virtual_time(double t);     // time.sleep and the event loop move it (never backwards)
// One line of the --steps trace (the caller formats it; a newline is added). No-op when off.
void write_steps_line(std::string_view line);
bool steps_enabled();
// The RunOptions of this run (budgets, max_time, argv).
const struct RunOptions& run_options();

// Per-task-step instruction budget: the asyncio code brackets each task step with these
// (_loopscope.step_begin(name) / step_end()). Over budget, the VM prints
// "BlockedLoopError: Task-2 ran 10000000 instructions without awaiting (line 7): the event loop is blocked"
// and the run exits with code 5.
void step_begin(std::string_view task_name);
void step_end();

// Ends the run at once with 'exit_code' after printing 'message' (plus newline) on stderr:
// used for the deadlock (3) and time-limit (4) stops. Nothing else runs afterwards.
[[noreturn]] void abort_run(int exit_code, std::string_view message);

// Where a suspended coroutine is: follow the await chain (cr_await of each coroutine) from
// 'coro' and report the innermost frame that belongs to the program (not the embedded library).
// found=false when the chain has no program frame; then co_name is the outer coroutine's name.
struct AwaitLocation {
  bool found = false;
  std::string_view co_name;  // function name of that frame (the code object's own text: valid while coro lives)
  int line = 0;         // its current line (for an await: the line where the awaited expression starts)
};
AwaitLocation await_location(const Value& coro);

// Registers a native function installed into builtins at the start of every run (embedders, tests).
void add_extra_builtin(const char* name, Value (*fn)(struct CallArgs&));

// sys.modules and the current module registry (for module_sys.cpp).
Value sys_modules_dict();

}  // namespace ls::lang
