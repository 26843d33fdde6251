// Syntax colouring of lesson source with loopscope's own lexer: coloured spans per line, computed once per source text.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ls::gui {

// What a piece of source text is, for choosing its colour (the theme maps classes to colours).
enum class SyntaxClass : std::uint8_t {
  Plain,       // whitespace, names, operators
  Keyword,     // if, async, await, def ...
  Constant,    // True, False, None
  Builtin,     // print, len, range ... (a call of a well-known builtin)
  Definition,  // the name after def / class
  String,      // string literals and the literal parts of f-strings
  FStringBrace,// the { } (and ! : =) that open and close an f-string replacement field
  Docstring,   // a string that is a whole statement (module / function docstrings)
  Number,      // int and float literals
  Comment,     // # comments
  Narration,   // #: narration comments (the lesson talks to the learner)
  Decorator,   // @name
  Error,       // where the lexer stopped with an error
};

// A run of bytes of one class inside a line.
struct Span {
  int begin = 0;  // byte offset inside the line text
  int end = 0;    // byte offset just past the span
  SyntaxClass cls = SyntaxClass::Plain;
};

// One source line with its spans (spans cover the whole text, in order, without gaps).
struct ColouredLine {
  std::string text;         // the line without its newline (tabs expanded to spaces)
  std::vector<Span> spans;  // the classes of its bytes
};

// Colours "source" line by line. Never fails: after a lexing error the rest is Plain.
std::vector<ColouredLine> colour_source(std::string_view source);

}  // namespace ls::gui
