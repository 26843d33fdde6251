// Syntax errors (and compile-time warnings) as values, and the CLI's "file:line:col: error:" formatter.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace ls::lang {

// A syntax error found while lexing or parsing. Python sees it as kind(message) with
// lineno=line, offset=col, so `message` always uses CPython 3.12's wording.
struct SyntaxErrorInfo {
  std::string kind = "SyntaxError";  // "SyntaxError", "IndentationError" or "TabError"
  std::string message;               // CPython's message, e.g. "expected ':'"
  std::string detail;                // plain-words explanation for the "error:" line; empty = use message
  int line = 0;                      // 1-based line of the error (0 when it has no position)
  int col = 0;                       // 1-based CHARACTER (code point) column, as CPython's offset
  int end_line = 0;                  // 1-based line where the highlighted range ends
  int end_col = 0;                   // 1-based character column just past the range (0 = none)
  std::string source_line;           // the text of line `line` without its newline
  bool unsupported = false;          // valid Python that loopscope does not support (match, 1j, ...)
};

// A compile-time warning CPython prints to stderr (e.g. invalid escape sequence).
struct SyntaxWarningInfo {
  std::string message;  // e.g. "invalid escape sequence '\\d'"
  int line = 0;         // 1-based line
  int col = 0;          // 1-based character column
  std::string source_line;  // the text of line `line` (CPython prints it stripped, under the warning)
};

// Formats "error" for the CLI:
//     lesson.py:3:9: error: <plain words>
//         if x
//             ^
//     SyntaxError: expected ':'
// The last line is exactly CPython's final traceback line. Ends with '\n'.
std::string format_syntax_error(const SyntaxErrorInfo& error, std::string_view filename);

// Formats a warning as CPython prints it when running a file:
//     file:line: SyntaxWarning: message
//       <source line without its indentation>
std::string format_syntax_warning(const SyntaxWarningInfo& warning, std::string_view filename);

}  // namespace ls::lang
