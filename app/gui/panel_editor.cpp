// The lesson editor (the Code panel while editing) and the prompt that guards unsaved edits.
#include <algorithm>
#include <filesystem>
#include <string>

#include "app/gui/ui.h"

namespace ls::gui {
namespace {

// ImGui 1.86 edits a char buffer; this grows the std::string behind it as the text grows.
int resize_string(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    auto* text = static_cast<std::string*>(data->UserData);
    text->resize(static_cast<std::size_t>(data->BufTextLen));
    data->Buf = text->data();
  }
  return 0;
}

}  // namespace

void draw_editor_panel(Ui& ui, const Rect& r) {
  Session& s = ui.session;
  const bool unsaved = s.has_unsaved_edits();
  std::string title = "Editing  \xC2\xB7  " + std::filesystem::path(s.path()).filename().string() +
                      (unsaved ? "  \xE2\x97\x8F unsaved" : "") + "###code";
  if (!begin_panel(title.c_str(), r)) {
    ImGui::End();
    return;
  }
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.muted));
  ImGui::TextWrapped("Ctrl+Enter runs your edits  \xC2\xB7  Ctrl+S saves them  \xC2\xB7  Esc or Ctrl+E back to stepping  "
                     "\xC2\xB7  indent with spaces");
  ImGui::PopStyleColor();
  ImGui::PushFont(ui.fonts.code);
  ImGui::PushStyleColor(ImGuiCol_FrameBg, ImGui::ColorConvertU32ToFloat4(ui.theme.code_bg));
  std::string& text = s.edit_buffer();
  if (ImGui::IsWindowAppearing() || ui.requests.focus_editor) ImGui::SetKeyboardFocusHere();
  ui.requests.focus_editor = false;
  ImGui::InputTextMultiline("##editor", text.data(), text.capacity() + 1, ImGui::GetContentRegionAvail(),
                            ImGuiInputTextFlags_CallbackResize, resize_string, &text);
  ImGui::PopStyleColor();
  ImGui::PopFont();
  ImGui::End();
}

void draw_unsaved_prompt(Ui& ui, const Rect& screen) {
  UiRequests& q = ui.requests;
  const float em = ImGui::GetFontSize();
  const float w = std::min(screen.w - 2 * em, em * 34);
  ImGui::SetNextWindowPos(ImVec2(screen.x + (screen.w - w) * 0.5f, screen.y + screen.h * 0.3f));
  ImGui::SetNextWindowSize(ImVec2(w, 0));
  ImGui::SetNextWindowFocus();
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize;
  const bool disk = q.pending == PendingLeave::DiskChanged;
  ImGui::Begin(disk ? "The file changed on disk###unsaved" : "Unsaved edits###unsaved", nullptr, flags);
  const std::string name = std::filesystem::path(ui.session.path()).filename().string();
  ImGui::PushTextWrapPos(w - em);
  if (disk) {
    ImGui::TextWrapped("%s changed on disk.", name.c_str());
    ImGui::TextWrapped("Your edits are not saved: reloading the file drops them.");
  } else {
    ImGui::TextWrapped("Your edits to %s are not saved.", name.c_str());
    ImGui::TextWrapped("%s", q.pending == PendingLeave::Quit ? "Save them before quitting?" : "Save them before opening another lesson?");
  }
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  if (disk) {
    if (ImGui::Button("Reload, drop my edits (Ctrl+D)")) q.choice = PromptChoice::Discard;
    ImGui::SameLine();
    if (ImGui::Button("Keep my edits (Esc)")) q.choice = PromptChoice::Cancel;
  } else {
    if (ImGui::Button("Save (Ctrl+S)")) q.choice = PromptChoice::Save;
    ImGui::SameLine();
    if (ImGui::Button("Discard (Ctrl+D)")) q.choice = PromptChoice::Discard;
    ImGui::SameLine();
    if (ImGui::Button("Cancel (Esc)")) q.choice = PromptChoice::Cancel;
  }
  ImGui::End();
}

}  // namespace ls::gui
