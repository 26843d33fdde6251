// The "trace" verb: a thin wrapper over engine/trace (record_file + the exporters).
#include "app/cli_trace.h"

#include <fstream>
#include <ostream>

#include "engine/trace/export.h"
#include "engine/trace/vm/trace_run.h"

namespace ls::app {

int trace_command(const Command& cmd, std::ostream& err) {
  trace::Recording rec;
  trace::RecorderOptions ropts;
  ropts.max_events = cmd.trace.max_events;
  int code = trace::record_file(cmd.file, cmd.options, rec, ropts, nullptr, nullptr);
  auto write = [&](const std::string& path, void (*writer)(const trace::Recording&, std::ostream&)) {
    if (path.empty()) return true;
    std::ofstream f(path, std::ios::binary);
    if (f) writer(rec, f);
    if (!f) {
      err << "loopscope: cannot write " << path << "\n";
      return false;
    }
    return true;
  };
  if (!write(cmd.trace.json, trace::write_json_lines) || !write(cmd.trace.chrome, trace::write_chrome_trace)) return 2;
  if (cmd.trace.json.empty() && cmd.trace.chrome.empty())
    err << "loopscope: recorded " << rec.size() << " events (exit code " << code << "); use --json OUT or --chrome-trace OUT to save them\n";
  return code;
}

}  // namespace ls::app
