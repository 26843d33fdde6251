// Token kinds and the Token record produced by the lexer (also used for syntax colouring).
#pragma once
#include <cstdint>
#include <string_view>

namespace ls::lang {

// Every kind of token. Operators each have their own kind so the parser can switch on them.
enum class TokenKind : std::uint8_t {
  EndMarker,      // end of input (always the last token)
  Name,           // identifier or keyword (see Token::keyword)
  Number,         // int or float literal (imaginary literals are rejected by the lexer)
  String,         // a complete non-f string literal, prefix and quotes included
  FStringStart,   // `f"` / `rf'''` ...: the prefix and opening quote of an f-string
  FStringMiddle,  // literal text inside an f-string or a format spec (escapes and {{ }} not yet decoded)
  FStringEnd,     // the closing quote of an f-string
  Newline,        // end of a logical line
  Indent,         // indentation increased (zero length, at the first character of the line)
  Dedent,         // indentation decreased (zero length)
  Comment,        // `# ...` (only with LexOptions::keep_trivia)
  NL,             // a newline that does not end a logical line (only with keep_trivia)
  ErrorToken,     // where lexing stopped with an error (the error is in LexResult::error)
  // ---- operators and delimiters ----
  LPar, RPar, LSqb, RSqb, LBrace, RBrace, Colon, Comma, Semi, Plus, Minus, Star, Slash, VBar, Amper,
  Less, Greater, Equal, Dot, Percent, EqEqual, NotEqual, LessEqual, GreaterEqual, Tilde, Circumflex,
  LeftShift, RightShift, DoubleStar, PlusEqual, MinEqual, StarEqual, SlashEqual, PercentEqual,
  AmperEqual, VBarEqual, CircumflexEqual, LeftShiftEqual, RightShiftEqual, DoubleStarEqual,
  DoubleSlash, DoubleSlashEqual, At, AtEqual, RArrow, Ellipsis, ColonEqual, Exclamation,
  Unknown,        // a printable ASCII character that is no Python token (`$`, `?`, a backquote)
};

// Hard keywords (soft keywords such as `match`, `case`, `type` stay plain names).
enum class Keyword : std::uint8_t {
  None_,  // not a keyword
  False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else,
  Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise,
  Return, Try, While, With, Yield,
};

// One token. Positions follow the AST convention: 1-based lines, 1-based UTF-8 byte columns,
// exclusive end. `offset`/`length` locate the token's bytes in the source text.
struct Token {
  TokenKind kind = TokenKind::EndMarker;  // what it is
  Keyword keyword = Keyword::None_;       // for Name tokens: which keyword, if any
  int line = 0;                           // first line
  int col = 0;                            // 1-based byte column of the first byte
  int end_line = 0;                       // last line (differs from line for triple-quoted strings)
  int end_col = 0;                        // 1-based byte column just past the last byte
  std::uint32_t offset = 0;               // byte offset of the first byte in the source
  std::uint32_t length = 0;               // length in bytes

  // The token's text inside "source" (the text the token came from).
  std::string_view text(std::string_view source) const { return source.substr(offset, length); }
};

// Printable name of a token kind ("NAME", "')'", ...), used in messages and tests.
const char* to_string(TokenKind kind);
// The keyword's spelling ("if"), or "" for Keyword::None_.
const char* to_string(Keyword kw);
// Classifies an identifier: its Keyword, or Keyword::None_.
Keyword keyword_of(std::string_view name);

}  // namespace ls::lang
