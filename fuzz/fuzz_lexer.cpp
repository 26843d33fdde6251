// libFuzzer target: the tokenizer on arbitrary bytes (must never crash, hang or read out of bounds).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "engine/lang/lexer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view source(reinterpret_cast<const char*>(data), size);
  ls::lang::tokenize(source);
  ls::lang::LexOptions trivia;
  trivia.keep_trivia = true;  // the syntax colouring path of the app
  ls::lang::tokenize(source, trivia);
  return 0;
}
