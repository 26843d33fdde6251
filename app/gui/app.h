// The desktop app's entry point: opens the window on a lesson and runs the frame loop (also headless-scripted for tests).
#pragma once
#include <chrono>
#include <string>

namespace ls::gui {

// How to start the app (from the command line; see app/cli_args.h).
struct AppOptions {
  std::string file;              // the lesson to open ("" = "default_file")
  std::string default_file;      // the first lesson of the curriculum
  std::string lessons_dir;       // the curriculum's folder (the lesson browser lists it; "" = none)
  int width = 0;                 // --size: window width (0 = remembered size)
  int height = 0;                // --size: window height
  long frames = 0;               // --frames N: render N frames, then exit (0 = interactive)
  std::string screenshot;        // --screenshot OUT.png: save the last frame
  std::string dump_state;        // --dump-state OUT.json: write the state at exit
  long bench_frames = 0;         // --bench-frames N: render N frames as fast as possible, print timings
  int line = 0;                  // --line N: start with line N as the line about to run
  long goto_step = -1;           // --goto STEP: start after STEP handle runs (-1: at the start)
  std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();  // process start
};

// Runs the app. Returns the process exit code: 0 after a normal close, 2 when no window can be
// opened (no display: the message says so) or the lesson file cannot be read, 1 when a
// requested screenshot or state dump could not be written.
int run_app(const AppOptions& options);

}  // namespace ls::gui
