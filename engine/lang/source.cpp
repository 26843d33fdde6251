// Line index and UTF-8 helpers for source text.
#include "engine/lang/source.h"

namespace ls::lang {

SourceText::SourceText(std::string_view text) : m_text(text) {
  m_line_starts.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
      if (i + 1 < text.size()) m_line_starts.push_back(static_cast<std::uint32_t>(i + 1));
    }
  }
}

std::string_view SourceText::line(int line) const {
  if (line < 1 || line > line_count()) return {};
  std::size_t start = m_line_starts[static_cast<std::size_t>(line - 1)];
  std::size_t end = start;
  while (end < m_text.size() && m_text[end] != '\n' && m_text[end] != '\r') ++end;
  return m_text.substr(start, end - start);
}

std::uint32_t SourceText::line_start(int line) const {
  if (line < 1) return 0;
  if (line > line_count()) return static_cast<std::uint32_t>(m_text.size());
  return m_line_starts[static_cast<std::size_t>(line - 1)];
}

int SourceText::char_col(int line, int byte_col) const {
  std::string_view l = this->line(line);
  if (byte_col < 1) return byte_col;
  std::size_t n = static_cast<std::size_t>(byte_col - 1);
  if (n > l.size()) return utf8_length(l) + static_cast<int>(n - l.size()) + 1;
  return utf8_length(l.substr(0, n)) + 1;
}

int utf8_length(std::string_view bytes) {
  int n = 0;
  for (unsigned char c : bytes)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::int32_t utf8_decode(std::string_view text, std::size_t pos, int& len) {
  len = 1;
  if (pos >= text.size()) return -1;
  unsigned char c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) return c;
  int need;
  std::int32_t cp;
  std::int32_t min;
  if ((c & 0xE0) == 0xC0) { need = 1; cp = c & 0x1F; min = 0x80; }
  else if ((c & 0xF0) == 0xE0) { need = 2; cp = c & 0x0F; min = 0x800; }
  else if ((c & 0xF8) == 0xF0) { need = 3; cp = c & 0x07; min = 0x10000; }
  else return -1;
  if (pos + static_cast<std::size_t>(need) >= text.size()) return -1;
  for (int i = 1; i <= need; ++i) {
    unsigned char d = static_cast<unsigned char>(text[pos + static_cast<std::size_t>(i)]);
    if ((d & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (d & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
  len = need + 1;
  return cp;
}

void utf8_append(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace ls::lang
