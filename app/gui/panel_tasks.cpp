// The Tasks panel: every task's name, coroutine, state, current line and result, and the await tree.
#include "app/gui/ui.h"

namespace ls::gui {

void draw_tasks_panel(Ui& ui, const Rect& r) {
  if (!begin_panel("Tasks###tasks", r)) {
    ImGui::End();
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (ImGui::BeginTable("tasks", 5, flags)) {
    ImGui::TableSetupColumn("task", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("coroutine", ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableSetupColumn("state", ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableSetupColumn("line", ImGuiTableColumnFlags_WidthStretch, 0.5f);
    ImGui::TableSetupColumn("result", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    ImGui::EndTable();
  }
  ImGui::Spacing();
  placeholder_note(ui, "One row per task, in its colour: pending, running, waiting on ..., done, cancelled or failed.");
  ImGui::Spacing();
  ImGui::Separator();
  section_heading(ui, "Await tree");
  placeholder_note(ui, "Who waits on whom: each task under the task, future or lock it awaits.");
  ImGui::End();
}

}  // namespace ls::gui
