// libFuzzer target: the parser (and its error reporting) on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "engine/lang/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view source(reinterpret_cast<const char*>(data), size);
  ls::lang::ParseResult result = ls::lang::parse_module(source, "fuzz.py");
  if (!result.ok()) {
    // The message pieces are used to build the caret display: touch them all.
    volatile size_t n = result.error.message.size() + result.error.source_line.size();
    (void)n;
  }
  ls::lang::parse_expression(source);
  return 0;
}
