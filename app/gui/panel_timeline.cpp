// The Timeline strip: one lane per task over virtual time (or over steps), with prints and cancels as marks and the cursor.
#include <algorithm>
#include <cstdio>

#include "app/gui/ui.h"

namespace ls::gui {
namespace {

bool g_over_steps = false;  // the axis: virtual time (false) or loop steps (true)

}  // namespace

void draw_timeline_panel(Ui& ui, const Rect& r) {
  if (!begin_panel("Timeline###timeline", r, ImGuiWindowFlags_NoScrollbar)) {
    ImGui::End();
    return;
  }
  // Axis switch on the first row.
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.muted));
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("axis:");
  ImGui::PopStyleColor();
  ImGui::SameLine();
  if (ImGui::RadioButton("virtual time", !g_over_steps)) g_over_steps = false;
  ImGui::SameLine();
  if (ImGui::RadioButton("loop steps", g_over_steps)) g_over_steps = true;

  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float label_w = ImGui::CalcTextSize("Task-00 main").x;
  const float ruler_h = ImGui::GetTextLineHeight() + 4;
  const float x0 = p.x + label_w, x1 = p.x + avail.x - 4;
  const float y0 = p.y, y1 = p.y + avail.y;
  // The ruler: ten intervals over the (future) run; today an empty 0..1 range.
  dl->AddLine(ImVec2(x0, y0 + ruler_h), ImVec2(x1, y0 + ruler_h), ui.theme.frame);
  for (int i = 0; i <= 10; ++i) {
    float x = x0 + (x1 - x0) * static_cast<float>(i) / 10.0f;
    dl->AddLine(ImVec2(x, y0 + ruler_h - 4), ImVec2(x, y0 + ruler_h), ui.theme.frame);
    char label[24];
    if (g_over_steps)
      std::snprintf(label, sizeof label, "%d", i * 10);
    else
      std::snprintf(label, sizeof label, "%.1f s", static_cast<double>(i) * 0.1);
    float tw = ImGui::CalcTextSize(label).x;
    float lx = i == 10 ? x - tw : (i == 0 ? x : x - tw / 2);
    dl->AddText(ImVec2(lx, y0), ui.theme.muted, label);
  }
  // Empty lanes, so the strip's shape is visible: one per task colour slot.
  const float lane_h = ImGui::GetTextLineHeight() * 1.1f;
  float ly = y0 + ruler_h + 4;
  for (int lane = 0; lane < 3 && ly + lane_h <= y1; ++lane, ly += lane_h + 3)
    dl->AddRectFilled(ImVec2(x0, ly), ImVec2(x1, ly + lane_h), ui.theme.frame_fill, 3);
  // The cursor at the start of the run.
  dl->AddLine(ImVec2(x0, y0 + ruler_h - 6), ImVec2(x0, y1), ui.theme.accent, 2.0f);
  const char* note = "recording not available yet: lanes will show each task running, waiting and finishing over time";
  ImVec2 ns = ImGui::CalcTextSize(note);
  float ny = y0 + ruler_h + 4 + (lane_h + 3) * 0.5f;
  dl->AddText(ImVec2(x0 + std::max(8.0f, (x1 - x0 - ns.x) / 2), ny), ui.theme.muted, note);
  ImGui::Dummy(avail);
  ImGui::End();
}

}  // namespace ls::gui
