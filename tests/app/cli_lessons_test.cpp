// The authoring verbs: `loopscope check` on the curriculum and on broken lessons, `loopscope new`.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

#include "app/cli_lessons.h"

namespace fs = std::filesystem;

namespace {

// One directory per test process: ctest runs the test cases of this file in parallel, and
// each removes its directory at the end.
fs::path scratch_dir() { return fs::temp_directory_path() / ("loopscope_check_test_" + std::to_string(getpid())); }

fs::path scratch(const char* name) {
  fs::path dir = scratch_dir();
  fs::create_directories(dir);
  return dir / name;
}

std::string check(const std::vector<std::string>& paths, int& code) {
  std::ostringstream out;
  code = ls::app::check_lessons(paths, ls::lang::RunOptions{}, out);
  return out.str();
}

const char* kHeader = "\"\"\"Orders in a queue\nchapter: Queues\norder: 1\nlevel: beginner\n\nText.\n\"\"\"\nimport asyncio\n";

}  // namespace

TEST_CASE("every lesson of the curriculum passes loopscope check") {
  int code = -1;
  std::string out = check({std::string(LOOPSCOPE_SOURCE_DIR) + "/lessons"}, code);
  CHECK(code == 0);
  CHECK(out.find(" with problems") != std::string::npos);
  CHECK(out.find("0 with problems") != std::string::npos);
}

TEST_CASE("check names what is wrong with a lesson, file:line:col first") {
  int code = -1;
  SUBCASE("no docstring") {
    fs::path f = scratch("no_doc.py");
    std::ofstream(f) << "print('hi')\n";
    std::string out = check({f.string()}, code);
    CHECK(code == 1);
    CHECK(out.find(f.string() + ":1:1: error:") != std::string::npos);
  }
  SUBCASE("a narration comment after the last line of code") {
    fs::path f = scratch("dangling.py");
    std::ofstream(f) << kHeader << "print('ready')\n#: nothing follows this\n";
    std::string out = check({f.string()}, code);
    CHECK(code == 1);
    CHECK(out.find(f.string() + ":10:") != std::string::npos);
  }
  SUBCASE("a program that ends in an uncaught exception") {
    fs::path f = scratch("raises.py");
    std::ofstream(f) << kHeader << "raise ValueError('bad order')\n";
    std::string out = check({f.string()}, code);
    CHECK(code == 1);
    CHECK(out.find("ValueError") != std::string::npos);
  }
  SUBCASE("a syntax error") {
    fs::path f = scratch("syntax.py");
    std::ofstream(f) << kHeader << "if True\n    pass\n";
    std::string out = check({f.string()}, code);
    CHECK(code == 1);
    CHECK(out.find(f.string() + ":9:") != std::string::npos);
  }
  SUBCASE("a path that does not exist") {
    std::string out = check({"/nonexistent/lesson.py"}, code);
    CHECK(code == 1);
    CHECK(out.find("no such file or folder") != std::string::npos);
  }
  fs::remove_all(scratch_dir());
}

TEST_CASE("new writes a template that check accepts, and never overwrites a file") {
  fs::path f = scratch("05_my_new_lesson.py");
  fs::remove(f);
  std::ostringstream out, err;
  REQUIRE(ls::app::write_lesson_template(f.string(), out, err) == 0);
  int code = -1;
  std::string report = check({f.string()}, code);
  CHECK(code == 0);
  CAPTURE(report);
  std::ifstream in(f);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(text.rfind("\"\"\"My new lesson", 0) == 0);
  std::ostringstream out2, err2;
  CHECK(ls::app::write_lesson_template(f.string(), out2, err2) == 1);
  CHECK(err2.str().find("already exists") != std::string::npos);
  std::ifstream again(f);
  std::string after((std::istreambuf_iterator<char>(again)), std::istreambuf_iterator<char>());
  CHECK(after == text);
  fs::remove_all(scratch_dir());
}
