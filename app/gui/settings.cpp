// The app's remembered settings (see settings.h).
#include "app/gui/settings.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

namespace ls::gui {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool parse_int(std::string_view text, int& out) {
  std::string s(text);
  char* end = nullptr;
  long v = std::strtol(s.c_str(), &end, 10);
  if (s.empty() || *end != '\0') return false;
  out = static_cast<int>(v);
  return true;
}

}  // namespace

std::string settings_path() {
  const char* xdg = std::getenv("XDG_CONFIG_HOME");
  if (xdg && *xdg) return std::string(xdg) + "/loopscope/settings.ini";
  const char* home = std::getenv("HOME");
  if (home && *home) return std::string(home) + "/.config/loopscope/settings.ini";
  return {};
}

Settings settings_from_ini(std::string_view text) {
  Settings s;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = trim(text.substr(start, end - start));
    start = end + 1;
    if (line.empty() || line[0] == '#' || line[0] == ';' || line[0] == '[') continue;
    std::size_t eq = line.find('=');
    if (eq == std::string_view::npos) continue;
    std::string_view key = trim(line.substr(0, eq));
    std::string_view value = trim(line.substr(eq + 1));
    int number = 0;
    if (key == "theme") {
      if (value == "dark") s.dark = true;
      if (value == "light") s.dark = false;
    } else if (key == "font_size" && parse_int(value, number)) {
      s.font_size = std::clamp(static_cast<float>(number), kMinFontSize, kMaxFontSize);
      s.font_size_remembered = true;
    } else if (key == "last_lesson") {
      s.last_lesson = std::string(value);
    } else if (key == "window_width" && parse_int(value, number) && number >= 320 && number <= 16384) {
      s.window_width = number;
    } else if (key == "window_height" && parse_int(value, number) && number >= 240 && number <= 16384) {
      s.window_height = number;
    }
  }
  return s;
}

std::string settings_to_ini(const Settings& s) {
  std::ostringstream out;
  out << "# loopscope settings (rewritten when the app closes)\n"
      << "[loopscope]\n"
      << "theme = " << (s.dark ? "dark" : "light") << "\n"
      << "font_size = " << static_cast<int>(s.font_size) << "\n"
      << "last_lesson = " << s.last_lesson << "\n"
      << "window_width = " << s.window_width << "\n"
      << "window_height = " << s.window_height << "\n";
  return out.str();
}

Settings load_settings(const std::string& path) {
  if (path.empty()) return {};
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::stringstream buffer;
  buffer << in.rdbuf();
  return settings_from_ini(buffer.str());
}

bool write_file_atomically(const std::string& path, std::string_view content, std::string& error) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path target(path);
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  if (ec) {
    error = "cannot create " + target.parent_path().string() + ": " + ec.message();
    return false;
  }
  std::string temp = path + ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) {
      error = "cannot write " + temp;
      return false;
    }
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) {
      error = "cannot write " + temp;
      fs::remove(temp, ec);
      return false;
    }
  }
  fs::rename(temp, target, ec);
  if (ec) {
    error = "cannot replace " + path + ": " + ec.message();
    fs::remove(temp, ec);
    return false;
  }
  return true;
}

bool save_settings(const Settings& settings, const std::string& path, std::string& error) {
  if (path.empty()) {
    error = "no settings folder (neither XDG_CONFIG_HOME nor HOME is set)";
    return false;
  }
  return write_file_atomically(path, settings_to_ini(settings), error);
}

}  // namespace ls::gui
