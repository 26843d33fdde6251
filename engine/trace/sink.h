// The hook interface the VM calls while a run is being recorded (no-op when nobody records).
#pragma once
#include <string_view>

namespace ls::trace {

// What the VM reports to the recorder. The VM checks `g_trace_sink` (one load and a branch)
// and calls these only when a recording is running. The recorder knows which task is running
// (the asyncio code reports step begin/end), so the VM passes no task.
class TraceSink {
 public:
  virtual ~TraceSink() = default;
  // Program output (print, sys.stdout.write, sys.stderr.write), as written, at the current virtual time.
  virtual void output_written(std::string_view text, bool to_stderr) = 0;
  // A warning printed by the VM (e.g. "RuntimeWarning: coroutine 'f' was never awaited").
  virtual void warning_issued(std::string_view text) = 0;
  // A frame of program code (not the embedded library) starts executing a new line
  // (when the line number changes, or a frame starts/resumes at a line).
  virtual void line_reached(int line) = 0;
};

// The active sink, or nullptr when the run is not recorded. Set by engine/trace only.
inline TraceSink* g_trace_sink = nullptr;

}  // namespace ls::trace
