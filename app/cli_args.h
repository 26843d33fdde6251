// Command-line parsing for the loopscope executable: verbs, flags and their values.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/lang/interpreter.h"

namespace ls::app {

// Flags of the desktop app ("start"): scripted runs for tests, screenshots and benchmarks.
struct GuiFlags {
  int width = 0;                // --size WxH (0: the remembered size)
  int height = 0;
  long frames = 0;              // --frames N: render N frames, then exit
  std::string screenshot;       // --screenshot OUT.png: save the last frame
  std::string dump_state;       // --dump-state OUT.json: write the state at exit
  long bench_frames = 0;        // --bench-frames N: print frame-time percentiles after N frames
  int line = 0;                 // --line N: start with line N as the line about to run
  long goto_step = -1;          // --goto STEP: start after STEP handle runs (-1: at the start)
};

// Flags of "trace" (besides the run options).
struct TraceFlags {
  std::string json;                 // --json OUT: JSON Lines event log
  std::string chrome;               // --chrome-trace OUT: Chrome Trace Event Format
  std::uint64_t max_events = 20'000'000;  // --max-events N: the recording's cap
};

// What the user asked for on the command line.
struct Command {
  std::string verb;                 // "run", "dis", "check", "new", "help", "version", "start" (default lesson)
  std::string file;                 // the program or lesson path
  lang::RunOptions options;         // budgets and output switches for "run"
  std::vector<std::string> program_args;  // arguments after FILE, passed to the program as sys.argv[1:]
  std::vector<std::string> paths;   // "check": the lesson files and folders to validate
  GuiFlags gui;                     // "start": the desktop app's flags
  TraceFlags trace;                 // "trace": output files and the event cap
};

// Parses argv. On a usage error returns std::nullopt and sets "error" to a one-line message.
std::optional<Command> parse_command_line(const std::vector<std::string>& args, std::string& error);

// The text printed by `loopscope --help`.
std::string usage_text();

}  // namespace ls::app
