// The tokenizer: Python 3.12 source text → tokens (indentation, brackets, numbers, strings, f-strings).
#pragma once
#include <string_view>
#include <vector>

#include "engine/lang/diagnostic.h"
#include "engine/lang/token.h"

namespace ls::lang {

// Deepest bracket nesting (and parser recursion guard); CPython's limit is 200 levels.
constexpr int kMaxNesting = 200;
// Indentation stack size, the base level included: CPython accepts 99 indented levels.
constexpr int kMaxIndent = 100;

struct LexOptions {
  bool keep_trivia = false;  // also emit Comment and NL tokens (for syntax colouring)
};

// All tokens of a text. On an error, tokens end with an ErrorToken (at the error position)
// followed by EndMarker, and `error` describes it (columns already in characters).
struct LexResult {
  std::vector<Token> tokens;                // the tokens, EndMarker last
  bool ok = true;                           // false when lexing stopped at an error
  SyntaxErrorInfo error;                    // the error when !ok
};

// Tokenizes "source" (UTF-8; a leading BOM is skipped, token offsets still index "source").
// F-strings come out as FStringStart, FStringMiddle*, `{` expression tokens [`=`] [`!` Name]
// [`:` FStringMiddle / nested fields] `}` ..., FStringEnd, as in CPython 3.12.
LexResult tokenize(std::string_view source, const LexOptions& options = {});

// True for bytes that may start / continue an identifier (non-ASCII code points are checked
// by the lexer with a coarse letter test).
bool is_ident_start_ascii(unsigned char c);
bool is_ident_continue_ascii(unsigned char c);

}  // namespace ls::lang
