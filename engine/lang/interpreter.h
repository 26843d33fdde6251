// The engine's front door: run or disassemble a Python program file (used by the CLI and tests).
#pragma once
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace ls::lang {

// Budgets and output switches for one run; every field has a command-line flag in app/.
struct RunOptions {
  bool timestamps = false;          // prefix each stdout line with "[%9.3f] " virtual time (oracle format)
  std::string steps_path;           // when not empty: write the schedule trace (oracle --steps format) here
  double max_time = 3600.0;         // virtual seconds; a wake-up past it ends the run with exit 4
  // Whole-program instruction budget: far above any lesson (fib(27) takes ~10M), but a
  // runaway loop at module level stops within seconds.
  std::uint64_t max_instructions = 2'000'000'000ull;
  // Instructions one task step may run without awaiting (exit 5). Library code (asyncio itself)
  // counts too, so this leaves room for a step that starts 100,000 tasks; a busy loop is still
  // stopped within seconds.
  std::uint64_t step_budget = 200'000'000;
  std::size_t max_memory = std::size_t(1) << 30;       // bytes of Python objects; above it: MemoryError
  int recursion_limit = 1000;       // Python frames deep; above it: RecursionError (as CPython)
  std::size_t max_tasks = 5'000'000;  // live asyncio tasks
  std::vector<std::string> argv;    // sys.argv (argv[0] is the program path)
  // When set, run_file runs this text as if it were the file's content (the app's editor runs
  // unsaved edits this way: tracebacks, __file__ and sibling imports still use the file's place).
  std::optional<std::string> source;
};

// Runs the program at "path" as __main__. Program stdout goes to "out", diagnostics and
// tracebacks to "err". Returns the process exit code (0, sys.exit(n), 1 for an uncaught
// exception or a syntax error, 3 deadlock, 4 time limit, 5 blocked loop).
int run_file(const std::string& path, const RunOptions& options, std::ostream& out, std::ostream& err);

// Same, for source text already in memory ("filename" is used in messages).
int run_source(const std::string& source, const std::string& filename, const RunOptions& options,
               std::ostream& out, std::ostream& err);

// Compiles the program and prints its bytecode (every code object) to "out". Returns 0, or 1
// with a syntax error on "err".
int disassemble_file(const std::string& path, std::ostream& out, std::ostream& err);

}  // namespace ls::lang
