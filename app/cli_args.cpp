// Command-line parsing for the loopscope executable: verbs, flags and their values.
#include "app/cli_args.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace ls::app {
namespace {

// Parses a non-negative number with an optional binary suffix (K, M, G) for byte counts.
bool parse_count(const std::string& text, std::uint64_t& out) {
  if (text.empty()) return false;
  std::uint64_t multiplier = 1;
  std::string digits = text;
  char last = digits.back();
  if (last == 'K' || last == 'k') multiplier = 1ull << 10;
  if (last == 'M' || last == 'm') multiplier = 1ull << 20;
  if (last == 'G' || last == 'g') multiplier = 1ull << 30;
  if (multiplier != 1) digits.pop_back();
  std::string cleaned;
  for (char c : digits)
    if (c != '_') cleaned += c;
  auto [ptr, ec] = std::from_chars(cleaned.data(), cleaned.data() + cleaned.size(), out);
  if (ec != std::errc() || ptr != cleaned.data() + cleaned.size() || cleaned.empty()) return false;
  if (out > UINT64_MAX / multiplier) return false;  // "99999999999G" must not wrap around to a tiny cap
  out *= multiplier;
  return true;
}

bool parse_seconds(const std::string& text, double& out) {
  char* end = nullptr;
  out = std::strtod(text.c_str(), &end);
  return !text.empty() && end == text.c_str() + text.size() && std::isfinite(out) && out >= 0;
}

bool is_gui_flag(const std::string& a) {
  return a == "--size" || a == "--frames" || a == "--screenshot" || a == "--dump-state" ||
         a == "--bench-frames" || a == "--line" || a == "--goto";
}

bool ends_with_py(const std::string& a) { return a.size() > 3 && a.compare(a.size() - 3, 3, ".py") == 0; }

// "WxH" with both sides 64..16384.
bool parse_size(const std::string& text, int& w, int& h) {
  std::size_t x = text.find_first_of("xX");
  if (x == std::string::npos) return false;
  std::uint64_t a = 0, b = 0;
  if (!parse_count(text.substr(0, x), a) || !parse_count(text.substr(x + 1), b)) return false;
  if (a < 64 || b < 64 || a > 16384 || b > 16384) return false;
  w = static_cast<int>(a);
  h = static_cast<int>(b);
  return true;
}

// The desktop app's command line: [FILE.py] and GUI flags in any order.
std::optional<Command> parse_start(const std::vector<std::string>& args, std::string& error) {
  Command cmd;
  cmd.verb = "start";
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (!is_gui_flag(a)) {
      if (a.size() > 1 && a[0] == '-') {
        error = "unknown option '" + a + "' (try: loopscope --help)";
        return std::nullopt;
      }
      if (!cmd.file.empty()) {
        error = "the app opens one lesson at a time (got '" + cmd.file + "' and '" + a + "')";
        return std::nullopt;
      }
      cmd.file = a;
      continue;
    }
    if (i + 1 >= args.size()) {
      error = a + " needs a value";
      return std::nullopt;
    }
    const std::string& v = args[++i];
    std::uint64_t n = 0;
    if (a == "--size") {
      if (!parse_size(v, cmd.gui.width, cmd.gui.height)) {
        error = "--size wants WIDTHxHEIGHT such as 1280x800, not '" + v + "'";
        return std::nullopt;
      }
    } else if (a == "--screenshot") {
      cmd.gui.screenshot = v;
    } else if (a == "--dump-state") {
      cmd.gui.dump_state = v;
    } else if (a == "--goto") {
      if (!parse_count(v, n) || n > 100000000) {
        error = "--goto wants a number of event-loop steps (0 or more), not '" + v + "'";
        return std::nullopt;
      }
      cmd.gui.goto_step = static_cast<long>(n);
    } else {
      if (!parse_count(v, n) || n == 0 || n > 100000000) {
        error = a + " wants a positive whole number, not '" + v + "'";
        return std::nullopt;
      }
      if (a == "--frames") cmd.gui.frames = static_cast<long>(n);
      if (a == "--bench-frames") cmd.gui.bench_frames = static_cast<long>(n);
      if (a == "--line") cmd.gui.line = static_cast<int>(std::min<std::uint64_t>(n, 1u << 30));
    }
  }
  // A screenshot needs a last frame: without --frames, render a few so the layout settles.
  if (!cmd.gui.screenshot.empty() && cmd.gui.frames == 0 && cmd.gui.bench_frames == 0) cmd.gui.frames = 3;
  return cmd;
}

}  // namespace

std::string usage_text() {
  return
      "usage: loopscope [FILE.py] [app options]   open a lesson in the desktop app\n"
      "       loopscope run FILE.py [options] [args...]\n"
      "       loopscope dis FILE.py               print the bytecode\n"
      "       loopscope trace [--json OUT] [--chrome-trace OUT] [--max-events N] [run options] FILE.py\n"
      "                                           record every event of a run (docs/trace.md)\n"
      "       loopscope check PATH...             validate lesson files (metadata, narration, a clean run)\n"
      "       loopscope new LESSON.py             write a commented lesson template\n"
      "\n"
      "run options:\n"
      "  --timestamps            prefix each output line with its virtual time\n"
      "  --steps OUT             write the schedule trace (one line per task step) to OUT\n"
      "  --max-time S            stop when virtual time would pass S seconds (default 3600; exit 4)\n"
      "  --max-instructions N    stop after N instructions in all (default 2000000000; exit 6)\n"
      "  --step-budget N         instructions one task step may run without awaiting (default 200000000; exit 5)\n"
      "  --max-memory BYTES      memory cap for Python objects, e.g. 512M (default 1G; MemoryError)\n"
      "  --recursion-limit N     Python frames deep before RecursionError (default 1000)\n"
      "  --max-tasks N           live asyncio tasks allowed (default 5000000)\n"
      "\n"
      "app options (scripted runs for tests and screenshots):\n"
      "  --size WxH              window size, e.g. 1280x800\n"
      "  --frames N              render N frames, then exit\n"
      "  --screenshot OUT.png    save the last frame as a PNG (renders 3 frames unless --frames)\n"
      "  --dump-state OUT.json   write the open lesson, cursor, errors, theme and font size at exit\n"
      "  --bench-frames N        render N frames as fast as possible and print frame-time percentiles\n"
      "  --line N                start with line N as the line about to run (previews its narration)\n"
      "  --goto STEP             start after STEP event-loop steps (handle runs) of the recorded run\n";
}

std::optional<Command> parse_command_line(const std::vector<std::string>& args, std::string& error) {
  Command cmd;
  std::size_t i = 0;
  if (args.empty()) {
    cmd.verb = "start";
    return cmd;
  }
  const std::string& first = args[0];
  if (first == "-h" || first == "--help" || first == "help") {
    cmd.verb = "help";
    return cmd;
  }
  if (first == "--version") {
    cmd.verb = "version";
    return cmd;
  }
  if (first == "check") {
    cmd.verb = first;
    cmd.paths.assign(args.begin() + 1, args.end());
    if (cmd.paths.empty()) {
      error = "loopscope check needs lesson files or folders";
      return std::nullopt;
    }
    return cmd;
  }
  if (first == "new") {
    cmd.verb = first;
    if (args.size() != 2) {
      error = "usage: loopscope new LESSON.py";
      return std::nullopt;
    }
    cmd.file = args[1];
    return cmd;
  }
  if (first == "run" || first == "dis" || first == "trace") {
    cmd.verb = first;
    i = 1;
  } else if (ends_with_py(first) || is_gui_flag(first)) {
    return parse_start(args, error);
  } else {
    error = "unknown command '" + first + "' (try: loopscope --help)";
    return std::nullopt;
  }
  // Flags come before FILE; everything after FILE belongs to the program.
  for (; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (!cmd.file.empty()) {
      cmd.program_args.push_back(a);
      continue;
    }
    auto value = [&](const char* flag) -> const std::string* {
      if (i + 1 >= args.size()) {
        error = std::string(flag) + " needs a value";
        return nullptr;
      }
      return &args[++i];
    };
    std::uint64_t count = 0;
    if (cmd.verb == "trace" && (a == "--json" || a == "--chrome-trace" || a == "--max-events")) {
      auto v = value(a.c_str());
      if (!v) return std::nullopt;
      if (a == "--json") cmd.trace.json = *v;
      if (a == "--chrome-trace") cmd.trace.chrome = *v;
      if (a == "--max-events" && (!parse_count(*v, cmd.trace.max_events) || cmd.trace.max_events < 16)) {
        error = "--max-events wants a whole number of at least 16, not '" + *v + "'";
        return std::nullopt;
      }
    } else if (a == "--timestamps") {
      cmd.options.timestamps = true;
    } else if (a == "--steps") {
      auto v = value("--steps");
      if (!v) return std::nullopt;
      cmd.options.steps_path = *v;
    } else if (a == "--max-time") {
      auto v = value("--max-time");
      if (!v) return std::nullopt;
      if (!parse_seconds(*v, cmd.options.max_time)) {
        error = "--max-time wants a number of seconds, not '" + *v + "'";
        return std::nullopt;
      }
    } else if (a == "--max-instructions" || a == "--step-budget" || a == "--max-memory" ||
               a == "--recursion-limit" || a == "--max-tasks") {
      auto v = value(a.c_str());
      if (!v) return std::nullopt;
      if (!parse_count(*v, count) || count == 0) {
        error = a + " wants a positive whole number, not '" + *v + "'";
        return std::nullopt;
      }
      if (a == "--max-instructions") cmd.options.max_instructions = count;
      if (a == "--step-budget") cmd.options.step_budget = count;
      if (a == "--max-memory") cmd.options.max_memory = count;
      if (a == "--max-tasks") cmd.options.max_tasks = count;
      if (a == "--recursion-limit") {
        if (count > 100000) {
          error = "--recursion-limit is at most 100000";
          return std::nullopt;
        }
        cmd.options.recursion_limit = static_cast<int>(count);
      }
    } else if (a.size() > 1 && a[0] == '-') {
      error = "unknown option '" + a + "' (try: loopscope --help)";
      return std::nullopt;
    } else {
      cmd.file = a;
    }
  }
  if (cmd.file.empty()) {
    error = "loopscope " + cmd.verb + " needs a FILE.py";
    return std::nullopt;
  }
  return cmd;
}

}  // namespace ls::app
