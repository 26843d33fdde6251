// libFuzzer target: parse then compile to bytecode (every program the parser accepts must compile).
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include "engine/lang/code.h"
#include "engine/lang/compiler.h"
#include "engine/lang/interpreter.h"
#include "engine/lang/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static bool ready = [] {
    // The first run initialises the builtin types the code objects need.
    std::ostringstream out, err;
    ls::lang::run_source("pass\n", "init.py", ls::lang::RunOptions{}, out, err);
    return true;
  }();
  (void)ready;
  std::string_view source(reinterpret_cast<const char*>(data), size);
  ls::lang::ParseResult result = ls::lang::parse_module(source, "fuzz.py");
  if (!result.ok()) return 0;
  ls::lang::Ref<ls::lang::CodeObject> code = ls::lang::compile_module(*result.module, "fuzz.py", false);
  return 0;
}
