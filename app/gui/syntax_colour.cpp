// Syntax colouring with loopscope's own lexer (see syntax_colour.h).
#include "app/gui/syntax_colour.h"

#include <algorithm>
#include <string_view>

#include "engine/lang/lexer.h"

namespace ls::gui {
namespace {

using lang::Keyword;
using lang::Token;
using lang::TokenKind;

bool is_builtin_name(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "print", "len", "range", "isinstance", "str", "int", "float", "list", "dict", "set", "tuple",
      "sum", "min", "max", "sorted", "enumerate", "zip", "repr", "type", "super", "object", "iter",
      "next", "anext", "aiter", "abs", "any", "all", "map", "filter", "open", "round", "bool",
      "hasattr", "getattr", "setattr", "id", "hash", "reversed", "callable", "format", "divmod",
      "Exception", "ValueError", "TypeError", "RuntimeError", "KeyError", "IndexError",
      "StopIteration", "StopAsyncIteration", "KeyboardInterrupt", "BaseException", "ExceptionGroup",
      "BaseExceptionGroup", "TimeoutError", "ZeroDivisionError", "AttributeError", "NameError",
      "NotImplementedError", "AssertionError", "OSError", "ConnectionError", "self", "cls"};
  return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

bool ends_statement(TokenKind k) {
  return k == TokenKind::Newline || k == TokenKind::EndMarker || k == TokenKind::NL ||
         k == TokenKind::Comment;
}

// Byte offsets where each line starts, plus one past the end.
std::vector<std::uint32_t> line_starts(std::string_view source) {
  std::vector<std::uint32_t> starts{0};
  for (std::uint32_t i = 0; i < source.size(); ++i)
    if (source[i] == '\n') starts.push_back(i + 1);
  return starts;
}

}  // namespace

std::vector<ColouredLine> colour_source(std::string_view source) {
  // One class per source byte, then cut into lines and runs: simple, and tokens that span
  // lines (docstrings) need no special case.
  std::vector<SyntaxClass> cls(source.size(), SyntaxClass::Plain);
  lang::LexOptions options;
  options.keep_trivia = true;
  lang::LexResult lexed = lang::tokenize(source, options);
  const std::vector<Token>& toks = lexed.tokens;

  auto paint = [&](const Token& t, SyntaxClass c) {
    std::size_t end = std::min<std::size_t>(t.offset + t.length, source.size());
    for (std::size_t i = t.offset; i < end; ++i) cls[i] = c;
  };
  int fstring_depth = 0;
  TokenKind previous = TokenKind::Newline;  // the previous significant token's kind
  Keyword previous_kw = Keyword::None_;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    const TokenKind next = i + 1 < toks.size() ? toks[i + 1].kind : TokenKind::EndMarker;
    switch (t.kind) {
      case TokenKind::Name: {
        std::string_view text = t.text(source);
        if (t.keyword == Keyword::True || t.keyword == Keyword::False || t.keyword == Keyword::None)
          paint(t, SyntaxClass::Constant);
        else if (t.keyword != Keyword::None_)
          paint(t, SyntaxClass::Keyword);
        else if (previous_kw == Keyword::Def || previous_kw == Keyword::Class)
          paint(t, SyntaxClass::Definition);
        else if (previous == TokenKind::At)
          paint(t, SyntaxClass::Decorator);
        else if (previous != TokenKind::Dot && is_builtin_name(text))
          paint(t, SyntaxClass::Builtin);
        break;
      }
      case TokenKind::Number: paint(t, SyntaxClass::Number); break;
      case TokenKind::String: {
        bool whole_statement = (previous == TokenKind::Newline || previous == TokenKind::Indent ||
                                previous == TokenKind::Dedent) &&
                               ends_statement(next);
        paint(t, whole_statement ? SyntaxClass::Docstring : SyntaxClass::String);
        break;
      }
      case TokenKind::FStringStart:
        ++fstring_depth;
        paint(t, SyntaxClass::String);
        break;
      case TokenKind::FStringMiddle: paint(t, SyntaxClass::String); break;
      case TokenKind::FStringEnd:
        fstring_depth = std::max(0, fstring_depth - 1);
        paint(t, SyntaxClass::String);
        break;
      case TokenKind::LBrace:
      case TokenKind::RBrace:
        if (fstring_depth > 0) paint(t, SyntaxClass::FStringBrace);
        break;
      case TokenKind::Comment: {
        std::string_view text = t.text(source);
        paint(t, text.substr(0, 2) == "#:" ? SyntaxClass::Narration : SyntaxClass::Comment);
        break;
      }
      case TokenKind::At:
        if (previous == TokenKind::Newline || previous == TokenKind::Indent || previous == TokenKind::Dedent)
          paint(t, SyntaxClass::Decorator);
        break;
      default: break;
    }
    if (t.kind != TokenKind::NL && t.kind != TokenKind::Comment) {
      if (t.kind == TokenKind::At && previous != TokenKind::Newline && previous != TokenKind::Indent &&
          previous != TokenKind::Dedent) {
        previous = TokenKind::Plus;  // a matrix-multiply @, not a decorator
      } else {
        previous = t.kind;
      }
      previous_kw = t.kind == TokenKind::Name ? t.keyword : Keyword::None_;
    }
  }
  std::vector<ColouredLine> lines;
  std::vector<std::uint32_t> starts = line_starts(source);
  // Where lexing stopped: mark from the error's column to the end of its line, so the learner
  // sees where the lexer gave up (the ErrorToken itself may sit at the end of the line).
  if (!lexed.ok && lexed.error.line >= 1 && lexed.error.line <= static_cast<int>(starts.size())) {
    std::size_t at = starts[lexed.error.line - 1];
    for (int c = 1; c < lexed.error.col && at < source.size() && source[at] != '\n'; ++c) {
      ++at;
      while (at < source.size() && (static_cast<unsigned char>(source[at]) & 0xC0) == 0x80) ++at;
    }
    for (; at < source.size() && source[at] != '\n'; ++at) cls[at] = SyntaxClass::Error;
  }
  for (std::size_t l = 0; l + 1 <= starts.size(); ++l) {
    std::uint32_t begin = starts[l];
    std::uint32_t end = l + 1 < starts.size() ? starts[l + 1] - 1 : static_cast<std::uint32_t>(source.size());
    if (l + 1 == starts.size() && begin == source.size() && l > 0) break;  // no empty line after a final newline
    ColouredLine line;
    std::string_view raw = source.substr(begin, end - begin);
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    line.text.assign(raw);
    std::replace(line.text.begin(), line.text.end(), '\t', ' ');
    for (std::size_t i = 0; i < raw.size(); ++i) {
      SyntaxClass c = cls[begin + i];
      if (line.spans.empty() || line.spans.back().cls != c)
        line.spans.push_back({static_cast<int>(i), static_cast<int>(i + 1), c});
      else
        line.spans.back().end = static_cast<int>(i + 1);
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace ls::gui
