// The Synchronisation panel: locks, semaphores, events, conditions and queues with their owners and waiters.
#include "app/gui/ui.h"

namespace ls::gui {

void draw_sync_panel(Ui& ui, const Rect& r) {
  if (!begin_panel("Synchronisation###sync", r)) {
    ImGui::End();
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (ImGui::BeginTable("sync", 3, flags)) {
    ImGui::TableSetupColumn("object", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("state", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("waiters (in order)", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableHeadersRow();
    ImGui::EndTable();
  }
  ImGui::Spacing();
  placeholder_note(ui, "Locks (owner), semaphores (value), events (flag), conditions and queues (items, blocked getters "
                       "and putters), each with its waiters.");
  ImGui::End();
}

}  // namespace ls::gui
