// The Tasks panel: every task's name, coroutine, state, current line and result, and the await tree.
#include <algorithm>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/gui/ui.h"
#include "engine/trace/explain.h"

namespace ls::gui {
namespace {

bool finished(trace::TaskState s) {
  return s == trace::TaskState::Done || s == trace::TaskState::Raised || s == trace::TaskState::Cancelled;
}

// The state column: plain words, coloured by how the task is doing.
void state_cell(Ui& ui, const TracePlayer& tp, trace::Ref task, const trace::TaskInfo& t) {
  ImVec4 colour = ImGui::ColorConvertU32ToFloat4(ui.theme.text);
  std::string text;
  switch (t.m_state) {
    case trace::TaskState::Created: text = "pending: first step queued"; colour = ImGui::ColorConvertU32ToFloat4(ui.theme.muted); break;
    case trace::TaskState::Running: text = "running"; colour = ImVec4(0.35f, 0.85f, 0.45f, 1); break;
    case trace::TaskState::Waiting: text = "waiting on " + tp.waits_text(task); break;
    case trace::TaskState::Yielded: text = "ready: yielded, runs next pass"; break;
    case trace::TaskState::Done: text = "done"; colour = ImGui::ColorConvertU32ToFloat4(ui.theme.muted); break;
    case trace::TaskState::Raised: text = "failed"; colour = ImGui::ColorConvertU32ToFloat4(ui.theme.error); break;
    case trace::TaskState::Cancelled: text = "cancelled"; colour = ImVec4(0.95f, 0.55f, 0.25f, 1); break;
  }
  // A finished task shows what it produced: its result, its exception or the cancel message.
  std::string out(tp.recording().str(t.m_outcome));
  if (finished(t.m_state) && !out.empty()) text += t.m_state == trace::TaskState::Done ? ": returned " + out : ": " + out;
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopStyleColor();
  if (ImGui::IsItemHovered() && ImGui::CalcTextSize(text.c_str()).x > ImGui::GetItemRectSize().x - 2)
    ImGui::SetTooltip("%s", text.c_str());
  // Cancellation travels in two steps: the request, then CancelledError at the next step.
  if (t.m_cancelling > 0 && !finished(t.m_state)) {
    std::string by = t.m_cancelled_by ? " by " + task_label(ui, t.m_cancelled_by) : std::string();
    if (!t.m_cancelled_by && t.m_cancel_cause)
      by = " by " + trace::describe_callback(t.m_cancel_cause, t.m_cancel_cause_target, tp.snapshot(), tp.recording());
    std::string msg(tp.recording().str(t.m_cancel_message));
    // Wrapped: the cause ("by the TaskGroup's check of Task-3's outcome") is the point.
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.6f, 0.2f, 1));
    ImGui::TextWrapped("\xE2\x96\xBC cancel requested%s%s%s", by.c_str(), msg.empty() ? "" : ": ", msg.c_str());
    ImGui::PopStyleColor();
  }
  if (t.m_cancels_delivered > 0 && t.m_state != trace::TaskState::Cancelled)
    ImGui::TextColored(ImVec4(0.95f, 0.4f, 0.3f, 1), "\xE2\x9C\x96 CancelledError delivered%s",
                       t.m_cancels_delivered > 1 ? " (several times)" : "");
}

// The await tree, cached per cursor move: (waiter, awaited) edges as pstree draws them.
struct TreeCache {
  std::uint64_t version = ~0ull;
  const TracePlayer* player = nullptr;
  std::unordered_map<trace::Ref, std::vector<trace::Ref>> children;  // waiter -> what it awaits
  std::vector<trace::Ref> roots;                                     // waiters nobody awaits
};
TreeCache g_tree;

void refresh_tree(const TracePlayer& tp) {
  if (g_tree.version == tp.version() && g_tree.player == &tp) return;
  g_tree.version = tp.version();
  g_tree.player = &tp;
  g_tree.children.clear();
  g_tree.roots.clear();
  std::vector<std::pair<trace::Ref, trace::Ref>> edges = tp.snapshot().await_edges();
  std::unordered_map<trace::Ref, bool> awaited;
  for (auto& [waiter, on] : edges) {
    g_tree.children[waiter].push_back(on);
    awaited[on] = true;
  }
  for (auto& [waiter, on] : edges)
    if (!awaited.count(waiter) && (g_tree.roots.empty() || g_tree.roots.back() != waiter) &&
        std::find(g_tree.roots.begin(), g_tree.roots.end(), waiter) == g_tree.roots.end())
      g_tree.roots.push_back(waiter);
  // A cycle (deadlock) has no root: start from its first waiter.
  if (g_tree.roots.empty() && !edges.empty()) g_tree.roots.push_back(edges.front().first);
}

void tree_node(Ui& ui, trace::Ref node, int depth, int& budget, std::vector<trace::Ref>& path) {
  if (budget-- <= 0) return;
  ImGui::Indent(depth ? ImGui::GetFontSize() * 1.1f : 0);
  if (depth) {
    ImGui::TextDisabled("\xE2\x94\x94 awaits");
    ImGui::SameLine();
  }
  if (trace::ref_kind(node) == trace::RefKind::Task)
    task_chip(ui, node);
  else
    ImGui::TextUnformatted(task_label(ui, node).c_str());
  const bool cycle = std::find(path.begin(), path.end(), node) != path.end();
  if (cycle) {
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(0.95f, 0.4f, 0.3f, 1), "\xE2\x86\xBA cycle: deadlock");
  } else if (auto it = g_tree.children.find(node); it != g_tree.children.end() && depth < 12) {
    path.push_back(node);
    for (trace::Ref child : it->second) tree_node(ui, child, depth + 1, budget, path);
    path.pop_back();
  }
  ImGui::Unindent(depth ? ImGui::GetFontSize() * 1.1f : 0);
}

}  // namespace

void draw_tasks_panel(Ui& ui, const Rect& r) {
  TracePlayer* tp = ui.session.trace();
  std::size_t alive = 0, total = 0;
  if (tp)
    for (const trace::TaskInfo& t : tp->snapshot().m_tasks)
      if (t.m_exists) {
        ++total;
        if (!finished(t.m_state)) ++alive;
      }
  std::string title = "Tasks" + (tp ? "  \xC2\xB7  " + std::to_string(alive) + " alive of " + std::to_string(total) : std::string()) +
                      "###tasks";
  if (!begin_panel(title.c_str(), r)) {
    ImGui::End();
    return;
  }
  if (recording_note(ui, "One row per task, in its colour: pending, running, waiting on ..., done, cancelled or failed.")) {
    ImGui::End();
    return;
  }
  const trace::Snapshot& s = tp->snapshot();
  const float avail_h = ImGui::GetContentRegionAvail().y;
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp |
                                ImGuiTableFlags_ScrollY;
  std::vector<std::size_t> rows;
  rows.reserve(s.m_tasks.size());
  for (std::size_t i = 0; i < s.m_tasks.size(); ++i)
    if (s.m_tasks[i].m_exists) rows.push_back(i);
  // A narrow panel (the usual 1280x800 layout) stacks the coroutine above the state, so
  // neither is cut short; a wide one gives each its own column.
  const bool stacked = ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 34;
  if (ImGui::BeginTable("tasks", stacked ? 3 : 4, flags, ImVec2(0, avail_h * 0.62f))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("task", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("Task-00").x + ImGui::GetFontSize());
    if (!stacked) ImGui::TableSetupColumn("coroutine", ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableSetupColumn(stacked ? "coroutine: state (result)" : "state (result)", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("line", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("000").x);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step()) {
      for (int k = clipper.DisplayStart; k < clipper.DisplayEnd; ++k) {
        const std::size_t i = rows[static_cast<std::size_t>(k)];
        const trace::TaskInfo& t = s.m_tasks[i];
        const trace::Ref ref = trace::make_ref(trace::RefKind::Task, static_cast<std::uint32_t>(i + 1));
        ImGui::TableNextRow();
        if (tp->highlighted(ref)) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, task_imcolour(ref, 0.25f));
        ImGui::TableNextColumn();
        task_chip(ui, ref);
        ImGui::TableNextColumn();
        if (stacked) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.muted));
        ImGui::Text("%s()", std::string(tp->recording().str(t.m_coro)).c_str());
        if (stacked) ImGui::PopStyleColor();
        else ImGui::TableNextColumn();
        state_cell(ui, *tp, ref, t);
        ImGui::TableNextColumn();
        std::uint32_t line = t.m_line ? t.m_line : t.m_await_line;
        if (line && !finished(t.m_state))
          ImGui::Text("%u", line);
        else
          ImGui::TextDisabled("-");
      }
    }
    clipper.End();
    ImGui::EndTable();
  }
  ImGui::Spacing();
  section_heading(ui, "Await tree  (who waits on whom)");
  ImGui::BeginChild("await_tree", ImVec2(0, 0), false);
  refresh_tree(*tp);
  if (g_tree.roots.empty()) {
    ImGui::TextDisabled("Nobody waits on anything right now.");
  } else {
    int budget = 120;  // nodes drawn at most (big runs: the first ones)
    std::vector<trace::Ref> path;
    for (trace::Ref root : g_tree.roots) {
      if (budget <= 0) {
        ImGui::TextDisabled("\xE2\x80\xA6 more");
        break;
      }
      tree_node(ui, root, 0, budget, path);
    }
  }
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace ls::gui
