// Tests for the loopscope command line: verbs, flags, values and usage errors.
#include <doctest/doctest.h>

#include "app/cli_args.h"

using ls::app::parse_command_line;

TEST_CASE("run takes flags before the file and passes the rest to the program") {
  std::string error;
  auto cmd = parse_command_line({"run", "--timestamps", "--steps", "s.txt", "--max-time", "2.5", "prog.py", "a", "--b"}, error);
  REQUIRE(cmd);
  CHECK(cmd->verb == "run");
  CHECK(cmd->file == "prog.py");
  CHECK(cmd->options.timestamps);
  CHECK(cmd->options.steps_path == "s.txt");
  CHECK(cmd->options.max_time == 2.5);
  CHECK(cmd->program_args == std::vector<std::string>{"a", "--b"});
}

TEST_CASE("budget flags accept underscores and size suffixes") {
  std::string error;
  auto cmd = parse_command_line({"run", "--max-memory", "512M", "--step-budget", "1_000", "--recursion-limit", "50", "x.py"}, error);
  REQUIRE(cmd);
  CHECK(cmd->options.max_memory == 512u * 1024 * 1024);
  CHECK(cmd->options.step_budget == 1000);
  CHECK(cmd->options.recursion_limit == 50);
}

TEST_CASE("usage errors name the problem") {
  std::string error;
  SUBCASE("missing file") {
    CHECK_FALSE(parse_command_line({"run", "--timestamps"}, error));
    CHECK(error == "loopscope run needs a FILE.py");
  }
  SUBCASE("missing flag value") {
    CHECK_FALSE(parse_command_line({"run", "--steps"}, error));
    CHECK(error == "--steps needs a value");
  }
  SUBCASE("bad number") {
    CHECK_FALSE(parse_command_line({"run", "--max-time", "soon", "x.py"}, error));
    CHECK(error == "--max-time wants a number of seconds, not 'soon'");
  }
  SUBCASE("unknown verb") {
    CHECK_FALSE(parse_command_line({"frobnicate"}, error));
    CHECK(error == "unknown command 'frobnicate' (try: loopscope --help)");
  }
  SUBCASE("unknown option") {
    CHECK_FALSE(parse_command_line({"run", "--fast", "x.py"}, error));
    CHECK(error == "unknown option '--fast' (try: loopscope --help)");
  }
}

TEST_CASE("no arguments starts the default lesson; a .py argument opens it") {
  std::string error;
  auto none = parse_command_line({}, error);
  REQUIRE(none);
  CHECK(none->verb == "start");
  auto file = parse_command_line({"lesson.py"}, error);
  REQUIRE(file);
  CHECK(file->verb == "start");
  CHECK(file->file == "lesson.py");
}
