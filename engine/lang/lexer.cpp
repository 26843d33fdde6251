// The tokenizer: turns UTF-8 source into tokens, tracking indentation, brackets and f-string modes.
//
// Index
//   - character classes
//   - Lexer: state
//   - Lexer: driver (run, next_token)
//   - Lexer: indentation
//   - Lexer: numbers
//   - Lexer: strings and f-strings
//   - Lexer: operators and brackets
//   - tokenize()
#include "engine/lang/lexer.h"

#include <cstdio>
#include <string>

#include "engine/lang/source.h"

namespace ls::lang {

// ============================================================================================
// character classes
// ============================================================================================

bool is_ident_start_ascii(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool is_ident_continue_ascii(unsigned char c) { return is_ident_start_ascii(c) || (c >= '0' && c <= '9'); }

namespace {

// A coarse stand-in for Unicode's XID classes: non-ASCII code points count as letters unless
// they fall in blocks of punctuation, symbols, spaces or emoji. Good enough for lesson code
// (accented Latin, Greek, Cyrillic, CJK identifiers) without shipping Unicode tables.
bool is_identifier_cp(std::int32_t cp) {
  if (cp < 0x80) return is_ident_continue_ascii(static_cast<unsigned char>(cp));
  if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA || cp == 0xB7;
  if (cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x206F) return cp == 0x203F || cp == 0x2040;  // general punctuation
  if (cp >= 0x2190 && cp <= 0x2BFF) return false;                          // arrows, math, boxes
  if (cp >= 0x3000 && cp <= 0x3003) return false;                          // CJK punctuation
  if (cp >= 0xFE00 && cp <= 0xFE0F) return false;                          // variation selectors
  if (cp == 0xFEFF) return false;
  if (cp >= 0xFF01 && cp <= 0xFF0F) return false;                          // fullwidth punctuation
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return false;                        // emoji and pictographs
  return true;
}

// Code points that are invisible or spacing and get CPython's "non-printable" message.
bool is_nonprintable_cp(std::int32_t cp) {
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0xA0) || cp == 0xAD ||
         (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) || cp == 0x205F ||
         cp == 0x3000 || cp == 0xFEFF;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_digit_of_base(char c, int base) {
  switch (base) {
    case 2: return c == '0' || c == '1';
    case 8: return c >= '0' && c <= '7';
    case 16: return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    default: return is_digit(c);
  }
}

// True when "p" is one of the string prefixes Python accepts (any case): r u b f br rb fr rf.
bool is_string_prefix(std::string_view p) {
  if (p.empty() || p.size() > 2) return false;
  std::string s;
  for (char c : p) s += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return s == "r" || s == "u" || s == "b" || s == "f" || s == "br" || s == "rb" || s == "fr" || s == "rf";
}

// ============================================================================================
// Lexer: state
// ============================================================================================

class Lexer {
 public:
  Lexer(std::string_view source, const LexOptions& options) : m_src(source), m_options(options) {}
  LexResult run();

 private:
  // What the lexer is inside of, innermost last. Outside f-strings the stack is empty.
  enum class ModeKind { FString, Field, Spec };
  struct Mode {
    ModeKind kind;               // literal text of an f-string / a replacement field / a format spec
    char quote;                  // the enclosing f-string's quote character
    bool triple;                 // the enclosing f-string is triple-quoted
    bool raw;                    // the enclosing f-string has an r prefix
    std::size_t bracket_index;   // Field/Spec: index in m_brackets of the field's '{'
    int line;                    // where the enclosing f-string started
    int col;                     //   (1-based byte column of its prefix)
  };
  // An open bracket, for implicit line joining and mismatch messages.
  struct Bracket {
    char ch;    // '(', '[' or '{'
    int line;   // where it opened
    int col;    // 1-based byte column
  };

  std::string_view m_src;                // the whole text
  LexOptions m_options;                  // trivia on/off
  std::size_t m_pos = 0;                 // next byte to read
  int m_line = 1;                        // current line (1-based)
  std::size_t m_line_start = 0;          // byte offset where the current line starts
  std::vector<Token> m_tokens;           // output
  std::vector<int> m_indents{0};         // indentation stack, tabs to multiples of 8
  std::vector<int> m_alt_indents{0};     // same with tabs counted as 1 (TabError detection)
  std::vector<Bracket> m_brackets;       // open brackets, innermost last
  std::vector<Mode> m_modes;             // f-string modes, innermost last
  bool m_at_line_start = true;           // next read starts a physical line outside brackets
  bool m_blank_line = false;             // the current line has only whitespace/comments so far
  bool m_failed = false;                 // an error was recorded
  SyntaxErrorInfo m_error;               // the error (byte columns until run() converts them)

  char peek(std::size_t ahead = 0) const {
    return m_pos + ahead < m_src.size() ? m_src[m_pos + ahead] : '\0';
  }
  bool at_end() const { return m_pos >= m_src.size(); }
  int col_of(std::size_t offset) const { return static_cast<int>(offset - m_line_start) + 1; }
  int col() const { return col_of(m_pos); }

  // Records a token from "start" (on line "line", byte column "col") to the current position.
  void emit(TokenKind kind, std::size_t start, int line, int col, Keyword kw = Keyword::None_) {
    Token t;
    t.kind = kind;
    t.keyword = kw;
    t.line = line;
    t.col = col;
    t.end_line = m_line;
    t.end_col = this->col();
    t.offset = static_cast<std::uint32_t>(start);
    t.length = static_cast<std::uint32_t>(m_pos - start);
    m_tokens.push_back(t);
  }
  // Records a token that starts and ends on the current line.
  void emit_here(TokenKind kind, std::size_t start) { emit(kind, start, m_line, col_of(start)); }

  // Records the first error; lexing stops. Columns are 1-based bytes.
  void fail(const std::string& message, int line, int col, int end_line = 0, int end_col = 0,
            const char* kind = "SyntaxError") {
    if (m_failed) return;
    m_failed = true;
    m_error.kind = kind;
    m_error.message = message;
    m_error.line = line;
    m_error.col = col;
    m_error.end_line = end_line ? end_line : line;
    m_error.end_col = end_col;
  }
  void fail_here(const std::string& message, std::size_t offset) { fail(message, m_line, col_of(offset)); }

  // Moves past a line terminator at m_pos ("\n", "\r\n" or "\r") and starts a new line.
  void consume_newline() {
    if (peek() == '\r' && peek(1) == '\n') m_pos += 2;
    else m_pos += 1;
    ++m_line;
    m_line_start = m_pos;
  }

  void next_token();
  void at_line_start();
  void lex_end_of_file();
  void lex_newline();
  void lex_identifier_or_string();
  void lex_number();
  bool verify_end_of_number(const char* kind);
  void lex_string(std::size_t start, std::string_view prefix);
  void lex_fstring_text();
  void lex_operator();
  void open_bracket(char c, TokenKind kind);
  void close_bracket(char c, TokenKind kind);
  bool check_encoding(std::size_t& bad_line_start);
};

// ============================================================================================
// Lexer: driver
// ============================================================================================

LexResult Lexer::run() {
  m_tokens.reserve(m_src.size() / 4 + 16);  // typical code has a token every 4-6 bytes
  if (m_src.size() >= 3 && static_cast<unsigned char>(m_src[0]) == 0xEF &&
      static_cast<unsigned char>(m_src[1]) == 0xBB && static_cast<unsigned char>(m_src[2]) == 0xBF) {
    m_pos = m_line_start = 3;
  }
  std::size_t bad_line_start = 0;
  if (!check_encoding(bad_line_start)) {
    // CPython decodes line by line, so errors on earlier lines are found first: tokenize the
    // text before the undecodable line, then end with the decoding error.
    SyntaxErrorInfo decode_error = m_error;
    decode_error.source_line.clear();
    LexResult before = Lexer(m_src.substr(0, bad_line_start), m_options).run();
    const std::string& m = before.error.message;
    bool eof_error = m.find("was never closed") != std::string::npos || m.find("triple-quoted") != std::string::npos ||
                     m == "unexpected EOF while parsing";
    if (!before.ok && !eof_error) return before;
    auto& toks = before.tokens;
    while (!toks.empty() && (toks.back().kind == TokenKind::EndMarker || toks.back().kind == TokenKind::ErrorToken ||
                             toks.back().kind == TokenKind::Dedent ||
                             (toks.back().kind == TokenKind::Newline && toks.back().length == 0))) {
      toks.pop_back();
    }
    Token t;
    t.kind = TokenKind::ErrorToken;
    t.line = t.end_line = decode_error.line;
    t.col = t.end_col = 1;
    t.offset = static_cast<std::uint32_t>(bad_line_start);
    toks.push_back(t);
    t.kind = TokenKind::EndMarker;
    toks.push_back(t);
    before.ok = false;
    before.error = decode_error;
    return before;
  }
  {
    while (!m_failed) {
      std::size_t before = m_tokens.size();
      next_token();
      if (!m_tokens.empty() && m_tokens.back().kind == TokenKind::EndMarker && m_tokens.size() > before) break;
    }
  }
  LexResult result;
  if (m_failed) {
    Token t;
    t.kind = TokenKind::ErrorToken;
    t.line = t.end_line = m_error.line;
    t.col = t.end_col = m_error.col;
    t.offset = static_cast<std::uint32_t>(m_pos > m_src.size() ? m_src.size() : m_pos);
    m_tokens.push_back(t);
    Token end = t;
    end.kind = TokenKind::EndMarker;
    m_tokens.push_back(end);
    SourceText text(m_src);
    m_error.source_line = std::string(text.line(m_error.line));
    if (m_error.line == 1 && m_line_start == 3 && m_error.source_line.size() >= 3 &&
        m_error.source_line.compare(0, 3, "\xEF\xBB\xBF") == 0) {
      m_error.source_line.erase(0, 3);
    }
    bool bom = m_src.size() >= 3 && m_src.compare(0, 3, "\xEF\xBB\xBF") == 0;
    auto to_chars = [&](int line, int col) {
      if (col <= 0) return col;
      int c = text.char_col(line, col + (bom && line == 1 ? 3 : 0));
      return bom && line == 1 ? c - 1 : c;
    };
    m_error.col = to_chars(m_error.line, m_error.col);
    m_error.end_col = to_chars(m_error.end_line, m_error.end_col);
    result.ok = false;
    result.error = std::move(m_error);
  }
  result.tokens = std::move(m_tokens);
  return result;
}

// Rejects NUL bytes and invalid UTF-8 up front, as CPython's decoder does before tokenizing.
bool Lexer::check_encoding(std::size_t& bad_line_start) {
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = m_pos; i < m_src.size();) {
    unsigned char c = static_cast<unsigned char>(m_src[i]);
    if (c == '\n') {
      ++line;
      line_start = i + 1;
      ++i;
      continue;
    }
    if (c == 0) {
      fail("source code cannot contain null bytes", line, 0);
      bad_line_start = line_start;
      return false;
    }
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len;
    if (utf8_decode(m_src, i, len) < 0) {
      char buf[160];
      std::snprintf(buf, sizeof buf,
                    "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s", c,
                    i - line_start, (c & 0xC0) == 0x80 || c >= 0xF8 ? "invalid start byte" : "invalid continuation byte");
      fail(buf, line, 0);
      bad_line_start = line_start;
      return false;
    }
    i += static_cast<std::size_t>(len);
  }
  return true;
}

void Lexer::next_token() {
  if (!m_modes.empty() && m_modes.back().kind != ModeKind::Field) {
    lex_fstring_text();
    return;
  }
  if (m_at_line_start) {
    m_at_line_start = false;
    if (m_brackets.empty()) {
      at_line_start();
      if (m_failed) return;
    }
  }
  while (peek() == ' ' || peek() == '\t' || peek() == '\f') ++m_pos;
  if (at_end()) {
    lex_end_of_file();
    return;
  }
  char c = peek();
  if (c == '#') {
    std::size_t start = m_pos;
    while (!at_end() && peek() != '\n' && peek() != '\r') ++m_pos;
    if (m_options.keep_trivia) emit_here(TokenKind::Comment, start);
    return;
  }
  if (c == '\\') {
    std::size_t start = m_pos;
    ++m_pos;
    if (peek() == '\n' || peek() == '\r') {
      consume_newline();
      return;
    }
    if (at_end()) {
      fail("unexpected EOF while parsing", m_line, col_of(start) + 1);
      return;
    }
    fail("unexpected character after line continuation character", m_line, col_of(start) + 1);
    return;
  }
  if (c == '\n' || c == '\r') {
    lex_newline();
    return;
  }
  m_blank_line = false;
  unsigned char u = static_cast<unsigned char>(c);
  if (is_digit(c) || (c == '.' && is_digit(peek(1)))) {
    lex_number();
    return;
  }
  if (is_ident_start_ascii(u) || u >= 0x80) {
    lex_identifier_or_string();
    return;
  }
  if (c == '"' || c == '\'') {
    lex_string(m_pos, {});
    return;
  }
  lex_operator();
}

void Lexer::lex_newline() {
  std::size_t start = m_pos;
  int line = m_line;
  int col = col_of(start);
  consume_newline();
  if (!m_brackets.empty() || m_blank_line) {
    if (m_options.keep_trivia) {
      Token t;
      t.kind = TokenKind::NL;
      t.line = t.end_line = line;
      t.col = col;
      t.end_col = col + static_cast<int>(m_pos - start);
      t.offset = static_cast<std::uint32_t>(start);
      t.length = static_cast<std::uint32_t>(m_pos - start);
      m_tokens.push_back(t);
    }
  } else {
    Token t;
    t.kind = TokenKind::Newline;
    t.line = t.end_line = line;
    t.col = col;
    t.end_col = col + 1;
    t.offset = static_cast<std::uint32_t>(start);
    t.length = static_cast<std::uint32_t>(m_pos - start);
    m_tokens.push_back(t);
  }
  m_at_line_start = true;
}

void Lexer::lex_end_of_file() {
  if (!m_brackets.empty()) {
    const Bracket& b = m_brackets.back();
    fail(std::string("'") + b.ch + "' was never closed", b.line, b.col);
    return;
  }
  // A missing final newline still ends the last logical line.
  bool need_newline = false;
  for (auto it = m_tokens.rbegin(); it != m_tokens.rend(); ++it) {
    if (it->kind == TokenKind::Comment || it->kind == TokenKind::NL) continue;
    need_newline = it->kind != TokenKind::Newline && it->kind != TokenKind::Dedent && it->kind != TokenKind::Indent;
    break;
  }
  if (need_newline && !m_blank_line) emit_here(TokenKind::Newline, m_pos);
  // Like CPython, the end marker sits at the end of the last line, not on a new empty line
  // after the final newline (errors such as "expected an indented block" point there).
  int line = m_line;
  int col = this->col();
  std::size_t body_start = m_src.size() >= 3 && m_src.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  if (m_line > 1 && m_pos == m_line_start && m_pos > body_start) {
    std::size_t end = m_pos - 1;  // the final line terminator
    if (end > 0 && m_src[end] == '\n' && m_src[end - 1] == '\r') --end;
    std::size_t start = end;
    while (start > body_start && m_src[start - 1] != '\n' && m_src[start - 1] != '\r') --start;
    line = m_line - 1;
    col = static_cast<int>(end - start) + 1;
  }
  auto emit_eof = [&](TokenKind kind) {
    Token t;
    t.kind = kind;
    t.line = t.end_line = line;
    t.col = t.end_col = col;
    t.offset = static_cast<std::uint32_t>(m_pos);
    m_tokens.push_back(t);
  };
  while (m_indents.size() > 1) {
    m_indents.pop_back();
    m_alt_indents.pop_back();
    emit_eof(TokenKind::Dedent);
  }
  emit_eof(TokenKind::EndMarker);
}

// ============================================================================================
// Lexer: indentation
// ============================================================================================

// Measures the indentation of a new physical line and emits INDENT/DEDENT tokens. Blank and
// comment-only lines do not count.
void Lexer::at_line_start() {
  int width = 0;
  int alt = 0;
  std::size_t p = m_pos;
  while (p < m_src.size()) {
    char c = m_src[p];
    if (c == ' ') { ++width; ++alt; }
    else if (c == '\t') { width = (width / 8 + 1) * 8; ++alt; }
    else if (c == '\f') { width = alt = 0; }
    else break;
    ++p;
  }
  m_pos = p;
  char c = p < m_src.size() ? m_src[p] : '\0';
  if (c == '#' || c == '\n' || c == '\r' || p >= m_src.size()) {
    m_blank_line = true;
    return;
  }
  m_blank_line = false;
  const char* tab_error = "inconsistent use of tabs and spaces in indentation";
  if (width == m_indents.back()) {
    if (alt != m_alt_indents.back()) fail(tab_error, m_line, col(), 0, 0, "TabError");
  } else if (width > m_indents.back()) {
    if (static_cast<int>(m_indents.size()) >= kMaxIndent) {  // m_indents holds the base level 0 too
      fail("too many levels of indentation", m_line, col(), 0, 0, "IndentationError");
      return;
    }
    if (alt <= m_alt_indents.back()) {
      fail(tab_error, m_line, col(), 0, 0, "TabError");
      return;
    }
    m_indents.push_back(width);
    m_alt_indents.push_back(alt);
    Token t;
    t.kind = TokenKind::Indent;
    t.line = t.end_line = m_line;
    t.col = t.end_col = col();
    t.offset = static_cast<std::uint32_t>(m_line_start);
    t.length = static_cast<std::uint32_t>(m_pos - m_line_start);
    m_tokens.push_back(t);
  } else {
    while (m_indents.size() > 1 && width < m_indents.back()) {
      m_indents.pop_back();
      m_alt_indents.pop_back();
      emit_here(TokenKind::Dedent, m_pos);
    }
    if (width != m_indents.back()) {
      // CPython points just past the end of the offending line.
      std::size_t end = m_pos;
      while (end < m_src.size() && m_src[end] != '\n' && m_src[end] != '\r') ++end;
      fail("unindent does not match any outer indentation level", m_line, col_of(end), 0, 0, "IndentationError");
      return;
    }
    if (alt != m_alt_indents.back()) fail(tab_error, m_line, col(), 0, 0, "TabError");
  }
}

// ============================================================================================
// Lexer: numbers
// ============================================================================================

// After a number, a letter or digit may not follow, except the keywords CPython tolerates
// there (`1if x else 2`). On failure the error points at the number's last character.
bool Lexer::verify_end_of_number(const char* kind) {
  unsigned char c = static_cast<unsigned char>(peek());
  if (c >= 0x80) {
    // Only a letter glues onto the number; `1\u200b` is a stray character, reported later.
    int len;
    std::int32_t cp = utf8_decode(m_src, m_pos, len);
    if (!is_identifier_cp(cp) || is_nonprintable_cp(cp)) return true;
  } else if (!is_ident_continue_ascii(c)) {
    return true;
  }
  static const std::string_view allowed[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
  for (auto kw : allowed) {
    if (m_src.compare(m_pos, kw.size(), kw) == 0) {
      unsigned char after = static_cast<unsigned char>(m_pos + kw.size() < m_src.size() ? m_src[m_pos + kw.size()] : ' ');
      if (!(is_ident_continue_ascii(after) || after >= 0x80)) return true;
    }
  }
  fail_here(std::string("invalid ") + kind + " literal", m_pos - 1);
  return false;
}

void Lexer::lex_number() {
  std::size_t start = m_pos;
  // Reads digit ('_'? digit)* of "base"; false (with an error) on a dangling underscore.
  auto digits = [&](int base, const char* kind) {
    while (true) {
      while (is_digit_of_base(peek(), base)) ++m_pos;
      if (peek() != '_') return true;
      ++m_pos;
      if (!is_digit_of_base(peek(), base)) {
        if (base < 10 && is_digit(peek())) {
          fail_here(std::string("invalid digit '") + peek() + "' in " + kind + " literal", m_pos);
        } else {
          fail_here(std::string("invalid ") + kind + " literal", m_pos - 1);
        }
        return false;
      }
    }
  };
  char c = peek();
  char x = static_cast<char>(peek(1) | 0x20);
  if (c == '0' && (x == 'x' || x == 'o' || x == 'b')) {
    int base = x == 'x' ? 16 : x == 'o' ? 8 : 2;
    const char* kind = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
    m_pos += 2;
    if (peek() == '_') ++m_pos;
    if (!is_digit_of_base(peek(), base)) {
      if (is_digit(peek())) fail_here(std::string("invalid digit '") + peek() + "' in " + kind + " literal", m_pos);
      else fail_here(std::string("invalid ") + kind + " literal", m_pos - 1);
      return;
    }
    if (!digits(base, kind)) return;
    if (is_digit(peek())) {
      fail_here(std::string("invalid digit '") + peek() + "' in " + kind + " literal", m_pos);
      return;
    }
    if (!verify_end_of_number(kind)) return;
    emit_here(TokenKind::Number, start);
    return;
  }
  bool is_float = false;
  if (c != '.') {
    if (!digits(10, "decimal")) return;
  }
  bool leading_zero = m_src[start] == '0';
  if (peek() == '.') {
    ++m_pos;
    is_float = true;
    if (is_digit(peek()) && !digits(10, "decimal")) return;
  }
  if (peek() == 'e' || peek() == 'E') {
    std::size_t e = m_pos;
    ++m_pos;
    if (peek() == '+' || peek() == '-') {
      ++m_pos;
      if (!is_digit(peek())) {
        fail_here("invalid decimal literal", m_pos - 1);
        return;
      }
    }
    if (!is_digit(peek())) {
      m_pos = e;  // `1else`: the `e` belongs to what follows
      if (!verify_end_of_number("decimal")) return;
    } else {
      is_float = true;
      if (!digits(10, "decimal")) return;
    }
  }
  if (peek() == 'j' || peek() == 'J') {
    ++m_pos;
    fail("imaginary numbers are not supported by loopscope", m_line, col_of(start), m_line, col());
    m_error.unsupported = true;
    return;
  }
  if (!is_float && leading_zero) {
    for (std::size_t i = start; i < m_pos; ++i) {
      if (m_src[i] != '0' && m_src[i] != '_') {
        fail("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
             m_line, col_of(start), m_line, col_of(start) + 1);
        return;
      }
    }
  }
  if (!verify_end_of_number("decimal")) return;
  emit_here(TokenKind::Number, start);
}

// ============================================================================================
// Lexer: strings and f-strings
// ============================================================================================

void Lexer::lex_identifier_or_string() {
  std::size_t start = m_pos;
  while (!at_end()) {
    unsigned char c = static_cast<unsigned char>(peek());
    if (c < 0x80) {
      if (!is_ident_continue_ascii(c)) break;
      ++m_pos;
      continue;
    }
    int len;
    std::int32_t cp = utf8_decode(m_src, m_pos, len);
    if (!is_identifier_cp(cp)) {
      if (m_pos == start) {
        char buf[96];
        if (is_nonprintable_cp(cp)) {
          std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", static_cast<unsigned>(cp));
        } else {
          std::snprintf(buf, sizeof buf, "invalid character '%.*s' (U+%04X)", len, m_src.data() + m_pos,
                        static_cast<unsigned>(cp));
        }
        fail_here(buf, m_pos);
        return;
      }
      break;
    }
    if (m_pos == start && (cp >= 0x80 && is_nonprintable_cp(cp))) break;
    m_pos += static_cast<std::size_t>(len);
  }
  if (m_pos == start) {
    int len;
    std::int32_t cp = utf8_decode(m_src, m_pos, len);
    char buf[96];
    std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", static_cast<unsigned>(cp));
    fail_here(buf, m_pos);
    return;
  }
  std::string_view word = m_src.substr(start, m_pos - start);
  bool after_bang = !m_tokens.empty() && m_tokens.back().kind == TokenKind::Exclamation;
  if ((peek() == '"' || peek() == '\'') && is_string_prefix(word) && !after_bang) {
    lex_string(start, word);
    return;
  }
  emit(TokenKind::Name, start, m_line, col_of(start), keyword_of(word));
}

// Lexes a string literal whose prefix starts at "start" and whose quote is at m_pos. For an
// f-string only the FStringStart token is produced here; lex_fstring_text does the rest.
void Lexer::lex_string(std::size_t start, std::string_view prefix) {
  bool raw = false;
  bool fstr = false;
  for (char p : prefix) {
    char l = static_cast<char>(p | 0x20);
    if (l == 'r') raw = true;
    if (l == 'f') fstr = true;
  }
  int start_line = m_line;
  int start_col = col_of(start);
  char q = peek();
  bool triple = peek(1) == q && peek(2) == q;
  m_pos += triple ? 3 : 1;
  if (fstr) {
    emit(TokenKind::FStringStart, start, start_line, start_col);
    // CPython allows 149 levels of f-strings inside f-string fields.
    int depth = 0;
    for (const Mode& m : m_modes) depth += m.kind == ModeKind::FString;
    if (depth >= 149) {
      fail("too many nested f-strings", start_line, start_col);
      return;
    }
    m_modes.push_back(Mode{ModeKind::FString, q, triple, raw, 0, start_line, start_col});
    return;
  }
  while (true) {
    if (at_end()) {
      if (!triple && !m_modes.empty()) {
        fail("f-string: expecting '}'", start_line, start_col);
        return;
      }
      int detected = m_line;
      if (!m_src.empty() && (m_src.back() == '\n' || m_src.back() == '\r') && m_line > 1) --detected;
      fail(std::string(triple ? "unterminated triple-quoted string literal" : "unterminated string literal") +
               " (detected at line " + std::to_string(detected) + ")",
           start_line, start_col);
      return;
    }
    char c = peek();
    if (c == '\\') {
      ++m_pos;
      if (peek() == '\n' || peek() == '\r') consume_newline();
      else if (!at_end()) ++m_pos;
      continue;
    }
    if (c == q && (!triple || (peek(1) == q && peek(2) == q))) {
      m_pos += triple ? 3 : 1;
      emit(TokenKind::String, start, start_line, start_col);
      return;
    }
    if (c == '\n' || c == '\r') {
      if (!triple) {
        if (!m_modes.empty()) {
          fail("f-string: expecting '}'", start_line, start_col);
        } else {
          fail("unterminated string literal (detected at line " + std::to_string(m_line) + ")", start_line,
               start_col);
        }
        return;
      }
      consume_newline();
      continue;
    }
    ++m_pos;
  }
}

// Lexes literal text inside an f-string (mode FString) or a format spec (mode Spec), up to the
// next replacement field, the end of the spec, or the closing quote.
void Lexer::lex_fstring_text() {
  Mode mode = m_modes.back();
  bool spec = mode.kind == ModeKind::Spec;
  std::size_t start = m_pos;
  int start_line = m_line;
  int start_col = col();
  auto flush = [&] {
    if (m_pos > start) emit(TokenKind::FStringMiddle, start, start_line, start_col);
  };
  while (true) {
    if (at_end()) {
      int detected = m_line;
      if (!m_src.empty() && (m_src.back() == '\n' || m_src.back() == '\r') && m_line > 1) --detected;
      fail(std::string(mode.triple ? "unterminated triple-quoted f-string literal" : "unterminated f-string literal") +
               " (detected at line " + std::to_string(detected) + ")",
           mode.line, mode.col);
      return;
    }
    char c = peek();
    if (c == mode.quote && (!mode.triple || (peek(1) == c && peek(2) == c))) {
      flush();
      std::size_t q = m_pos;
      m_pos += mode.triple ? 3 : 1;
      emit_here(TokenKind::FStringEnd, q);
      if (spec) {
        // The quote ends the f-string while a format spec is open (`f"{x:"`): like CPython,
        // the field's '{' stays open, so a following ')' is a mismatched bracket. The parser
        // reports the missing '}' unless that tokenizer error comes first.
        while (m_modes.back().kind != ModeKind::FString) m_modes.pop_back();
      }
      m_modes.pop_back();
      return;
    }
    if (c == '\\') {
      ++m_pos;
      char n = peek();
      if (n == '\n' || n == '\r') {
        consume_newline();
      } else if (!mode.raw && n == 'N' && peek(1) == '{') {
        while (!at_end() && peek() != '}' && peek() != mode.quote && peek() != '\n') ++m_pos;
        if (peek() == '}') ++m_pos;
      } else if (n != '{' && n != '}' && !at_end()) {
        ++m_pos;
      }
      continue;
    }
    if (c == '\n' || c == '\r') {
      if (!mode.triple) {
        fail("unterminated f-string literal (detected at line " + std::to_string(m_line) + ")", mode.line, mode.col);
        return;
      }
      consume_newline();
      continue;
    }
    if (c == '{') {
      if (!spec && peek(1) == '{') {
        m_pos += 2;
        continue;
      }
      flush();
      std::size_t b = m_pos;
      if (m_brackets.size() >= static_cast<std::size_t>(kMaxNesting)) {
        fail("too many nested parentheses", m_line, col());
        return;
      }
      m_brackets.push_back(Bracket{'{', m_line, col()});
      ++m_pos;
      emit_here(TokenKind::LBrace, b);
      Mode field = mode;
      field.kind = ModeKind::Field;
      field.bracket_index = m_brackets.size() - 1;
      m_modes.push_back(field);
      return;
    }
    if (c == '}') {
      if (!spec && peek(1) == '}') {
        m_pos += 2;
        continue;
      }
      if (!spec) {
        fail("f-string: single '}' is not allowed", m_line, col());
        return;
      }
      flush();
      std::size_t b = m_pos;
      ++m_pos;
      emit_here(TokenKind::RBrace, b);
      m_modes.pop_back();  // the spec
      m_modes.pop_back();  // its field
      m_brackets.pop_back();
      return;
    }
    ++m_pos;
  }
}

// ============================================================================================
// Lexer: operators and brackets
// ============================================================================================

void Lexer::open_bracket(char c, TokenKind kind) {
  std::size_t start = m_pos;
  if (m_brackets.size() >= static_cast<std::size_t>(kMaxNesting)) {
    fail("too many nested parentheses", m_line, col());
    return;
  }
  m_brackets.push_back(Bracket{c, m_line, col()});
  ++m_pos;
  emit_here(kind, start);
}

void Lexer::close_bracket(char c, TokenKind kind) {
  std::size_t start = m_pos;
  if (m_brackets.empty()) {
    fail_here(std::string("unmatched '") + c + "'", start);
    return;
  }
  const Bracket& open = m_brackets.back();
  char want = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
  if (c != want) {
    std::string msg = std::string("closing parenthesis '") + c + "' does not match opening parenthesis '" + open.ch + "'";
    if (open.line != m_line) msg += " on line " + std::to_string(open.line);
    fail_here(msg, start);
    return;
  }
  m_brackets.pop_back();
  ++m_pos;
  emit_here(kind, start);
}

void Lexer::lex_operator() {
  std::size_t start = m_pos;
  char c = peek();
  char c1 = peek(1);
  char c2 = peek(2);
  // Inside a replacement field, `}` / `:` at the field's own bracket level and `!` are special.
  if (!m_modes.empty() && m_modes.back().kind == ModeKind::Field) {
    Mode& field = m_modes.back();
    bool at_field_level = m_brackets.size() == field.bracket_index + 1;
    if (c == '}' && at_field_level) {
      ++m_pos;
      emit_here(TokenKind::RBrace, start);
      m_brackets.pop_back();
      m_modes.pop_back();
      return;
    }
    if (c == ':' && at_field_level) {
      ++m_pos;
      emit_here(TokenKind::Colon, start);
      Mode spec = field;
      spec.kind = ModeKind::Spec;
      m_modes.push_back(spec);
      return;
    }
    if (c == '!' && c1 != '=') {
      ++m_pos;
      emit_here(TokenKind::Exclamation, start);
      return;
    }
  }
  TokenKind kind;
  int len = 1;
  switch (c) {
    case '(': open_bracket(c, TokenKind::LPar); return;
    case '[': open_bracket(c, TokenKind::LSqb); return;
    case '{': open_bracket(c, TokenKind::LBrace); return;
    case ')': close_bracket(c, TokenKind::RPar); return;
    case ']': close_bracket(c, TokenKind::RSqb); return;
    case '}': close_bracket(c, TokenKind::RBrace); return;
    case ':': if (c1 == '=') { kind = TokenKind::ColonEqual; len = 2; } else kind = TokenKind::Colon; break;
    case ',': kind = TokenKind::Comma; break;
    case ';': kind = TokenKind::Semi; break;
    case '~': kind = TokenKind::Tilde; break;
    case '+': if (c1 == '=') { kind = TokenKind::PlusEqual; len = 2; } else kind = TokenKind::Plus; break;
    case '-':
      if (c1 == '=') { kind = TokenKind::MinEqual; len = 2; }
      else if (c1 == '>') { kind = TokenKind::RArrow; len = 2; }
      else kind = TokenKind::Minus;
      break;
    case '*':
      if (c1 == '*') {
        if (c2 == '=') { kind = TokenKind::DoubleStarEqual; len = 3; } else { kind = TokenKind::DoubleStar; len = 2; }
      } else if (c1 == '=') { kind = TokenKind::StarEqual; len = 2; }
      else kind = TokenKind::Star;
      break;
    case '/':
      if (c1 == '/') {
        if (c2 == '=') { kind = TokenKind::DoubleSlashEqual; len = 3; } else { kind = TokenKind::DoubleSlash; len = 2; }
      } else if (c1 == '=') { kind = TokenKind::SlashEqual; len = 2; }
      else kind = TokenKind::Slash;
      break;
    case '%': if (c1 == '=') { kind = TokenKind::PercentEqual; len = 2; } else kind = TokenKind::Percent; break;
    case '&': if (c1 == '=') { kind = TokenKind::AmperEqual; len = 2; } else kind = TokenKind::Amper; break;
    case '|': if (c1 == '=') { kind = TokenKind::VBarEqual; len = 2; } else kind = TokenKind::VBar; break;
    case '^': if (c1 == '=') { kind = TokenKind::CircumflexEqual; len = 2; } else kind = TokenKind::Circumflex; break;
    case '@': if (c1 == '=') { kind = TokenKind::AtEqual; len = 2; } else kind = TokenKind::At; break;
    case '=': if (c1 == '=') { kind = TokenKind::EqEqual; len = 2; } else kind = TokenKind::Equal; break;
    case '!':
      // A lone `!` is a token of its own (the parser rejects it outside f-string fields).
      if (c1 == '=') { kind = TokenKind::NotEqual; len = 2; } else kind = TokenKind::Exclamation;
      break;
    case '<':
      if (c1 == '<') {
        if (c2 == '=') { kind = TokenKind::LeftShiftEqual; len = 3; } else { kind = TokenKind::LeftShift; len = 2; }
      } else if (c1 == '=') { kind = TokenKind::LessEqual; len = 2; }
      else kind = TokenKind::Less;
      break;
    case '>':
      if (c1 == '>') {
        if (c2 == '=') { kind = TokenKind::RightShiftEqual; len = 3; } else { kind = TokenKind::RightShift; len = 2; }
      } else if (c1 == '=') { kind = TokenKind::GreaterEqual; len = 2; }
      else kind = TokenKind::Greater;
      break;
    case '.':
      if (c1 == '.' && c2 == '.') { kind = TokenKind::Ellipsis; len = 3; } else kind = TokenKind::Dot;
      break;
    default: {
      unsigned char u = static_cast<unsigned char>(c);
      if (u < 0x20 || u == 0x7f) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", u);
        fail_here(buf, start);
        return;
      }
      // `$`, `?`, a stray backquote: a token the parser rejects with plain "invalid syntax".
      kind = TokenKind::Unknown;
      break;
    }
  }
  m_pos += static_cast<std::size_t>(len);
  emit_here(kind, start);
}

}  // namespace

// ============================================================================================
// tokenize()
// ============================================================================================

LexResult tokenize(std::string_view source, const LexOptions& options) {
  Lexer lexer(source, options);
  return lexer.run();
}

}  // namespace ls::lang
