// Helpers for the engine/lang unit tests: run Python source text and capture its output.
#pragma once
#include <sstream>
#include <string>

#include "engine/lang/interpreter.h"

namespace ls::lang::test {

struct RunResult {
  int exit_code;
  std::string out;
  std::string err;
  // The last non-empty line of stderr (the exception line of a traceback).
  std::string last_err_line() const {
    std::string s = err;
    while (!s.empty() && s.back() == '\n') s.pop_back();
    size_t nl = s.rfind('\n');
    return nl == std::string::npos ? s : s.substr(nl + 1);
  }
};

inline RunResult run(const std::string& source, RunOptions options = {}) {
  std::ostringstream out, err;
  int code = run_source(source, "prog.py", options, out, err);
  return RunResult{code, out.str(), err.str()};
}

}  // namespace ls::lang::test
