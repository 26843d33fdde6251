// The lesson browser: the curriculum's chapters and lessons in a window over the panels (Ctrl+O).
#include <algorithm>
#include <string>

#include "app/gui/ui.h"

namespace ls::gui {

void draw_lesson_browser(Ui& ui, const Rect& screen) {
  const float em = ImGui::GetFontSize();
  const float w = std::min(screen.w - 2 * em, em * 44);
  const float h = screen.h - 6 * em;
  ImGui::SetNextWindowPos(ImVec2(screen.x + (screen.w - w) * 0.5f, screen.y + 3 * em));
  ImGui::SetNextWindowSize(ImVec2(w, h));
  ImGui::SetNextWindowFocus();
  bool open = true;
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                 ImGuiWindowFlags_NoSavedSettings;
  if (!ImGui::Begin("Lessons  (Ctrl+O)###lesson_browser", &open, flags)) {
    ImGui::End();
    ui.requests.browser_open = open;
    return;
  }
  const LessonCatalog* catalog = ui.catalog;
  const long current = catalog ? catalog->index_of(ui.session.path()) : -1;
  if (!catalog || catalog->empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.muted));
    ImGui::TextWrapped("No curriculum was found next to this build of loopscope. Open a lesson file with `loopscope FILE.py`.");
    ImGui::PopStyleColor();
  } else {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.muted));
    ImGui::TextWrapped("%zu lessons in %zu chapters. Pick one to open it; Ctrl+Page Down / Ctrl+Page Up move to the "
                       "next / previous lesson.",
                       catalog->size(), catalog->chapters().size());
    ImGui::PopStyleColor();
    ImGui::Separator();
    ImGui::BeginChild("lesson_list");
    std::size_t position = 0;
    for (std::size_t c = 0; c < catalog->chapters().size(); ++c) {
      const CatalogChapter& chapter = catalog->chapters()[c];
      ImGui::PushFont(ui.fonts.bold);
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.heading));
      ImGui::Text("%zu. %s", c + 1, chapter.title.c_str());
      ImGui::PopStyleColor();
      ImGui::PopFont();
      for (std::size_t l = 0; l < chapter.lessons.size(); ++l, ++position) {
        const CatalogLesson& lesson = chapter.lessons[l];
        const bool here = static_cast<long>(position) == current;
        ImGui::PushID(static_cast<int>(position));
        ImGui::Indent(em);
        std::string label = std::to_string(l + 1) + "  " + lesson.title;
        if (ImGui::Selectable(label.c_str(), here)) {
          if (!here) ui.requests.open_lesson = lesson.path;
          open = false;
        }
        if (here && ImGui::IsWindowAppearing()) ImGui::SetScrollHereY(0.4f);
        if (!lesson.level.empty()) {
          ImGui::SameLine(w - em * 8);
          ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.muted));
          ImGui::TextUnformatted(lesson.level.c_str());
          ImGui::PopStyleColor();
        }
        ImGui::Unindent(em);
        ImGui::PopID();
      }
      ImGui::Spacing();
    }
    ImGui::EndChild();
  }
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) open = false;
  ImGui::End();
  ui.requests.browser_open = open;
}

}  // namespace ls::gui
