// The Timers panel: the timer heap in deadline order, with time left relative to the virtual clock.
#include <cstdio>
#include <string>

#include "app/gui/ui.h"
#include "engine/trace/explain.h"

namespace ls::gui {

void draw_timers_panel(Ui& ui, const Rect& r) {
  TracePlayer* tp = ui.session.trace();
  const std::size_t count = tp ? tp->snapshot().m_timers.size() : 0;
  std::string title = "Timers" + (tp ? "  \xC2\xB7  " + std::to_string(count) + " on the heap" : std::string()) + "###timers";
  if (!begin_panel(title.c_str(), r)) {
    ImGui::End();
    return;
  }
  if (recording_note(ui, "The heap will list every TimerHandle by (deadline, order added), the next one to fire on top.")) {
    ImGui::End();
    return;
  }
  const trace::Snapshot& s = tp->snapshot();
  if (count == 0) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.muted));
    ImGui::TextWrapped("No timers. asyncio.sleep(d), call_later and timeouts push a TimerHandle here; the loop jumps "
                       "the clock to the first one when nothing is ready.");
    ImGui::PopStyleColor();
    ImGui::End();
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp |
                                ImGuiTableFlags_ScrollY;
  if (ImGui::BeginTable("timers", 3, flags)) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::PushFont(ui.fonts.mono);
    const float time_w = ImGui::CalcTextSize("t=0000.000").x;
    ImGui::PopFont();
    ImGui::TableSetupColumn("deadline", ImGuiTableColumnFlags_WidthFixed, time_w);
    ImGui::TableSetupColumn("fires in", ImGuiTableColumnFlags_WidthFixed, time_w);
    ImGui::TableSetupColumn("then the loop runs", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(count));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const trace::HandleEntry& h = s.m_timers[static_cast<std::size_t>(i)];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushFont(ui.fonts.mono);
        ImGui::Text("t=%s", trace::format_time(h.m_when).c_str());
        ImGui::TableNextColumn();
        const double left = h.m_when - s.m_clock;
        if (left <= 1e-12)
          ImGui::TextColored(ImVec4(0.95f, 0.7f, 0.3f, 1), "due now");
        else
          ImGui::Text("%s s", trace::format_time(left).c_str());
        ImGui::PopFont();
        ImGui::TableNextColumn();
        // Whose timer: a sleep's future belongs to the task that sleeps.
        trace::Ref owner = h.m_target;
        if (trace::ref_kind(owner) == trace::RefKind::Future)
          if (const trace::FutureInfo* f = s.future(owner)) owner = f->m_created_by;
        if (trace::ref_kind(owner) == trace::RefKind::Task) {
          task_chip(ui, owner);
          ImGui::SameLine();
        }
        std::string what = trace::describe_handle(h, s, tp->recording());
        if (h.m_cancelled)
          ImGui::TextDisabled("%s (cancelled)", what.c_str());
        else
          ImGui::TextUnformatted(what.c_str());
        if (i == 0 && ImGui::IsItemHovered()) ImGui::SetTooltip("The heap's smallest deadline: the next timer to fire.");
      }
    }
    clipper.End();
    ImGui::EndTable();
  }
  ImGui::End();
}

}  // namespace ls::gui
