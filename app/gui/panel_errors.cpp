// The Errors panel: syntax errors (and later runtime errors) with file:line:col, CPython's message and plain words.
#include <filesystem>
#include <string>

#include "app/gui/ui.h"

namespace ls::gui {

void draw_errors_panel(Ui& ui, const Rect& r) {
  const Session& s = ui.session;
  std::string title = "Errors (" + std::to_string(s.errors().size()) + ")###errors";
  ImGui::PushStyleColor(ImGuiCol_TitleBg, ImVec4(0.55f, 0.12f, 0.12f, 1.0f));
  ImGui::PushStyleColor(ImGuiCol_TitleBgActive, ImVec4(0.65f, 0.15f, 0.15f, 1.0f));
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.text));
  bool open = begin_panel(title.c_str(), r);
  ImGui::PopStyleColor(3);
  if (!open) {
    ImGui::End();
    return;
  }
  const std::string file = std::filesystem::path(s.path()).filename().string();
  for (const ErrorEntry& e : s.errors()) {
    ImGui::PushFont(ui.fonts.mono);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.error));
    if (e.runtime && e.line > 0)
      ImGui::TextWrapped("%s:%d: %s%s%s", file.c_str(), e.line, e.kind.c_str(), e.message.empty() ? "" : ": ", e.message.c_str());
    else if (e.runtime)
      ImGui::TextWrapped("%s: %s%s%s", file.c_str(), e.kind.c_str(), e.message.empty() ? "" : ": ", e.message.c_str());
    else if (e.line > 0)
      ImGui::TextWrapped("%s:%d:%d: %s: %s", file.c_str(), e.line, e.col, e.kind.c_str(), e.message.c_str());
    else
      ImGui::TextWrapped("%s: %s: %s", file.c_str(), e.kind.c_str(), e.message.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    if (!e.detail.empty() && e.detail != e.message) {
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.text));
      ImGui::TextWrapped("%s", e.detail.c_str());
      ImGui::PopStyleColor();
    }
    if (e.runtime) {
      // The run's end: a button takes the cursor to the moment it happened.
      if (ImGui::SmallButton("Go to the end of the run"))
        if (TracePlayer* tp = ui.session.trace()) tp->seek(e.event + 1);
    } else if (e.line > 0) {
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.muted));
      ImGui::TextWrapped("Fix the line marked in red in the Code panel and save: the lesson reloads by itself.");
      ImGui::PopStyleColor();
    }
  }
  ImGui::End();
}

}  // namespace ls::gui
