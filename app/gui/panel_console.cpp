// The Console panel: the program's output with virtual timestamps and the task that printed each line.
#include "app/gui/ui.h"

namespace ls::gui {

void draw_console_panel(Ui& ui, const Rect& r) {
  if (!begin_panel("Console###console", r)) {
    ImGui::End();
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (ImGui::BeginTable("console", 3, flags)) {
    ImGui::TableSetupColumn("time", ImGuiTableColumnFlags_WidthStretch, 0.7f);
    ImGui::TableSetupColumn("task", ImGuiTableColumnFlags_WidthStretch, 0.7f);
    ImGui::TableSetupColumn("output", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableHeadersRow();
    ImGui::EndTable();
  }
  ImGui::Spacing();
  placeholder_note(ui, "What the program prints, stamped with virtual time and the printing task; click a line to jump there.");
  ImGui::End();
}

}  // namespace ls::gui
