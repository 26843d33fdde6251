// Command-line parsing for the loopscope executable: verbs, flags and their values.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "engine/lang/interpreter.h"

namespace ls::app {

// What the user asked for on the command line.
struct Command {
  std::string verb;                 // "run", "dis", "check", "new", "help", "version", "start" (default lesson)
  std::string file;                 // the program or lesson path
  lang::RunOptions options;         // budgets and output switches for "run"
  std::vector<std::string> program_args;  // arguments after FILE, passed to the program as sys.argv[1:]
  std::vector<std::string> paths;   // "check": the lesson files and folders to validate
};

// Parses argv. On a usage error returns std::nullopt and sets "error" to a one-line message.
std::optional<Command> parse_command_line(const std::vector<std::string>& args, std::string& error);

// The text printed by `loopscope --help`.
std::string usage_text();

}  // namespace ls::app
