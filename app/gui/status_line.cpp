// The status line at the bottom: the current event's explanation sentence (ls::trace::explain), or what the app just did.
#include "app/gui/ui.h"

namespace ls::gui {

void draw_status_line(Ui& ui, const Rect& r) {
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ImGui::GetFontSize() * 0.6f, (r.h - ImGui::GetTextLineHeight()) * 0.5f));
  bool open = begin_panel("##status", r, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar);
  ImGui::PopStyleVar(2);
  if (open) {
    const Session& s = ui.session;
    // Red only for errors in the file itself; a run that ends badly is explained step by step.
    bool file_error = false;
    for (const ErrorEntry& e : s.errors()) file_error = file_error || !e.runtime;
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(file_error ? ui.theme.error : ui.theme.text));
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
