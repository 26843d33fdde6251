// The status line at the bottom: the current event's explanation sentence (today: what the app just did).
#include "app/gui/ui.h"

namespace ls::gui {

void draw_status_line(Ui& ui, const Rect& r) {
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ImGui::GetFontSize() * 0.6f, (r.h - ImGui::GetTextLineHeight()) * 0.5f));
  bool open = begin_panel("##status", r, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar);
  ImGui::PopStyleVar(2);
  if (open) {
    const Session& s = ui.session;
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(s.errors().empty() ? ui.theme.text : ui.theme.error));
    ImGui::TextUnformatted(s.status().c_str());
    ImGui::PopStyleColor();
    // Right-aligned: the keys to remember.
    const char* keys = "F5 play  F10 step  F11 line  Shift+F10 back  Ctrl+/- size  Ctrl+Q quit";
    float kw = ImGui::CalcTextSize(keys).x;
    float x = ImGui::GetWindowContentRegionMax().x - kw;
    if (x > ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + 20) {
      ImGui::SameLine(x);
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.muted));
      ImGui::TextUnformatted(keys);
      ImGui::PopStyleColor();
    }
  }
  ImGui::End();
}

}  // namespace ls::gui
