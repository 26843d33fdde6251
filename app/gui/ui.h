// What every panel draws with (session, theme, fonts, settings) and the list of panel functions, one file each.
#pragma once
#include <imgui.h>

#include <string>
#include <vector>

#include "app/gui/fonts.h"
#include "app/gui/layout.h"
#include "app/gui/lesson_catalog.h"
#include "app/gui/session.h"
#include "app/gui/settings.h"
#include "app/gui/theme.h"
#include "app/gui/trace_player.h"

namespace ls::gui {

// Leaving the lesson (or reloading it) while the editor has unsaved edits waits for an answer.
enum class PendingLeave : unsigned char { None, Quit, Open, DiskChanged };
// The answer given in the unsaved-edits prompt.
enum class PromptChoice : unsigned char { None, Save, Discard, Cancel };

// Requests a panel makes of the app (handled between frames).
struct UiRequests {
  bool quit = false;          // close the window
  bool toggle_theme = false;  // switch dark/light
  int font_step = 0;          // +1 bigger, -1 smaller
  bool browser_open = false;  // the lesson browser is showing (stays set across frames)
  std::string open_lesson;    // open this lesson file next ("" = none)
  bool toggle_edit = false;   // the toolbar's Edit button / Ctrl+E
  bool focus_editor = false;  // give the editor the keyboard next frame (after Ctrl+Enter / Ctrl+S)
  PendingLeave pending = PendingLeave::None;  // what waits for the unsaved-edits prompt
  std::string pending_path;                   // PendingLeave::Open: the lesson to open then
  PromptChoice choice = PromptChoice::None;   // the prompt's answer (handled between frames)
};

// The context passed to every panel each frame.
struct Ui {
  Session& session;
  Settings& settings;
  const Theme& theme;
  const Fonts& fonts;
  UiRequests& requests;
  const LessonCatalog* catalog = nullptr;  // the curriculum (the lesson browser lists it)
};

// Begins a fixed panel window at "r" (no move, no resize, no collapse). Returns ImGui::Begin's
// result; always call ImGui::End().
bool begin_panel(const char* title, const Rect& r, ImGuiWindowFlags extra = 0);

// The muted "recording not available yet" note of a panel that needs a recording, with one
// sentence about what it will show.
void placeholder_note(const Ui& ui, const char* what);

// A small section heading inside a panel ("Ready queue").
void section_heading(const Ui& ui, const char* text);

// An empty card outline (where a ready-queue card, a timer or a waiter will go).
void empty_card(const Ui& ui, float width, float height, const char* label);

// ---- tasks drawn the same way everywhere (task_chip.cpp) ----
// A rounded chip in the task's colour with its name (and "suffix"). Hovering highlights the task
// in every panel; clicking selects it (again: unselects). Returns true when clicked.
bool task_chip(Ui& ui, trace::Ref task, const char* suffix = nullptr);
// The chip's width for "task" (to lay chips out in rows).
float task_chip_width(const Ui& ui, trace::Ref task, const char* suffix = nullptr);
// Chips for "tasks" in order, wrapping to new rows within the available width; at most "max"
// (then "+N more").
void task_chip_row(Ui& ui, const std::vector<trace::Ref>& tasks, std::size_t max = 24);
// The task's display name ("Task-2", or its given name), "" for 0.
std::string task_label(const Ui& ui, trace::Ref task);
// The colour that stands for a task everywhere (tasks, lanes, chips, gutter markers).
ImU32 task_imcolour(trace::Ref task, float alpha = 1.0f);
// The "recording..." note a loop panel shows while the first events are being recorded, or
// the "no recording" note (syntax error). Returns true when it drew one (then the panel stops).
bool recording_note(Ui& ui, const char* what);

// ---- the panels (app/gui/panel_*.cpp, toolbar.cpp, status_line.cpp) ----
void draw_toolbar(Ui& ui, const Rect& r);
void draw_source_panel(Ui& ui, const Rect& r);
void draw_errors_panel(Ui& ui, const Rect& r);
void draw_lesson_panel(Ui& ui, const Rect& r);
void draw_loop_panel(Ui& ui, const Rect& r);
void draw_timers_panel(Ui& ui, const Rect& r);
void draw_sync_panel(Ui& ui, const Rect& r);
void draw_tasks_panel(Ui& ui, const Rect& r);
void draw_console_panel(Ui& ui, const Rect& r);
void draw_timeline_panel(Ui& ui, const Rect& r);
void draw_status_line(Ui& ui, const Rect& r);
// The lesson browser (panel_lessons.cpp): a window over the panels while requests.browser_open.
void draw_lesson_browser(Ui& ui, const Rect& screen);
// The Code panel while editing (panel_editor.cpp), and the prompt about unsaved edits.
void draw_editor_panel(Ui& ui, const Rect& r);
void draw_unsaved_prompt(Ui& ui, const Rect& screen);

// Draws every panel at its place in "layout".
void draw_all_panels(Ui& ui, const Layout& layout);

}  // namespace ls::gui
