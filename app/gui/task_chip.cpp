// Task chips: a task drawn the same way in every panel (its colour, its name), with the shared hover and selection.
#include <algorithm>
#include <string>

#include "app/gui/ui.h"

namespace ls::gui {

std::string task_label(const Ui& ui, trace::Ref task) {
  const TracePlayer* tp = ui.session.trace();
  if (!task || !tp) return {};
  return trace::ref_name(tp->snapshot(), tp->recording(), task);
}

ImU32 task_imcolour(trace::Ref task, float alpha) {
  return to_imu32(task_colour(static_cast<int>(trace::ref_index(task))), alpha);
}

float task_chip_width(const Ui& ui, trace::Ref task, const char* suffix) {
  std::string text = task_label(ui, task);
  if (suffix && *suffix) text += suffix;
  return ImGui::CalcTextSize(text.c_str()).x + ImGui::GetFontSize() * 0.8f;
}

bool task_chip(Ui& ui, trace::Ref task, const char* suffix) {
  TracePlayer* tp = ui.session.trace();
  if (!tp || !task) return false;
  std::string text = task_label(ui, task);
  if (suffix && *suffix) text += suffix;
  const ImVec2 ts = ImGui::CalcTextSize(text.c_str());
  const float pad = ImGui::GetFontSize() * 0.4f;
  const ImVec2 size(ts.x + 2 * pad, ImGui::GetTextLineHeight() + 2);
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::PushID(static_cast<int>(task));
  ImGui::PushID(text.c_str());
  const bool clicked = ImGui::InvisibleButton("chip", size);
  const bool hovered = ImGui::IsItemHovered();
  ImGui::PopID();
  ImGui::PopID();
  if (hovered) tp->hover_task(task);
  if (clicked) tp->select_task(task);
  const bool lit = tp->highlighted(task) || hovered;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const bool is_task = trace::ref_kind(task) == trace::RefKind::Task;
  ImU32 fill = is_task ? task_imcolour(task, lit ? 1.0f : 0.85f) : ui.theme.frame_fill;
  dl->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y), fill, size.y * 0.5f);
  if (lit) dl->AddRect(ImVec2(p.x - 1, p.y - 1), ImVec2(p.x + size.x + 1, p.y + size.y + 1), ui.theme.text, size.y * 0.5f, 0, 2.0f);
  // Dark text on the light palette colours reads best in both themes.
  dl->AddText(ImVec2(p.x + pad, p.y + 1), is_task ? IM_COL32(20, 20, 24, 255) : ui.theme.text, text.c_str());
  if (hovered && is_task) {
    const trace::TaskInfo* ti = tp->snapshot().task(task);
    if (ti) {
      std::string waits = tp->waits_text(task);
      ImGui::SetTooltip("%s: %s()  %s%s%s\nclick to select it everywhere", text.c_str(),
                        std::string(tp->recording().str(ti->m_coro)).c_str(),
                        std::string(trace::task_state_name(ti->m_state)).c_str(), waits.empty() ? "" : " on ",
                        waits.c_str());
    }
  }
  return clicked;
}

void task_chip_row(Ui& ui, const std::vector<trace::Ref>& tasks, std::size_t max) {
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  const float gap = ImGui::GetStyle().ItemSpacing.x * 0.6f;
  std::size_t n = std::min(tasks.size(), max);
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0) {
      float w = task_chip_width(ui, tasks[i]);
      ImGui::SameLine(0, gap);
      if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
    }
    task_chip(ui, tasks[i]);
  }
  if (tasks.size() > n) {
    ImGui::SameLine(0, gap);
    ImGui::TextDisabled("+%zu more", tasks.size() - n);
  }
}

bool recording_note(Ui& ui, const char* what) {
  if (ui.session.trace()) return false;
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.muted));
  ImGui::PushFont(ui.fonts.italic);
  if (dynamic_cast<TracePlayer*>(&ui.session.player()))
    ImGui::TextWrapped("recording the lesson\xE2\x80\xA6");
  else if (!ui.session.errors().empty())
    ImGui::TextWrapped("no recording: the file has an error (see the Errors panel)");
  else
    ImGui::TextWrapped("no recording");
  ImGui::PopFont();
  ImGui::TextWrapped("%s", what);
  ImGui::PopStyleColor();
  return true;
}

}  // namespace ls::gui
