// Test helper: runs a small Python program through the engine and returns what it printed.
#pragma once
#include <sstream>
#include <string>

#include <doctest/doctest.h>

#include "engine/lang/interpreter.h"

namespace ls::test {

struct ProgramResult {
  int exit_code;
  std::string out;
  std::string err;
};

inline ProgramResult run_program(const std::string& source) {
  ls::lang::RunOptions options;
  options.argv = {"prog.py"};
  std::ostringstream out, err;
  int rc = ls::lang::run_source(source, "prog.py", options, out, err);
  return {rc, out.str(), err.str()};
}

// Checks that 'source' runs cleanly and prints exactly 'expected' (recorded from CPython 3.12).
inline void check_program(const std::string& source, const std::string& expected) {
  ProgramResult r = run_program(source);
  INFO("stderr: " << r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out == expected);
}

}  // namespace ls::test
