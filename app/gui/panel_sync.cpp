// The Synchronisation panel: locks, semaphores, events, conditions and queues with their owners and waiters.
#include <cstdio>
#include <string>
#include <vector>

#include "app/gui/ui.h"

namespace ls::gui {
namespace {

const char* role_text(trace::Role r) {
  switch (r) {
    case trace::Role::Acquire: return "acquire";
    case trace::Role::Wait: return "wait";
    case trace::Role::Get: return "get";
    case trace::Role::Put: return "put";
  }
  return "";
}

bool is_queue(trace::PrimKind k) {
  return k == trace::PrimKind::Queue || k == trace::PrimKind::PriorityQueue || k == trace::PrimKind::LifoQueue;
}

// The primitive's own state in a few words (owner chips are drawn by the caller).
std::string state_text(const trace::PrimInfo& p, const trace::Recording& rec) {
  char buf[96];
  switch (p.m_kind) {
    case trace::PrimKind::Lock: return p.m_owner ? "held by" : "free";
    case trace::PrimKind::Event: return p.m_value ? "set" : "not set";
    case trace::PrimKind::Semaphore:
    case trace::PrimKind::BoundedSemaphore:
      if (p.m_limit)
        std::snprintf(buf, sizeof buf, "value %lld of %u", static_cast<long long>(p.m_value), p.m_limit);
      else
        std::snprintf(buf, sizeof buf, "value %lld", static_cast<long long>(p.m_value));
      return buf;
    case trace::PrimKind::Condition: return p.m_owner ? "lock held by" : "lock free";
    case trace::PrimKind::Barrier: return "barrier";
    default: {
      if (p.m_limit)
        std::snprintf(buf, sizeof buf, "%zu of %u items", p.m_items.size(), p.m_limit);
      else
        std::snprintf(buf, sizeof buf, "%zu items", p.m_items.size());
      std::string out = buf;
      if (!p.m_items.empty()) {
        out += ": [";
        for (std::size_t i = 0; i < p.m_items.size() && i < 6; ++i) out += (i ? ", " : "") + std::string(rec.str(p.m_items[i]));
        if (p.m_items.size() > 6) out += ", \xE2\x80\xA6";
        out += "]";
      }
      return out;
    }
  }
}

}  // namespace

void draw_sync_panel(Ui& ui, const Rect& r) {
  if (!begin_panel("Synchronisation###sync", r)) {
    ImGui::End();
    return;
  }
  if (recording_note(ui, "Locks (owner), semaphores (value), events (flag), conditions and queues (items, blocked getters "
                         "and putters), each with its waiters.")) {
    ImGui::End();
    return;
  }
  TracePlayer* tp = ui.session.trace();
  const trace::Snapshot& s = tp->snapshot();
  std::vector<std::size_t> shown;
  for (std::size_t i = 0; i < s.m_prims.size(); ++i)
    if (s.m_prims[i].m_exists) shown.push_back(i);
  if (shown.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.muted));
    ImGui::TextWrapped("No locks, events, semaphores, conditions or queues yet. They appear here the first time a task "
                       "uses one, with the task that holds it and the tasks waiting for it, in order.");
    ImGui::PopStyleColor();
    ImGui::End();
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp |
                                ImGuiTableFlags_ScrollY;
  if (ImGui::BeginTable("sync", 3, flags)) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("object", ImGuiTableColumnFlags_WidthStretch, 0.75f);
    ImGui::TableSetupColumn("state", ImGuiTableColumnFlags_WidthStretch, 1.45f);
    ImGui::TableSetupColumn("waiting, in order", ImGuiTableColumnFlags_WidthStretch, 1.8f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(shown.size()));
    while (clipper.Step()) {
      for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
        const trace::PrimInfo& p = s.m_prims[shown[static_cast<std::size_t>(row)]];
        ImGui::TableNextRow();
        // Contention at a glance: a row with waiters is tinted red.
        if (!p.m_waiters.empty()) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, IM_COL32(200, 60, 50, 60));
        ImGui::TableNextColumn();
        ImGui::PushFont(ui.fonts.bold);
        ImGui::TextUnformatted(std::string(tp->recording().str(p.m_label)).c_str());
        ImGui::PopFont();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(state_text(p, tp->recording()).c_str());
        if (p.m_owner && (p.m_kind == trace::PrimKind::Lock || p.m_kind == trace::PrimKind::Condition)) {
          ImGui::SameLine();
          task_chip(ui, p.m_owner);
        }
        if (p.m_handed_to && p.m_kind == trace::PrimKind::Lock && !p.m_owner) {
          ImGui::TextDisabled("woken:");
          ImGui::SameLine();
          task_chip(ui, p.m_handed_to, " (next owner)");
        }
        ImGui::TableNextColumn();
        if (p.m_waiters.empty()) {
          ImGui::TextDisabled("nobody");
          continue;
        }
        // Queues have two kinds of waiters: blocked getters and blocked putters.
        const bool roles = is_queue(p.m_kind);
        const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
        for (std::size_t i = 0; i < p.m_waiters.size() && i < 16; ++i) {
          const trace::Waiter& w = p.m_waiters[i];
          std::string suffix = roles ? std::string(" ") + role_text(w.m_role) : std::string();
          if (i) {
            ImGui::SameLine(0, 4);
            if (ImGui::GetCursorScreenPos().x + task_chip_width(ui, w.m_task, suffix.c_str()) > right) ImGui::NewLine();
          }
          task_chip(ui, w.m_task, suffix.c_str());
        }
        if (p.m_waiters.size() > 16) {
          ImGui::SameLine();
          ImGui::TextDisabled("+%zu", p.m_waiters.size() - 16);
        }
      }
    }
    clipper.End();
    ImGui::EndTable();
  }
  ImGui::End();
}

}  // namespace ls::gui
