// The lesson-authoring verbs: `loopscope check PATH...` and `loopscope new LESSON.py`.
#include "app/cli_lessons.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "engine/lang/parser.h"
#include "engine/lesson/lesson.h"

namespace ls::app {
namespace fs = std::filesystem;
namespace {

bool read_file(const fs::path& path, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  text = buffer.str();
  return true;
}

bool is_helper_module(const std::string& text) {
  std::istringstream in(text);
  std::string line;
  for (int i = 0; i < 10 && std::getline(in, line); ++i)
    if (line.find("conformance: helper module") != std::string::npos) return true;
  return false;
}

// The exit code a lesson is meant to end with: its recorded `.expected-exit`, its
// `# expect exit: N` comment, or 0.
int expected_exit_code(const fs::path& path, const std::string& text) {
  std::string recorded;
  fs::path exit_file = path;
  exit_file.replace_extension(".expected-exit");
  if (read_file(exit_file, recorded)) return std::atoi(recorded.c_str());
  auto at = text.find("\n# expect exit: ");
  if (at != std::string::npos) return std::atoi(text.c_str() + at + 16);
  return 0;
}

std::string last_line(const std::string& text) {
  std::istringstream in(text);
  std::string line, last;
  while (std::getline(in, line))
    if (!line.empty()) last = line;
  return last;
}

// Checks one lesson; prints its problems and returns how many there were.
int check_one(const fs::path& path, const lang::RunOptions& options, std::ostream& out) {
  std::string name = path.string();
  std::string text;
  if (!read_file(path, text)) {
    out << name << ": error: cannot read the file\n";
    return 1;
  }
  auto parsed = lang::parse_module(text, name);
  if (!parsed.ok()) {
    out << lang::format_syntax_error(parsed.error, name);
    return 1;
  }
  int problems = 0;
  auto lesson = lesson::read_lesson(text);
  for (auto& p : lesson.problems) {
    out << name << ":" << p.line << ":" << std::max(p.col, 1) << ": error: " << p.message << "\n";
    ++problems;
  }
  // Run it headless, as the app would, and compare how it ends with what it is meant to do.
  lang::RunOptions run = options;
  run.timestamps = false;
  run.steps_path.clear();
  run.argv = {name};
  std::ostringstream program_out, program_err;
  int code = lang::run_file(name, run, program_out, program_err);
  int want = expected_exit_code(path, text);
  if (code != want) {
    out << name << ": error: the program ended with exit code " << code << " (expected " << want << ")";
    std::string why = last_line(program_err.str());
    if (!why.empty()) out << ": " << why;
    out << "\n";
    ++problems;
  }
  return problems;
}

}  // namespace

int check_lessons(const std::vector<std::string>& paths, const lang::RunOptions& options, std::ostream& out) {
  std::vector<fs::path> files;
  bool missing = false;
  for (auto& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec))
        if (it->is_regular_file() && it->path().extension() == ".py") files.push_back(it->path());
    } else if (fs::is_regular_file(p, ec)) {
      files.emplace_back(p);
    } else {
      out << p << ": error: no such file or folder\n";
      missing = true;
    }
  }
  std::sort(files.begin(), files.end());
  int checked = 0, bad = 0;
  for (auto& f : files) {
    std::string text;
    if (read_file(f, text) && is_helper_module(text)) continue;
    ++checked;
    if (check_one(f, options, out) > 0) ++bad;
  }
  out << checked << (checked == 1 ? " lesson" : " lessons") << " checked, " << bad << " with problems\n";
  return (bad > 0 || missing || checked == 0) ? 1 : 0;
}

int write_lesson_template(const std::string& path, std::ostream& out, std::ostream& err) {
  std::error_code ec;
  if (fs::exists(path, ec)) {
    err << "loopscope: " << path << " already exists; not overwriting it\n";
    return 1;
  }
  if (fs::path(path).extension() != ".py") {
    err << "loopscope: a lesson file ends in .py: " << path << "\n";
    return 1;
  }
  std::string title = fs::path(path).stem().string();
  std::replace(title.begin(), title.end(), '_', ' ');
  while (!title.empty() && (std::isdigit(static_cast<unsigned char>(title[0])) || title[0] == ' ')) title.erase(0, 1);
  if (!title.empty()) title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
  // Write to a temporary file next to the target, then rename: never a half-written lesson.
  fs::path tmp = fs::path(path).string() + ".tmp-new";
  {
    std::ofstream o(tmp, std::ios::binary);
    o << lesson::lesson_template(title);
    if (!o.flush()) {
      err << "loopscope: cannot write " << path << "\n";
      fs::remove(tmp, ec);
      return 1;
    }
  }
  fs::rename(tmp, path, ec);
  if (ec) {
    err << "loopscope: cannot write " << path << ": " << ec.message() << "\n";
    fs::remove(tmp, ec);
    return 1;
  }
  out << "wrote " << path << ": edit the docstring and the program, then run `loopscope check " << path << "`\n";
  return 0;
}

}  // namespace ls::app
