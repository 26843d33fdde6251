// A lesson file's teaching parts: title, metadata and explanation from the module docstring,
// and the `#:` narration attached to source lines. Read by `loopscope check` and the app.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ls::lesson {

// One problem found in a lesson, located in its file.
struct Problem {
  int line = 0;         // 1-based line (0: the file as a whole)
  int col = 0;          // 1-based column (0: no column)
  std::string message;  // plain words, e.g. "metadata key 'level' is missing"
};

// One `#:` narration comment and the line it narrates.
struct Narration {
  int comment_line = 0;  // where the `#:` comment is written
  int target_line = 0;   // the code line it narrates (the same line, or the next code line)
  std::string text;      // the comment text after `#:`, trimmed
};

// Everything the app and the checker need from a lesson's source text.
struct Lesson {
  std::string title;                                          // first docstring line
  std::vector<std::pair<std::string, std::string>> metadata;  // `key: value` lines, in order
  std::string explanation;                                    // Markdown after the blank line
  std::vector<Narration> narration;                           // in source order
  std::vector<Problem> problems;                              // format problems (empty when well-formed)

  // The value of metadata "key", or "" when absent.
  std::string meta(std::string_view key) const;
  // The narration for code line "line" (several comments joined by a space), or "".
  std::string narration_for(int line) const;
};

// The metadata keys a lesson may carry; `chapter`, `order` and `level` are required.
inline constexpr const char* kMetadataKeys[] = {"chapter", "order", "level"};

// Reads a lesson from its source text. Syntax errors are not reported here (the parser's
// message is better); a file that does not parse still yields its narration comments.
Lesson read_lesson(std::string_view source);

// The text `loopscope new` writes: a commented lesson template titled "title".
std::string lesson_template(std::string_view title);

}  // namespace ls::lesson
