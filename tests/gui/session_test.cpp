// Tests for the app session: opening lessons, syntax errors, narration, task markers, commands, reloads.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "app/gui/file_watcher.h"
#include "app/gui/session.h"
#include "app/gui/shortcuts.h"
#include "app/gui/state_dump.h"
#include "app/gui/task_palette.h"

#include <GLFW/glfw3.h>

using namespace ls::gui;

namespace {

std::string lesson_path(const char* rel) { return std::string(LOOPSCOPE_SOURCE_DIR) + "/" + rel; }

std::string temp_file(const char* name, const std::string& text) {
  auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path) << text;
  return path.string();
}

}  // namespace

TEST_CASE("opening a lesson reads its title, metadata, explanation, colours and docstring lines") {
  Session s;
  REQUIRE(s.open(lesson_path("lessons/02_tasks/02_two_tasks_one_second.py")));
  CHECK(s.title() == "Two tasks sleeping 1 s take 1 s");
  CHECK(s.lesson().meta("chapter") == "Tasks");
  CHECK(s.errors().empty());
  CHECK_FALSE(s.explanation().empty());
  CHECK(s.lines().size() > 30);
  CHECK(s.docstring_lines().first == 1);
  CHECK(s.docstring_lines().second > 10);
}

TEST_CASE("a syntax error is listed with its line, column and CPython's message - the lesson text survives") {
  Session s;
  REQUIRE(s.open(lesson_path("tests/gui/data/syntax_error.py")));
  REQUIRE(s.errors().size() == 1);
  CHECK(s.errors()[0].kind == "SyntaxError");
  CHECK(s.errors()[0].message == "expected ':'");
  CHECK(s.errors()[0].line == 11);
  CHECK(s.title() == "A lesson with a missing colon");
  CHECK(s.status().find("error") != std::string::npos);
}

TEST_CASE("a missing file opens empty with an error instead of failing later") {
  Session s;
  CHECK_FALSE(s.open("/nonexistent/lesson.py"));
  REQUIRE(s.errors().size() == 1);
  CHECK(s.errors()[0].kind == "OSError");
}

TEST_CASE("the current line gives its narration") {
  Session s;
  std::string path = temp_file("ls_gui_narration.py", "import asyncio\n#: Sleep gives the loop a turn.\nx = 1\ny = 2  #: Two.\n");
  REQUIRE(s.open(path));
  CHECK(s.current_narration().empty());
  s.set_current_line(3);
  CHECK(s.current_narration() == "Sleep gives the loop a turn.");
  s.set_current_line(4);
  CHECK(s.current_narration() == "Two.");
  s.set_current_line(2);  // the comment line itself
  CHECK(s.current_narration() == "Sleep gives the loop a turn.");
  s.set_current_line(1);
  CHECK(s.current_narration().empty());
}

TEST_CASE("task markers take their colours from the one palette, and setting them bumps the version") {
  Session s;
  int v = s.task_lines_version();
  s.set_task_lines({{1, 10, task_colour(1)}, {2, 12, task_colour(2)}});
  CHECK(s.task_lines_version() == v + 1);
  CHECK(s.task_lines().size() == 2);
  CHECK(task_colour(1) != task_colour(2));
  CHECK(task_colour(1) == task_colour(1 + task_palette_size()));
  CHECK(task_colour(0) == task_colour(1));
}

TEST_CASE("commands without a recording change nothing but are remembered and explained") {
  Session s;
  s.command(PlayerCommand::StepLoop);
  CHECK(s.last_command() == PlayerCommand::StepLoop);
  CHECK(s.player().cursor().handle_runs == 0);
  CHECK(s.status() == "Next loop step: recording not available yet.");
}

TEST_CASE("debugger keys map to player commands - Ctrl keys to app actions") {
  CHECK(shortcut_for(GLFW_KEY_F5, false, false).command == PlayerCommand::PlayPause);
  CHECK(shortcut_for(GLFW_KEY_SPACE, false, false).command == PlayerCommand::PlayPause);
  CHECK(shortcut_for(GLFW_KEY_F10, false, false).command == PlayerCommand::StepLoop);
  CHECK(shortcut_for(GLFW_KEY_F10, false, true).command == PlayerCommand::StepBack);
  CHECK(shortcut_for(GLFW_KEY_F11, false, false).command == PlayerCommand::StepLine);
  CHECK(shortcut_for(GLFW_KEY_F11, false, true).command == PlayerCommand::StepOut);
  CHECK(shortcut_for(GLFW_KEY_LEFT, false, false).command == PlayerCommand::StepBack);
  CHECK(shortcut_for(GLFW_KEY_HOME, false, false).command == PlayerCommand::GoStart);
  CHECK(shortcut_for(GLFW_KEY_END, false, false).command == PlayerCommand::GoEnd);
  CHECK(shortcut_for(GLFW_KEY_Q, true, false).action == AppAction::Quit);
  CHECK(shortcut_for(GLFW_KEY_EQUAL, true, true).action == AppAction::FontBigger);
  CHECK(shortcut_for(GLFW_KEY_MINUS, true, false).action == AppAction::FontSmaller);
  CHECK(shortcut_for(GLFW_KEY_Q, false, false).action == AppAction::None);
}

TEST_CASE("the file watcher reports a change once, checking at most once per interval") {
  std::string path = temp_file("ls_gui_watch.py", "x = 1\n");
  FileWatcher w;
  w.watch(path);
  CHECK_FALSE(w.poll(10.0));
  std::ofstream(path) << "x = 22\n";  // a different size, so the change shows even within one mtime tick
  CHECK_FALSE(w.poll(10.5));          // too soon after the last look
  CHECK(w.poll(11.1));
  CHECK_FALSE(w.poll(12.2));
  std::filesystem::remove(path);
  CHECK_FALSE(w.poll(13.3));  // vanished: not a change yet
  std::ofstream(path) << "x = 3\n";
  CHECK(w.poll(14.4));        // reappeared
}

TEST_CASE("reloading keeps the current line when it still exists") {
  std::string path = temp_file("ls_gui_reload.py", "a = 1\nb = 2\nc = 3\n");
  Session s;
  REQUIRE(s.open(path));
  s.set_current_line(3);
  int g = s.generation();
  std::ofstream(path) << "a = 1\nb = 2\nc = 3\nd = 4\n";
  REQUIRE(s.reload());
  CHECK(s.generation() == g + 1);
  CHECK(s.current_line() == 3);
  std::ofstream(path) << "a = 1\n";
  s.reload();
  CHECK(s.current_line() == 0);
}

TEST_CASE("the state dump is JSON naming the lesson, the cursor, the errors and the theme") {
  Session s;
  s.open(lesson_path("tests/gui/data/syntax_error.py"));
  s.command(PlayerCommand::StepBack);
  Settings settings;
  settings.dark = false;
  std::string json = state_json(s, settings, {1280, 800, 3});
  CHECK(json.find("\"lesson\": \"" + lesson_path("tests/gui/data/syntax_error.py") + "\"") != std::string::npos);
  CHECK(json.find("\"cursor\": {\"event_index\": 0, \"handle_runs\": 0, \"virtual_time\": 0.000000}") != std::string::npos);
  CHECK(json.find("\"message\": \"expected ':'\", \"line\": 11") != std::string::npos);
  CHECK(json.find("\"theme\": \"light\"") != std::string::npos);
  CHECK(json.find("\"last_command\": \"step_back\"") != std::string::npos);
  CHECK(json_string("a\"b\\\n\x01") == "\"a\\\"b\\\\\\n\\u0001\"");
}

TEST_CASE("the editor keeps edits apart from the file until they are saved") {
  const std::string original = "print('one')\n";
  std::string path = temp_file("loopscope_edit_test.py", original);
  Session s;
  s.set_recording_enabled(false);
  REQUIRE(s.open(path));
  CHECK_FALSE(s.editing());
  CHECK_FALSE(s.has_unsaved_edits());
  s.begin_edit();
  CHECK(s.editing());
  CHECK(s.edit_buffer() == original);
  CHECK_FALSE(s.has_unsaved_edits());

  SUBCASE("running edits shows the edited program and leaves the file alone") {
    s.edit_buffer() += "print('two')\n";
    CHECK(s.has_unsaved_edits());
    s.run_edits();
    CHECK(s.source() == original + "print('two')\n");
    CHECK(s.lines().size() == 2);
    std::ifstream in(path);
    std::string on_disk((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(on_disk == original);
    CHECK(s.has_unsaved_edits());
    s.end_edit();  // stopping the editor keeps the edits
    CHECK(s.has_unsaved_edits());
    s.begin_edit();
    CHECK(s.edit_buffer() == original + "print('two')\n");
  }
  SUBCASE("saving writes the buffer to the file") {
    s.edit_buffer() = "print('saved')\n";
    std::string error;
    REQUIRE(s.save_edits(error));
    CHECK(error.empty());
    std::ifstream in(path);
    std::string on_disk((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(on_disk == "print('saved')\n");
    CHECK_FALSE(s.has_unsaved_edits());
    CHECK(s.source() == "print('saved')\n");
  }
  SUBCASE("a save that cannot be written keeps the edits and says why") {
    s.edit_buffer() = "print('kept')\n";
    std::filesystem::remove(path);
    std::filesystem::create_directory(path);  // the file's place is now a folder: rename fails
    std::string error;
    CHECK_FALSE(s.save_edits(error));
    CHECK_FALSE(error.empty());
    CHECK(s.has_unsaved_edits());
    CHECK(s.edit_buffer() == "print('kept')\n");
    std::filesystem::remove(path);
  }
  SUBCASE("discarding drops the edits and reloads the file") {
    s.edit_buffer() = "broken(\n";
    s.run_edits();
    CHECK_FALSE(s.errors().empty());  // the edited text has a syntax error
    s.discard_edits();
    CHECK_FALSE(s.editing());
    CHECK_FALSE(s.has_unsaved_edits());
    CHECK(s.source() == original);
    CHECK(s.errors().empty());
  }
  std::filesystem::remove_all(path);
}

TEST_CASE("a reload from disk closes an editor without edits and shows the new text") {
  std::string path = temp_file("loopscope_edit_reload_test.py", "print('old')\n");
  Session s;
  s.set_recording_enabled(false);
  REQUIRE(s.open(path));
  s.begin_edit();
  std::ofstream(path) << "print('new')\n";
  REQUIRE(s.reload());
  CHECK_FALSE(s.editing());
  CHECK(s.source() == "print('new')\n");
  s.begin_edit();
  CHECK(s.edit_buffer() == "print('new')\n");
  std::filesystem::remove(path);
}
