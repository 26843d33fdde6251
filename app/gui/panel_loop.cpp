// The Event loop panel: the virtual clock, the phase of the current loop pass, the handle running now and the ready queue (FIFO).
#include <algorithm>
#include <cstdio>

#include "app/gui/ui.h"

namespace ls::gui {
namespace {

// The three phases of one pass of the loop, in order.
constexpr const char* kPhases[] = {"move due timers", "run ready handles", "wait: jump the clock"};

// Draws the phase chips; "active" is the index of the current phase (-1: none).
void draw_phases(const Ui& ui, int active) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float avail = ImGui::GetContentRegionAvail().x;
  const float gap = ImGui::GetFontSize() * 0.9f;
  const float chip_w = (avail - 2 * gap) / 3;
  ImFont* font = ImGui::GetFont();
  const float fs = ImGui::GetFontSize() * 0.85f;
  // Tall enough for the longest wrapped phase name under its number.
  float name_h = 0;
  for (const char* name : kPhases)
    name_h = std::max(name_h, font->CalcTextSizeA(fs, 1e9f, chip_w - 12, name).y);
  const float chip_h = ImGui::GetTextLineHeight() + name_h + 10;
  ImVec2 p = ImGui::GetCursorScreenPos();
  for (int i = 0; i < 3; ++i) {
    ImVec2 a(p.x + static_cast<float>(i) * (chip_w + gap), p.y);
    ImVec2 b(a.x + chip_w, a.y + chip_h);
    bool on = i == active;
    dl->AddRectFilled(a, b, on ? ui.theme.current_line_bg : ui.theme.frame_fill, 5);
    dl->AddRect(a, b, on ? ui.theme.accent : ui.theme.frame, 5, 0, on ? 2.0f : 1.0f);
    char number[4];
    std::snprintf(number, sizeof number, "%d", i + 1);
    // Number on the first text line, the phase name (wrapped to the chip) under it.
    dl->AddText(ImVec2(a.x + 6, a.y + 3), on ? ui.theme.accent : ui.theme.muted, number);
    dl->AddText(font, fs, ImVec2(a.x + 6, a.y + 3 + ImGui::GetTextLineHeight()), on ? ui.theme.text : ui.theme.muted,
                kPhases[i], nullptr, chip_w - 12);
    if (i < 2) {
      float mx = b.x + gap * 0.5f, my = (a.y + b.y) * 0.5f, s = gap * 0.25f;
      dl->AddTriangleFilled(ImVec2(mx - s, my - s), ImVec2(mx - s, my + s), ImVec2(mx + s, my), ui.theme.muted);
    }
  }
  ImGui::Dummy(ImVec2(avail, chip_h));
}

}  // namespace

void draw_loop_panel(Ui& ui, const Rect& r) {
  if (!begin_panel("Event loop###loop", r)) {
    ImGui::End();
    return;
  }
  Cursor c = ui.session.player().cursor();
  ImGui::PushFont(ui.fonts.mono);
  ImGui::Text("t = %.3f s", c.virtual_time);
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.muted));
  ImGui::Text("  virtual clock  \xC2\xB7  %lld handles run", static_cast<long long>(c.handle_runs));
  ImGui::PopStyleColor();
  ImGui::Spacing();
  draw_phases(ui, -1);
  ImGui::Spacing();
  const float w = ImGui::GetContentRegionAvail().x;
  const float card_h = ImGui::GetTextLineHeight() * 1.9f;
  section_heading(ui, "Running now");
  empty_card(ui, w, card_h, "nothing running");
  ImGui::Spacing();
  section_heading(ui, "Ready queue  (front \xE2\x86\x92 back)");
  float slot_w = (w - 2 * ImGui::GetStyle().ItemSpacing.x) / 3;
  for (int i = 0; i < 3; ++i) {
    if (i) ImGui::SameLine();
    empty_card(ui, slot_w, card_h, i == 0 ? "empty" : "");
  }
  ImGui::Spacing();
  placeholder_note(ui, "Each card will be a handle waiting to run, in FIFO order.");
  ImGui::End();
}

}  // namespace ls::gui
