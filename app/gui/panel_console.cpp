// The Console panel: the program's output with virtual timestamps and the task that printed each line; a click jumps there.
#include <algorithm>
#include <string>

#include "app/gui/ui.h"
#include "engine/trace/explain.h"

namespace ls::gui {
namespace {

std::size_t g_last_count = ~std::size_t(0);  // lines shown last frame (scroll to the newest when it changes)

}  // namespace

void draw_console_panel(Ui& ui, const Rect& r) {
  TracePlayer* tp = ui.session.trace();
  if (!begin_panel("Console###console", r)) {
    ImGui::End();
    return;
  }
  if (recording_note(ui, "What the program prints, stamped with virtual time and the printing task; click a line to jump there.")) {
    ImGui::End();
    return;
  }
  // Lines printed so far: those whose first character was written before the cursor.
  const std::vector<ConsoleLine>& lines = tp->console();
  const std::size_t pos = tp->position();
  const std::size_t count = static_cast<std::size_t>(
      std::lower_bound(lines.begin(), lines.end(), pos, [](const ConsoleLine& l, std::size_t p) { return l.event < p; }) -
      lines.begin());
  if (count == 0) {
    ImGui::TextDisabled(lines.empty() ? "This run prints nothing." : "Nothing printed yet (%zu lines to come).", lines.size());
    g_last_count = 0;
    ImGui::End();
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp |
                                ImGuiTableFlags_ScrollY;
  if (ImGui::BeginTable("console", 3, flags)) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::PushFont(ui.fonts.mono);
    const float stamp_w = ImGui::CalcTextSize("[    0.000]").x;
    ImGui::PopFont();
    ImGui::TableSetupColumn("time", ImGuiTableColumnFlags_WidthFixed, stamp_w);
    ImGui::TableSetupColumn("task", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("Task-0000").x + 8);
    ImGui::TableSetupColumn("output", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(count));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const ConsoleLine& l = lines[static_cast<std::size_t>(i)];
        ImGui::TableNextRow();
        const bool newest = static_cast<std::size_t>(i) + 1 == count;
        if (newest) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ui.theme.current_line_bg);
        if (tp->highlighted(l.task)) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, task_imcolour(l.task, 0.25f));
        ImGui::TableNextColumn();
        ImGui::PushID(i);
        ImGui::PushFont(ui.fonts.mono);
        char stamp[32];
        std::snprintf(stamp, sizeof stamp, "[%9.3f]", l.time);
        // The whole row is one selectable: clicking moves the cursor to the moment it was printed.
        if (ImGui::Selectable(stamp, false, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap))
          tp->seek(static_cast<std::int64_t>(l.event) + 1);
        if (ImGui::IsItemHovered()) {
          if (l.task) tp->hover_task(l.task);
          ImGui::SetTooltip("Printed at t=%s (event %u)%s%s; click to go there", trace::format_time(l.time).c_str(), l.event,
                            l.task ? " by " : " outside any task", task_label(ui, l.task).c_str());
        }
        ImGui::PopFont();
        ImGui::TableNextColumn();
        if (l.task)
          task_chip(ui, l.task);
        else
          ImGui::TextDisabled("main");
        ImGui::TableNextColumn();
        ImGui::PushFont(ui.fonts.mono);
        if (l.to_stderr)
          ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ui.theme.error), "%s", l.text.c_str());
        else
          ImGui::TextUnformatted(l.text.c_str());
        ImGui::PopFont();
        ImGui::PopID();
      }
    }
    clipper.End();
    if (count != g_last_count) ImGui::SetScrollHereY(1.0f);
    g_last_count = count;
    ImGui::EndTable();
  }
  ImGui::End();
}

}  // namespace ls::gui
