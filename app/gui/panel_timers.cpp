// The Timers panel: the timer heap in deadline order, with time left relative to the virtual clock.
#include "app/gui/ui.h"

namespace ls::gui {

void draw_timers_panel(Ui& ui, const Rect& r) {
  if (!begin_panel("Timers###timers", r)) {
    ImGui::End();
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (ImGui::BeginTable("timers", 3, flags)) {
    ImGui::TableSetupColumn("deadline", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("in", ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableSetupColumn("callback", ImGuiTableColumnFlags_WidthStretch, 2.2f);
    ImGui::TableHeadersRow();
    ImGui::EndTable();
  }
  ImGui::Spacing();
  placeholder_note(ui, "The heap will list every TimerHandle by (deadline, order added), the next one to fire on top.");
  ImGui::End();
}

}  // namespace ls::gui
