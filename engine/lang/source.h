// A source file's text with a line index: line lookup, byte→character columns, UTF-8 checks.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ls::lang {

// Read-only view of a program's text plus where each line starts. Does not own the text.
class SourceText {
 public:
  explicit SourceText(std::string_view text);

  // The whole text.
  std::string_view text() const { return m_text; }
  // Number of lines (a final line without '\n' counts; an empty text has 1 line).
  int line_count() const { return static_cast<int>(m_line_starts.size()); }
  // Line "line" (1-based) without its line terminator; empty when out of range.
  std::string_view line(int line) const;
  // Byte offset where line "line" (1-based) starts.
  std::uint32_t line_start(int line) const;
  // Converts a 1-based byte column on "line" to a 1-based character (code point) column.
  int char_col(int line, int byte_col) const;

 private:
  std::string_view m_text;                   // the source text (not owned)
  std::vector<std::uint32_t> m_line_starts;  // byte offset of each line's first byte
};

// Number of UTF-8 code points in "bytes" (continuation bytes are not counted).
int utf8_length(std::string_view bytes);

// Decodes one UTF-8 code point at "pos"; sets "len" to its byte length. Returns -1 (len 1) on
// an invalid sequence.
std::int32_t utf8_decode(std::string_view text, std::size_t pos, int& len);

// Appends code point "cp" to "out" as UTF-8 (surrogates get their 3-byte generalized form).
void utf8_append(std::string& out, std::uint32_t cp);

}  // namespace ls::lang
