// Shared panel helpers (fixed panel windows, placeholders, headings) and the frame's panel list.
#include "app/gui/ui.h"

namespace ls::gui {

bool begin_panel(const char* title, const Rect& r, ImGuiWindowFlags extra) {
  ImGui::SetNextWindowPos(ImVec2(r.x, r.y));
  ImGui::SetNextWindowSize(ImVec2(r.w, r.h));
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                 ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus | extra;
  return ImGui::Begin(title, nullptr, flags);
}

void placeholder_note(const Ui& ui, const char* what) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.muted));
  ImGui::PushFont(ui.fonts.italic);
  ImGui::TextWrapped("recording not available yet");
  ImGui::PopFont();
  ImGui::TextWrapped("%s", what);
  ImGui::PopStyleColor();
}

void section_heading(const Ui& ui, const char* text) {
  ImGui::PushFont(ui.fonts.bold);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.heading));
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

void empty_card(const Ui& ui, float width, float height, const char* label) {
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p, ImVec2(p.x + width, p.y + height), ui.theme.frame_fill, 4);
  dl->AddRect(p, ImVec2(p.x + width, p.y + height), ui.theme.frame, 4);
  if (label && *label) {
    ImVec2 size = ImGui::CalcTextSize(label);
    dl->AddText(ImVec2(p.x + (width - size.x) / 2, p.y + (height - size.y) / 2), ui.theme.muted, label);
  }
  ImGui::Dummy(ImVec2(width, height));
}

void draw_all_panels(Ui& ui, const Layout& layout) {
  draw_toolbar(ui, layout.toolbar);
  if (ui.session.editing())
    draw_editor_panel(ui, layout.code);
  else
    draw_source_panel(ui, layout.code);
  if (layout.errors.h > 0) draw_errors_panel(ui, layout.errors);
  draw_lesson_panel(ui, layout.lesson);
  draw_loop_panel(ui, layout.loop);
  draw_timers_panel(ui, layout.timers);
  draw_sync_panel(ui, layout.sync);
  draw_tasks_panel(ui, layout.tasks);
  draw_console_panel(ui, layout.console);
  draw_timeline_panel(ui, layout.timeline);
  draw_status_line(ui, layout.status);
  Rect screen{0, 0, layout.toolbar.w, layout.status.y + layout.status.h};
  if (ui.requests.browser_open) draw_lesson_browser(ui, screen);
  if (ui.requests.pending != PendingLeave::None) draw_unsaved_prompt(ui, screen);
}

}  // namespace ls::gui
