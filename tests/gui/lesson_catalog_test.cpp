// Tests for the lesson browser's model: chapters and lessons read from a folder, reading order.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "app/gui/lesson_catalog.h"

using namespace ls::gui;
namespace fs = std::filesystem;

namespace {

void write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << text;
}

}  // namespace

TEST_CASE("the curriculum reads as chapters of lessons in file-name order") {
  LessonCatalog c = LessonCatalog::scan(std::string(LOOPSCOPE_SOURCE_DIR) + "/lessons");
  REQUIRE(c.chapters().size() >= 10);
  CHECK(c.size() >= 35);
  CHECK(c.chapters()[0].title == "First steps");
  CHECK(c.at(0).path.find("01_first_steps/01_") != std::string::npos);
  CHECK_FALSE(c.at(0).title.empty());
  for (std::size_t i = 0; i + 1 < c.size(); ++i) CHECK(c.at(i).path < c.at(i + 1).path);
}

TEST_CASE("next and previous follow the reading order across chapters") {
  fs::path root = fs::temp_directory_path() / "loopscope_catalog_test";
  fs::remove_all(root);
  write(root / "02_later" / "01_b.py", "\"\"\"Second chapter lesson\nchapter: Later\norder: 1\nlevel: advanced\n\nText.\n\"\"\"\n");
  write(root / "01_first" / "02_a2.py", "\"\"\"A two\nchapter: First\norder: 2\nlevel: beginner\n\nText.\n\"\"\"\n");
  write(root / "01_first" / "01_a1.py", "print('no docstring')\n");
  write(root / "01_first" / "notes.txt", "not a lesson\n");
  write(root / "03_empty" / "README.md", "no lessons here\n");
  LessonCatalog c = LessonCatalog::scan(root.string());
  REQUIRE(c.chapters().size() == 2);  // the folder without lessons is left out
  CHECK(c.chapters()[0].title == "First");
  CHECK(c.chapters()[1].title == "Later");
  REQUIRE(c.size() == 3);
  CHECK(c.at(0).title == "01_a1.py");  // no docstring: the file name
  CHECK(c.at(1).title == "A two");
  CHECK(c.at(2).level == "advanced");
  const std::string a1 = (root / "01_first" / "01_a1.py").string();
  const std::string b = (root / "02_later" / "01_b.py").string();
  CHECK(c.index_of(a1) == 0);
  CHECK(c.index_of((root / "01_first" / ".." / "02_later" / "01_b.py").string()) == 2);
  CHECK(c.previous(a1) == nullptr);
  REQUIRE(c.next(a1) != nullptr);
  CHECK(c.next(a1)->title == "A two");
  CHECK(c.next(b) == nullptr);
  REQUIRE(c.previous(b) != nullptr);
  CHECK(c.previous(b)->title == "A two");
  CHECK(c.index_of("/nowhere/else.py") == -1);
  CHECK(c.next("/nowhere/else.py") == nullptr);
  LessonCatalog copy = c;  // positions, not pointers: a copy reads the same
  CHECK(copy.next(a1)->title == "A two");
  fs::remove_all(root);
}

TEST_CASE("a missing folder gives an empty catalog") {
  LessonCatalog c = LessonCatalog::scan("/nonexistent/loopscope/lessons");
  CHECK(c.empty());
  CHECK(c.chapters().empty());
}
