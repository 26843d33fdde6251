// The loopscope executable: command-line verbs (run, dis) now, the desktop app later.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "app/cli_args.h"
#include "app/cli_lessons.h"
#include "app/cli_trace.h"
#include "engine/lang/interpreter.h"
#ifdef LOOPSCOPE_GUI
#include "app/gui/app.h"
#endif

namespace {

// The lesson opened when loopscope starts without a file: the first lesson of the
// curriculum when it is installed next to the executable's source tree.
std::string default_lesson() {
#ifdef LOOPSCOPE_SOURCE_DIR
  std::filesystem::path lessons = std::filesystem::path(LOOPSCOPE_SOURCE_DIR) / "lessons";
  std::vector<std::filesystem::path> found;
  std::error_code ec;
  if (std::filesystem::is_directory(lessons, ec)) {
    for (auto it = std::filesystem::recursive_directory_iterator(lessons, ec);
         it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) break;
      if (it->is_regular_file() && it->path().extension() == ".py") found.push_back(it->path());
    }
  }
  std::sort(found.begin(), found.end());
  if (!found.empty()) return found.front().string();
#endif
  return {};
}

}  // namespace

int main(int argc, char** argv) {
  const auto process_start = std::chrono::steady_clock::now();
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  std::string error;
  auto cmd = ls::app::parse_command_line(args, error);
  if (!cmd) {
    std::cerr << "loopscope: " << error << "\n";
    return 2;
  }
  if (cmd->verb == "help") {
    std::cout << ls::app::usage_text();
    return 0;
  }
  if (cmd->verb == "version") {
    std::cout << "loopscope 0.1\n";
    return 0;
  }
  if (cmd->verb == "check") return ls::app::check_lessons(cmd->paths, cmd->options, std::cout);
  if (cmd->verb == "new") return ls::app::write_lesson_template(cmd->file, std::cout, std::cerr);
  if (cmd->verb == "start") {
#ifdef LOOPSCOPE_GUI
    // The desktop app: the lesson in a window (the first lesson of the curriculum by default).
    ls::gui::AppOptions app;
    app.file = cmd->file;
    app.default_file = default_lesson();
#ifdef LOOPSCOPE_SOURCE_DIR
    app.lessons_dir = (std::filesystem::path(LOOPSCOPE_SOURCE_DIR) / "lessons").string();
#endif
    app.width = cmd->gui.width;
    app.height = cmd->gui.height;
    app.frames = cmd->gui.frames;
    app.screenshot = cmd->gui.screenshot;
    app.dump_state = cmd->gui.dump_state;
    app.bench_frames = cmd->gui.bench_frames;
    app.line = cmd->gui.line;
    app.goto_step = cmd->gui.goto_step;
    app.start = process_start;
    return ls::gui::run_app(app);
#else
    static_cast<void>(process_start);
    // Built without the desktop app: run the lesson in the terminal with virtual timestamps.
    if (cmd->file.empty()) cmd->file = default_lesson();
    if (cmd->file.empty()) {
      std::cerr << "loopscope: no lesson found; pass a FILE.py\n";
      return 2;
    }
    cmd->options.timestamps = true;
    std::cout << "loopscope: running " << cmd->file << " on the virtual clock\n";
#endif
  }
  cmd->options.argv.push_back(cmd->file);
  for (auto& a : cmd->program_args) cmd->options.argv.push_back(a);
  if (cmd->verb == "dis") return ls::lang::disassemble_file(cmd->file, std::cout, std::cerr);
  if (cmd->verb == "trace") return ls::app::trace_command(*cmd, std::cerr);
  return ls::lang::run_file(cmd->file, cmd->options, std::cout, std::cerr);
}
