// Tests for the desktop app's command-line flags (--size, --frames, --screenshot, --dump-state, --bench-frames, --line).
#include <doctest/doctest.h>

#include "app/cli_args.h"

using ls::app::parse_command_line;

TEST_CASE("a lesson file with app flags in any order starts the app") {
  std::string error;
  auto cmd = parse_command_line({"lesson.py", "--size", "1280x800", "--frames", "5", "--screenshot", "out.png",
                                 "--dump-state", "s.json", "--line", "12"}, error);
  REQUIRE(cmd);
  CHECK(cmd->verb == "start");
  CHECK(cmd->file == "lesson.py");
  CHECK(cmd->gui.width == 1280);
  CHECK(cmd->gui.height == 800);
  CHECK(cmd->gui.frames == 5);
  CHECK(cmd->gui.screenshot == "out.png");
  CHECK(cmd->gui.dump_state == "s.json");
  CHECK(cmd->gui.line == 12);
  auto flags_first = parse_command_line({"--bench-frames", "100", "x.py"}, error);
  REQUIRE(flags_first);
  CHECK(flags_first->file == "x.py");
  CHECK(flags_first->gui.bench_frames == 100);
  auto no_file = parse_command_line({"--size", "800x600"}, error);
  REQUIRE(no_file);
  CHECK(no_file->verb == "start");
  CHECK(no_file->file.empty());
}

TEST_CASE("a screenshot without --frames renders three frames") {
  std::string error;
  auto cmd = parse_command_line({"x.py", "--screenshot", "a.png"}, error);
  REQUIRE(cmd);
  CHECK(cmd->gui.frames == 3);
}

TEST_CASE("bad app flags name the problem") {
  std::string error;
  SUBCASE("size") {
    CHECK_FALSE(parse_command_line({"x.py", "--size", "big"}, error));
    CHECK(error == "--size wants WIDTHxHEIGHT such as 1280x800, not 'big'");
  }
  SUBCASE("frames") {
    CHECK_FALSE(parse_command_line({"x.py", "--frames", "0"}, error));
    CHECK(error == "--frames wants a positive whole number, not '0'");
  }
  SUBCASE("missing value") {
    CHECK_FALSE(parse_command_line({"x.py", "--dump-state"}, error));
    CHECK(error == "--dump-state needs a value");
  }
  SUBCASE("two files") {
    CHECK_FALSE(parse_command_line({"a.py", "b.py"}, error));
    CHECK(error == "the app opens one lesson at a time (got 'a.py' and 'b.py')");
  }
  SUBCASE("run flags are not app flags") {
    CHECK_FALSE(parse_command_line({"a.py", "--timestamps"}, error));
    CHECK(error == "unknown option '--timestamps' (try: loopscope --help)");
  }
}
