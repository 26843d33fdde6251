// What every panel draws with (session, theme, fonts, settings) and the list of panel functions, one file each.
#pragma once
#include <imgui.h>

#include "app/gui/fonts.h"
#include "app/gui/layout.h"
#include "app/gui/session.h"
#include "app/gui/settings.h"
#include "app/gui/theme.h"

namespace ls::gui {

// Requests a panel makes of the app (handled between frames).
struct UiRequests {
  bool quit = false;          // close the window
  bool toggle_theme = false;  // switch dark/light
  int font_step = 0;          // +1 bigger, -1 smaller
};

// The context passed to every panel each frame.
struct Ui {
  Session& session;
  Settings& settings;
  const Theme& theme;
  const Fonts& fonts;
  UiRequests& requests;
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

// Draws every panel at its place in "layout".
void draw_all_panels(Ui& ui, const Layout& layout);

}  // namespace ls::gui
