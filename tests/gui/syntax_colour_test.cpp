// Tests for syntax colouring with loopscope's own lexer.
#include <doctest/doctest.h>

#include <string>

#include "app/gui/syntax_colour.h"

using ls::gui::colour_source;
using ls::gui::ColouredLine;
using ls::gui::SyntaxClass;

namespace {

// The class of the first byte of "needle" on "line".
SyntaxClass class_of(const ColouredLine& line, const std::string& needle) {
  auto at = line.text.find(needle);
  REQUIRE(at != std::string::npos);
  for (auto& s : line.spans)
    if (static_cast<std::size_t>(s.begin) <= at && at < static_cast<std::size_t>(s.end)) return s.cls;
  FAIL("no span covers " << needle);
  return SyntaxClass::Plain;
}

}  // namespace

TEST_CASE("keywords, names, numbers, strings and comments get their classes") {
  auto lines = colour_source("async def main(x=1.5):\n    await f('hi')  # done\n    return None\n");
  REQUIRE(lines.size() == 3);
  CHECK(class_of(lines[0], "async") == SyntaxClass::Keyword);
  CHECK(class_of(lines[0], "def") == SyntaxClass::Keyword);
  CHECK(class_of(lines[0], "main") == SyntaxClass::Definition);
  CHECK(class_of(lines[0], "x") == SyntaxClass::Plain);
  CHECK(class_of(lines[0], "1.5") == SyntaxClass::Number);
  CHECK(class_of(lines[1], "await") == SyntaxClass::Keyword);
  CHECK(class_of(lines[1], "'hi'") == SyntaxClass::String);
  CHECK(class_of(lines[1], "# done") == SyntaxClass::Comment);
  CHECK(class_of(lines[2], "None") == SyntaxClass::Constant);
}

TEST_CASE("narration comments are told apart from ordinary comments") {
  auto lines = colour_source("x = 1  #: the loop runs this\n# plain\n");
  CHECK(class_of(lines[0], "#:") == SyntaxClass::Narration);
  CHECK(class_of(lines[1], "# plain") == SyntaxClass::Comment);
}

TEST_CASE("f-strings colour their literal parts, braces and the names inside") {
  auto lines = colour_source("print(f\"start {name!r} at {t:.3f}\")\n");
  const auto& l = lines[0];
  CHECK(class_of(l, "print") == SyntaxClass::Builtin);
  CHECK(class_of(l, "f\"") == SyntaxClass::String);
  CHECK(class_of(l, "start") == SyntaxClass::String);
  CHECK(class_of(l, "{name") == SyntaxClass::FStringBrace);
  CHECK(class_of(l, "name") == SyntaxClass::Plain);
  CHECK(class_of(l, ".3f") == SyntaxClass::String);
}

TEST_CASE("a module docstring spans lines and is coloured as a docstring") {
  auto lines = colour_source("\"\"\"Title\n\nText\n\"\"\"\nimport asyncio\n");
  REQUIRE(lines.size() == 5);
  CHECK(class_of(lines[0], "Title") == SyntaxClass::Docstring);
  CHECK(class_of(lines[2], "Text") == SyntaxClass::Docstring);
  CHECK(class_of(lines[4], "import") == SyntaxClass::Keyword);
}

TEST_CASE("spans cover each line without gaps - no extra line after the final newline") {
  auto lines = colour_source("a = [1, 2]\n\nb = 'x'\n");
  REQUIRE(lines.size() == 3);
  for (auto& l : lines) {
    int at = 0;
    for (auto& s : l.spans) {
      CHECK(s.begin == at);
      CHECK(s.end > s.begin);
      at = s.end;
    }
    CHECK(at == static_cast<int>(l.text.size()));
  }
}

TEST_CASE("a lexing error colours the rest of its line and does not throw") {
  auto lines = colour_source("x = 'unterminated\ny = 2\n");
  REQUIRE(lines.size() >= 1);
  bool has_error = false;
  for (auto& s : lines[0].spans) has_error |= s.cls == SyntaxClass::Error;
  CHECK(has_error);
}
