// Tests for the remembered settings: INI round trip, bad values, atomic saving, the config path.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/gui/settings.h"

using namespace ls::gui;

TEST_CASE("settings survive a round trip through INI text") {
  Settings s;
  s.dark = false;
  s.font_size = 22;
  s.last_lesson = "/tmp/lessons/02 tasks/x.py";
  s.window_width = 1600;
  s.window_height = 900;
  Settings back = settings_from_ini(settings_to_ini(s));
  CHECK_FALSE(back.dark);
  CHECK(back.font_size == 22);
  CHECK(back.last_lesson == s.last_lesson);
  CHECK(back.window_width == 1600);
  CHECK(back.window_height == 900);
}

TEST_CASE("bad values and unknown keys keep the defaults") {
  Settings s = settings_from_ini("[loopscope]\ntheme = purple\nfont_size = huge\nwindow_width = 5\ncolour = 3\nfont_size\n");
  Settings d;
  CHECK(s.dark == d.dark);
  CHECK(s.font_size == d.font_size);
  CHECK(s.window_width == d.window_width);
  CHECK(settings_from_ini("font_size = 200\n").font_size == kMaxFontSize);
}

TEST_CASE("saving creates the folder, replaces the file and leaves no temporary file") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("loopscope_settings_test_" + std::to_string(::rand()));
  fs::remove_all(dir);
  std::string path = (dir / "loopscope" / "settings.ini").string();
  Settings s;
  s.font_size = 20;
  std::string error;
  REQUIRE(save_settings(s, path, error));
  s.font_size = 24;
  REQUIRE(save_settings(s, path, error));
  CHECK(load_settings(path).font_size == 24);
  int files = 0;
  for (auto& e : fs::directory_iterator(dir / "loopscope")) {
    static_cast<void>(e);
    ++files;
  }
  CHECK(files == 1);
  CHECK(load_settings((dir / "missing.ini").string()).font_size == Settings{}.font_size);
  fs::remove_all(dir);
}

TEST_CASE("the settings file lives under XDG_CONFIG_HOME, else ~/.config") {
  const char* old_xdg = std::getenv("XDG_CONFIG_HOME");
  std::string saved = old_xdg ? old_xdg : "";
  const char* old_home = std::getenv("HOME");
  std::string saved_home = old_home ? old_home : "";
  ::setenv("XDG_CONFIG_HOME", "/x/cfg", 1);
  CHECK(settings_path() == "/x/cfg/loopscope/settings.ini");
  ::unsetenv("XDG_CONFIG_HOME");
  ::setenv("HOME", "/home/learner", 1);
  CHECK(settings_path() == "/home/learner/.config/loopscope/settings.ini");
  if (old_xdg) ::setenv("XDG_CONFIG_HOME", saved.c_str(), 1);
  if (old_home) ::setenv("HOME", saved_home.c_str(), 1);
}
