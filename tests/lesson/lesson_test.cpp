// Tests for reading a lesson's docstring metadata and `#:` narration (engine/lesson).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/lesson/lesson.h"

using ls::lesson::read_lesson;

namespace {
const char* kGood = R"("""Two downloads at once
chapter: Tasks
order: 2
level: beginner

Both downloads **wait together**.

Try this:

1. Make one slower.
"""
import asyncio


async def download(name):
    #: The task suspends here.
    await asyncio.sleep(1)
    print(name)  #: Printed at 1.000 s.


async def main():
    try:
        await download("a")
    finally:
        print("done")


asyncio.run(main())
)";

bool has_problem(const ls::lesson::Lesson& l, const std::string& text, int line = -1) {
  for (auto& p : l.problems)
    if (p.message.find(text) != std::string::npos && (line < 0 || p.line == line)) return true;
  return false;
}
}  // namespace

TEST_CASE("a well-formed lesson yields its title, metadata, explanation and narration") {
  auto l = read_lesson(kGood);
  CHECK(l.problems.empty());
  CHECK(l.title == "Two downloads at once");
  CHECK(l.meta("chapter") == "Tasks");
  CHECK(l.meta("order") == "2");
  CHECK(l.meta("level") == "beginner");
  CHECK(l.explanation.rfind("Both downloads **wait together**.", 0) == 0);
  REQUIRE(l.narration.size() == 2);
  CHECK(l.narration[0].comment_line == 16);
  CHECK(l.narration[0].target_line == 17);  // a comment alone narrates the next code line
  CHECK(l.narration[0].text == "The task suspends here.");
  CHECK(l.narration[1].target_line == 18);  // a trailing comment narrates its own line
  CHECK(l.narration_for(17) == "The task suspends here.");
  CHECK(l.narration_for(20) == "");
}

TEST_CASE("metadata problems are named with their line") {
  SUBCASE("missing keys") {
    auto l = read_lesson("\"\"\"Title\nchapter: Tasks\n\nText.\n\"\"\"\n");
    CHECK(has_problem(l, "metadata key 'order' is missing"));
    CHECK(has_problem(l, "metadata key 'level' is missing"));
  }
  SUBCASE("bad values and unknown keys") {
    auto l = read_lesson("\"\"\"Title\nchapter: Tasks\norder: two\nlevel: expert\nlevle: x\n\nText.\n\"\"\"\n");
    CHECK(has_problem(l, "metadata 'order' must be a positive whole number, not 'two'", 3));
    CHECK(has_problem(l, "metadata 'level' must be beginner, intermediate or advanced, not 'expert'", 4));
    CHECK(has_problem(l, "unknown metadata key 'levle'", 5));
  }
  SUBCASE("no blank line before the explanation") {
    auto l = read_lesson("\"\"\"Title\nchapter: Tasks\norder: 1\nlevel: beginner\nThis explains.\n\"\"\"\n");
    CHECK(has_problem(l, "metadata line 'This explains.' is not 'key: value'", 5));
  }
  SUBCASE("no docstring at all") {
    auto l = read_lesson("import asyncio\n");
    CHECK(has_problem(l, "a lesson starts with a docstring", 1));
  }
  SUBCASE("empty explanation") {
    auto l = read_lesson("\"\"\"Title\nchapter: Tasks\norder: 1\nlevel: beginner\n\"\"\"\n");
    CHECK(has_problem(l, "the explanation"));
  }
}

TEST_CASE("narration must sit on or before a line where something runs") {
  std::string src = std::string(kGood);
  SUBCASE("before finally:") {
    auto at = src.find("    finally:");
    src.insert(at, "    #: cleanup\n");
    auto l = read_lesson(src);
    CHECK(has_problem(l, "where nothing runs"));
  }
  SUBCASE("at the end of the file") {
    auto l = read_lesson(src + "#: the end\n");
    CHECK(has_problem(l, "narration at the end of the file"));
  }
  SUBCASE("before a decorator") {
    auto at = src.find("async def main");
    src.insert(at, "#: decorated\n@staticmethod\n");
    auto l = read_lesson(src);
    CHECK(has_problem(l, "where nothing runs"));
  }
}

TEST_CASE("the lesson template is itself a well-formed lesson") {
  auto l = read_lesson(ls::lesson::lesson_template("Coffee orders"));
  CHECK(l.problems.empty());
  CHECK(l.title == "Coffee orders");
  CHECK(l.narration.size() == 3);
}

TEST_CASE("every lesson in lessons/ is well-formed") {
  namespace fs = std::filesystem;
  int count = 0;
  for (auto& e : fs::recursive_directory_iterator(fs::path(LOOPSCOPE_SOURCE_DIR) / "lessons")) {
    if (e.path().extension() != ".py") continue;
    std::ifstream in(e.path());
    std::stringstream text;
    text << in.rdbuf();
    auto l = read_lesson(text.str());
    INFO(e.path().string());
    for (auto& p : l.problems) INFO(p.line, ": ", p.message);
    CHECK(l.problems.empty());
    ++count;
  }
  CHECK(count >= 35);
}
