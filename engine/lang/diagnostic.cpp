// Formatting of syntax errors and warnings for the CLI.
#include "engine/lang/diagnostic.h"

#include "engine/lang/source.h"

namespace ls::lang {

std::string format_syntax_error(const SyntaxErrorInfo& error, std::string_view filename) {
  std::string out;
  out += filename;
  if (error.line > 0) {
    out += ':' + std::to_string(error.line);
    if (error.col > 0) out += ':' + std::to_string(error.col);
  }
  out += ": error: ";
  out += error.detail.empty() ? error.message : error.detail;
  out += '\n';
  if (error.line > 0 && !error.source_line.empty()) {
    out += "    ";
    // Tabs are shown as single spaces so the caret lines up in any terminal.
    for (char c : error.source_line) out += c == '\t' ? ' ' : c;
    out += '\n';
    if (error.col > 0) {
      int width = utf8_length(error.source_line);
      int col = error.col;
      if (col > width + 1) col = width + 1;
      out += "    " + std::string(static_cast<std::size_t>(col - 1), ' ');
      int carets = 1;
      if (error.end_line == error.line && error.end_col > error.col) {
        int end = error.end_col > width + 1 ? width + 1 : error.end_col;
        carets = end - col > 1 ? end - col : 1;
      }
      out += std::string(static_cast<std::size_t>(carets), '^');
      out += '\n';
    }
  }
  out += error.kind + ": " + error.message + '\n';
  return out;
}

std::string format_syntax_warning(const SyntaxWarningInfo& warning, std::string_view filename) {
  std::string out(filename);
  out += ':' + std::to_string(warning.line) + ": SyntaxWarning: " + warning.message + '\n';
  std::size_t first = warning.source_line.find_first_not_of(" \t\f");
  if (first != std::string::npos) {
    std::size_t last = warning.source_line.find_last_not_of(" \t\f\r");
    out += "  " + warning.source_line.substr(first, last - first + 1) + '\n';
  }
  return out;
}

}  // namespace ls::lang
