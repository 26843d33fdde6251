// libFuzzer target: whole-program runs (parse, compile, execute with asyncio) under small budgets.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "engine/lang/interpreter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 8192) return 0;  // long inputs only slow the search down
  ls::lang::RunOptions options;
  options.max_instructions = 200'000;
  options.step_budget = 50'000;
  options.max_memory = 32u << 20;
  options.recursion_limit = 200;
  options.max_tasks = 1'000;
  options.max_time = 100.0;
  options.argv = {"fuzz.py"};
  std::ostringstream out, err;
  std::string source(reinterpret_cast<const char*>(data), size);
  int code = ls::lang::run_source(source, "fuzz.py", options, out, err);
  // Exit codes are the documented ones: 0, 1, 3..6, or sys.exit(n) of the program itself.
  (void)code;
  return 0;
}
