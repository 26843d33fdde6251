// The Lesson panel: title, metadata (chapter · level), the current line's `#:` narration, and the explanation (Markdown).
#include <algorithm>
#include <string>

#include "app/gui/markdown_view.h"
#include "app/gui/ui.h"

namespace ls::gui {
namespace {

// The narration box: what the lesson says about the line about to run.
void draw_narration(Ui& ui, float width) {
  const Session& s = ui.session;
  std::string text = s.current_narration();
  const float pad = ImGui::GetFontSize() * 0.5f;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 p = ImGui::GetCursorScreenPos();
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  const float x_local = ImGui::GetCursorPosX();
  ImGui::Dummy(ImVec2(0, pad * 0.4f));
  ImGui::Indent(pad);
  ImGui::PushTextWrapPos(x_local + width - pad);
  if (s.current_line() <= 0) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.muted));
    ImGui::TextWrapped("Narration: step through the lesson, or click a line of code, to read what the lesson says about it.");
    ImGui::PopStyleColor();
  } else {
    ImGui::PushFont(ui.fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.narration));
    ImGui::Text("Line %d", s.current_line());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    if (text.empty()) {
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.muted));
      ImGui::TextWrapped("No narration for this line.");
      ImGui::PopStyleColor();
    } else {
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.text));
      ImGui::TextWrapped("%s", text.c_str());
      ImGui::PopStyleColor();
    }
  }
  ImGui::PopTextWrapPos();
  ImGui::Unindent(pad);
  float bottom = ImGui::GetCursorScreenPos().y + pad * 0.5f;
  dl->ChannelsSetCurrent(0);
  dl->AddRectFilled(p, ImVec2(p.x + width, bottom), ui.theme.narration_bg, 4);
  dl->AddRectFilled(p, ImVec2(p.x + 3, bottom), ui.theme.narration, 2);
  dl->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(p.x, bottom));
  ImGui::Dummy(ImVec2(width, pad * 0.5f));
}

}  // namespace

void draw_lesson_panel(Ui& ui, const Rect& r) {
  if (!begin_panel("Lesson###lesson", r)) {
    ImGui::End();
    return;
  }
  const Session& s = ui.session;
  const float width = ImGui::GetContentRegionAvail().x;
  // Title and metadata stay on top; the explanation scrolls beneath them.
  ImGui::PushFont(ui.fonts.heading);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.heading));
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(s.title().c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::PopFont();
  std::string meta;
  for (const char* key : {"chapter", "level"}) {
    std::string v = s.lesson().meta(key);
    if (v.empty()) continue;
    if (!meta.empty()) meta += "  \xC2\xB7  ";
    meta += v;
  }
  if (!meta.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.muted));
    ImGui::TextUnformatted(meta.c_str());
    ImGui::PopStyleColor();
  }
  // Previous / next lesson of the curriculum, on the right of the metadata line.
  if (ui.catalog) {
    const CatalogLesson* prev = ui.catalog->previous(s.path());
    const CatalogLesson* next = ui.catalog->next(s.path());
    if (prev || next) {
      const char* prev_label = "\xE2\x97\x80 Previous";
      const char* next_label = "Next lesson \xE2\x96\xB6";
      const ImGuiStyle& st = ImGui::GetStyle();
      const float bw = ImGui::CalcTextSize(prev_label).x + ImGui::CalcTextSize(next_label).x + st.FramePadding.x * 4 +
                       st.ItemSpacing.x;
      if (!meta.empty()) ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - bw));
      ImGui::BeginDisabled(!prev);
      if (ImGui::SmallButton(prev_label) && prev) ui.requests.open_lesson = prev->path;
      if (prev && ImGui::IsItemHovered()) ImGui::SetTooltip("%s (Ctrl+Page Up)", prev->title.c_str());
      ImGui::EndDisabled();
      ImGui::SameLine();
      ImGui::BeginDisabled(!next);
      if (ImGui::SmallButton(next_label) && next) ui.requests.open_lesson = next->path;
      if (next && ImGui::IsItemHovered()) ImGui::SetTooltip("%s (Ctrl+Page Down)", next->title.c_str());
      ImGui::EndDisabled();
    }
  }
  ImGui::Spacing();
  draw_narration(ui, width);
  ImGui::Spacing();
  ImGui::BeginChild("explanation", ImVec2(0, 0), false);
  if (s.explanation().empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.muted));
    ImGui::TextWrapped("This file has no lesson docstring: a title line, chapter/order/level lines, a blank line, then the explanation in Markdown.");
    ImGui::PopStyleColor();
  } else {
    draw_markdown(ui, s.explanation(), ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize * 0.5f);
  }
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace ls::gui
