// Command-line parsing for the loopscope executable: verbs, flags and their values.
#include "app/cli_args.h"

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
  out *= multiplier;
  return true;
}

bool parse_seconds(const std::string& text, double& out) {
  char* end = nullptr;
  out = std::strtod(text.c_str(), &end);
  return !text.empty() && end == text.c_str() + text.size() && std::isfinite(out) && out >= 0;
}

}  // namespace

std::string usage_text() {
  return
      "usage: loopscope [FILE.py]                 open a lesson (until the desktop app lands: run it)\n"
      "       loopscope run FILE.py [options] [args...]\n"
      "       loopscope dis FILE.py               print the bytecode\n"
      "       loopscope check PATH...             validate lesson files (metadata, narration, a clean run)\n"
      "       loopscope new LESSON.py             write a commented lesson template\n"
      "\n"
      "run options:\n"
      "  --timestamps            prefix each output line with its virtual time\n"
      "  --steps OUT             write the schedule trace (one line per task step) to OUT\n"
      "  --max-time S            stop when virtual time would pass S seconds (default 3600; exit 4)\n"
      "  --max-instructions N    stop after N instructions in all (default 20000000000)\n"
      "  --step-budget N         instructions one task step may run without awaiting (default 10000000; exit 5)\n"
      "  --max-memory BYTES      memory cap for Python objects, e.g. 512M (default 1G; MemoryError)\n"
      "  --recursion-limit N     Python frames deep before RecursionError (default 1000)\n"
      "  --max-tasks N           live asyncio tasks allowed (default 5000000)\n";
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
  if (first == "run" || first == "dis") {
    cmd.verb = first;
    i = 1;
  } else if (first.size() > 3 && first.compare(first.size() - 3, 3, ".py") == 0) {
    cmd.verb = "start";
    cmd.file = first;
    return cmd;
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
    if (a == "--timestamps") {
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
