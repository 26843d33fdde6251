// The Timeline strip: one lane per task over virtual time (or over loop steps), coloured by what each task does
// or waits on, with prints and cancels as marks, zoom (Ctrl+wheel, buttons), pan (drag), and the cursor (click to move it).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "app/gui/ui.h"
#include "engine/trace/explain.h"

namespace ls::gui {
namespace {

struct View {
  bool over_steps = false;           // the axis: virtual time (false) or loop steps (true)
  double v0 = 0, v1 = 0;             // visible axis range (v1 <= v0: fit the whole run)
  int first_lane = 0;                // the top lane shown
  std::uint64_t followed = ~0ull;    // player version the view last followed the cursor at
  const TracePlayer* player = nullptr;
};
View g_view;

ImU32 state_colour(LaneState s, trace::Ref task, const Theme& th) {
  switch (s) {
    case LaneState::Pending: return th.frame;
    case LaneState::Running: return task_imcolour(task);
    case LaneState::Ready: return task_imcolour(task, 0.45f);
    case LaneState::Sleeping: return IM_COL32(80, 140, 230, 255);
    case LaneState::OnTask: return IM_COL32(160, 110, 220, 255);
    case LaneState::OnPrim: return IM_COL32(230, 105, 60, 255);
    case LaneState::OnFuture: return IM_COL32(130, 130, 145, 255);
  }
  return th.frame;
}

// Axis value of event position 'i': virtual time, or loop steps with the events of one handle
// run spread across its step so running stretches have a width.
double value_of(const TracePlayer& tp, std::size_t i, bool steps) {
  if (!steps) return tp.time_at(i);
  const std::int64_t total = tp.total_handle_runs();
  if (total == 0) return 0;
  const std::int64_t k = tp.handle_runs_at(i + 1);  // runs begun at or before event i
  if (k == 0) return 0;
  const double b = static_cast<double>(tp.handle_run_event(k));
  const double next = k < total ? static_cast<double>(tp.handle_run_event(k + 1)) : static_cast<double>(tp.event_count());
  return static_cast<double>(k - 1) + std::clamp((static_cast<double>(i) - b) / std::max(1.0, next - b), 0.0, 1.0);
}

// The first event position at axis value 'v' (for clicks and visible ranges).
std::size_t position_of(const TracePlayer& tp, double v, bool steps) {
  if (!steps) return tp.position_at_time(v);
  if (v <= 0) return 0;
  const std::int64_t k = static_cast<std::int64_t>(std::floor(v)) + 1;
  if (k > tp.total_handle_runs()) return static_cast<std::size_t>(tp.event_count());
  return tp.handle_run_event(k) + 1;
}

double run_extent(const TracePlayer& tp, bool steps) {
  double e = steps ? static_cast<double>(tp.total_handle_runs()) : tp.end_time();
  return e > 0 ? e : 1.0;
}

void legend(const Ui& ui) {
  struct Item {
    const char* name;
    ImU32 colour;
  } items[] = {{"running", IM_COL32(120, 200, 120, 255)},     {"ready", IM_COL32(120, 200, 120, 110)},
               {"timer", state_colour(LaneState::Sleeping, 0, ui.theme)},
               {"tasks", state_colour(LaneState::OnTask, 0, ui.theme)},
               {"lock/queue", state_colour(LaneState::OnPrim, 0, ui.theme)},
               {"future", state_colour(LaneState::OnFuture, 0, ui.theme)}};
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (const Item& it : items) {
    ImGui::SameLine(0, ImGui::GetFontSize() * 0.8f);
    ImVec2 p = ImGui::GetCursorScreenPos();
    const float sz = ImGui::GetTextLineHeight() * 0.7f;
    const float y = p.y + (ImGui::GetFrameHeight() - sz) * 0.5f;
    dl->AddRectFilled(ImVec2(p.x, y), ImVec2(p.x + sz * 1.6f, y + sz), it.colour, 2);
    ImGui::Dummy(ImVec2(sz * 1.6f + 3, ImGui::GetFrameHeight()));
    ImGui::SameLine(0, 0);
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", it.name);
  }
  ImGui::SameLine(0, ImGui::GetFontSize() * 0.8f);
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("\xE2\x97\x8F print  \xE2\x96\xBC cancel asked  \xE2\x9C\x96 CancelledError");
}

}  // namespace

void draw_timeline_panel(Ui& ui, const Rect& r) {
  if (!begin_panel("Timeline###timeline", r, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse)) {
    ImGui::End();
    return;
  }
  TracePlayer* tp = ui.session.trace();
  // Axis switch, zoom buttons and the legend on the first row.
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.muted));
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("axis:");
  ImGui::PopStyleColor();
  ImGui::SameLine();
  bool axis_changed = false;
  if (ImGui::RadioButton("virtual time", !g_view.over_steps)) axis_changed = g_view.over_steps, g_view.over_steps = false;
  ImGui::SameLine();
  if (ImGui::RadioButton("loop steps", g_view.over_steps)) axis_changed = !g_view.over_steps, g_view.over_steps = true;
  if (axis_changed) g_view.v1 = g_view.v0 = 0;
  if (!tp) {
    ImGui::SameLine();
    ImGui::TextDisabled(dynamic_cast<TracePlayer*>(&ui.session.player()) ? "  recording the lesson\xE2\x80\xA6"
                                                                         : "  no recording");
    ImGui::End();
    return;
  }
  if (g_view.player != tp) g_view = View{g_view.over_steps, 0, 0, 0, ~0ull, tp};
  const bool steps = g_view.over_steps;
  const double extent = run_extent(*tp, steps);
  if (g_view.v1 <= g_view.v0) {
    g_view.v0 = 0;
    g_view.v1 = extent;
  }
  ImGui::SameLine();
  if (ImGui::SmallButton("fit")) g_view.v0 = 0, g_view.v1 = extent;
  ImGui::SameLine();
  const double mid_now = value_of(*tp, tp->position(), steps);
  auto zoom = [&](double f, double at) {
    double span = std::clamp((g_view.v1 - g_view.v0) * f, extent * 1e-6 + 1e-9, extent * 1.05);
    double rel = (at - g_view.v0) / std::max(1e-12, g_view.v1 - g_view.v0);
    g_view.v0 = at - rel * span;
    g_view.v1 = g_view.v0 + span;
  };
  if (ImGui::SmallButton("+")) zoom(0.5, mid_now);
  ImGui::SameLine();
  if (ImGui::SmallButton("-")) zoom(2.0, mid_now);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Zoom: Ctrl+wheel over the lanes; pan: drag; move the cursor: click");
  legend(ui);

  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float label_w = ImGui::CalcTextSize("Task-000 worker").x;
  const float ruler_h = ImGui::GetTextLineHeight() + 2;
  const float x0 = p.x + label_w, x1 = p.x + avail.x - 4;
  const float y0 = p.y, y1 = p.y + avail.y;
  const float lane_h = std::max(8.0f, std::round(ImGui::GetTextLineHeight() * 0.78f));
  const float lane_gap = 1;
  const double span = std::max(1e-12, g_view.v1 - g_view.v0);
  auto px = [&](double v) { return static_cast<float>(x0 + (v - g_view.v0) / span * (x1 - x0)); };

  // Follow the cursor: when it moves out of view, pan so it is at 80%.
  if (g_view.followed != tp->version()) {
    g_view.followed = tp->version();
    if (mid_now < g_view.v0 || mid_now > g_view.v1) {
      g_view.v0 = mid_now - span * 0.8;
      g_view.v1 = g_view.v0 + span;
    }
  }

  // The ruler: about ten labelled ticks at round values.
  dl->AddLine(ImVec2(x0, y0 + ruler_h), ImVec2(x1, y0 + ruler_h), ui.theme.frame);
  {
    double raw = span / 8, mag = std::pow(10.0, std::floor(std::log10(raw))), step = mag;
    for (double m : {1.0, 2.0, 5.0, 10.0})
      if (raw <= m * mag) {
        step = m * mag;
        break;
      }
    if (steps) step = std::max(1.0, std::round(step));
    for (double v = std::ceil(g_view.v0 / step) * step; v <= g_view.v1 + 1e-9; v += step) {
      float x = px(v);
      dl->AddLine(ImVec2(x, y0 + ruler_h - 4), ImVec2(x, y0 + ruler_h), ui.theme.frame);
      char label[32];
      if (steps)
        std::snprintf(label, sizeof label, "%.0f", v);
      else
        std::snprintf(label, sizeof label, "%s s", trace::format_time(v).c_str());
      float tw = ImGui::CalcTextSize(label).x;
      dl->AddText(ImVec2(std::clamp(x - tw / 2, x0, x1 - tw), y0), ui.theme.muted, label);
    }
    if (tp->lanes().size() <= 6) dl->AddText(ImVec2(p.x, y0), ui.theme.muted, steps ? "step" : "time");
  }

  // Lanes: only those that fit are drawn (scroll with the wheel).
  const std::vector<TaskLane>& lanes = tp->lanes();
  const trace::Snapshot& s = tp->snapshot();
  const int fit = std::max(1, static_cast<int>((y1 - y0 - ruler_h - 4) / (lane_h + lane_gap)));
  // Tasks appear as they are created (refs are numbered in creation order, so a prefix).
  const std::size_t now_pos = tp->position();
  int lane_count = static_cast<int>(lanes.size());
  while (lane_count > 0 && lanes[static_cast<std::size_t>(lane_count - 1)].created >= now_pos) --lane_count;
  g_view.first_lane = std::clamp(g_view.first_lane, 0, std::max(0, lane_count - fit));
  const std::size_t lo = position_of(*tp, g_view.v0, steps) > 0 ? position_of(*tp, g_view.v0, steps) - 1 : 0;
  const std::size_t hi = std::min<std::size_t>(position_of(*tp, g_view.v1 + 1e-9, steps) + 1,
                                               static_cast<std::size_t>(tp->event_count()));
  const std::size_t now = tp->position();
  dl->PushClipRect(ImVec2(p.x, y0), ImVec2(x1 + 2, y1), true);
  for (int li = g_view.first_lane; li < lane_count && li < g_view.first_lane + fit; ++li) {
    const TaskLane& lane = lanes[static_cast<std::size_t>(li)];
    const trace::Ref task = trace::make_ref(trace::RefKind::Task, static_cast<std::uint32_t>(li + 1));
    const float ly = y0 + ruler_h + 4 + static_cast<float>(li - g_view.first_lane) * (lane_h + lane_gap);
    const bool lit = tp->highlighted(task);
    if (lit) dl->AddRectFilled(ImVec2(p.x, ly - 1), ImVec2(x1, ly + lane_h + 1), task_imcolour(task, 0.18f));
    // The label: the task's name in its colour.
    dl->AddRectFilled(ImVec2(p.x, ly + 2), ImVec2(p.x + 4, ly + lane_h - 2), task_imcolour(task));
    const trace::TaskInfo* ti = s.task(task);
    std::string name = ti ? trace::ref_name(s, tp->recording(), task) + " " + std::string(tp->recording().str(ti->m_coro))
                          : "Task-" + std::to_string(li + 1);
    dl->PushClipRect(ImVec2(p.x, ly), ImVec2(x0 - 4, ly + lane_h), true);
    const float fs = ImGui::GetFontSize() * 0.85f;
    dl->AddText(ImGui::GetFont(), fs, ImVec2(p.x + 7, ly + (lane_h - fs) * 0.5f), lit ? ui.theme.text : ui.theme.muted,
                name.c_str());
    dl->PopClipRect();
    // Segments in view, coalesced to at most one per pixel.
    auto first = std::lower_bound(lane.segments.begin(), lane.segments.end(), lo,
                                  [](const LaneSegment& sg, std::size_t v) { return sg.end < v; });
    float last_x = -1e9f;
    for (auto it = first; it != lane.segments.end() && it->begin < hi; ++it) {
      if (it->begin >= now) break;  // the future is not drawn: the lanes grow with the cursor
      const std::size_t end = std::min<std::size_t>(it->end, now);
      float a = px(value_of(*tp, it->begin, steps)), b = px(value_of(*tp, end, steps));
      const bool running = it->state == LaneState::Running;
      if (b - a < 2 && running) b = a + 2;
      if (b <= last_x && b - a < 1) continue;
      last_x = b;
      const float inset = running ? 0.5f : lane_h * 0.22f;
      if (it->state == LaneState::Pending)
        dl->AddRect(ImVec2(a, ly + inset), ImVec2(std::max(a + 1, b), ly + lane_h - inset), ui.theme.frame);
      else
        dl->AddRectFilled(ImVec2(a, ly + inset), ImVec2(std::max(a + 1, b), ly + lane_h - inset),
                          state_colour(it->state, task, ui.theme));
    }
    // Marks.
    auto mfirst = std::lower_bound(lane.marks.begin(), lane.marks.end(), lo,
                                   [](const LaneMark& m, std::size_t v) { return m.event < v; });
    for (auto it = mfirst; it != lane.marks.end() && it->event < hi && it->event < now; ++it) {
      const float x = px(value_of(*tp, it->event, steps));
      const float cy = ly + lane_h * 0.5f, rr = lane_h * 0.28f;
      switch (it->kind) {
        case LaneMarkKind::Print: dl->AddCircleFilled(ImVec2(x, ly + lane_h - 2), 2.2f, ui.theme.text, 8); break;
        case LaneMarkKind::CancelRequested:
          dl->AddTriangleFilled(ImVec2(x - rr, ly), ImVec2(x + rr, ly), ImVec2(x, ly + rr * 1.6f), IM_COL32(250, 170, 40, 255));
          break;
        case LaneMarkKind::CancelDelivered:
        case LaneMarkKind::Cancelled:
          dl->AddLine(ImVec2(x - rr, cy - rr), ImVec2(x + rr, cy + rr), IM_COL32(240, 70, 60, 255), 2.5f);
          dl->AddLine(ImVec2(x - rr, cy + rr), ImVec2(x + rr, cy - rr), IM_COL32(240, 70, 60, 255), 2.5f);
          break;
        case LaneMarkKind::Done: dl->AddCircleFilled(ImVec2(x, cy), rr, IM_COL32(90, 200, 110, 255), 10); break;
        case LaneMarkKind::Raised: dl->AddCircleFilled(ImVec2(x, cy), rr, IM_COL32(240, 70, 60, 255), 10); break;
      }
    }
  }
  dl->PopClipRect();
  if (lane_count > fit) {  // which lanes show (the wheel scrolls them), over the axis name
    char more[64];
    std::snprintf(more, sizeof more, "lanes %d-%d of %d", g_view.first_lane + 1,
                  std::min(lane_count, g_view.first_lane + fit), lane_count);
    dl->AddText(ImVec2(p.x, y0), ui.theme.muted, more);
  }
  // The cursor.
  const float cx = px(mid_now);
  if (cx >= x0 - 1 && cx <= x1 + 1) dl->AddLine(ImVec2(cx, y0 + ruler_h - 6), ImVec2(cx, y1), ui.theme.accent, 2.0f);

  // Interaction: hover names a lane, click moves the cursor, drag pans, Ctrl+wheel zooms, wheel scrolls lanes.
  ImGui::SetCursorScreenPos(ImVec2(x0, y0));
  ImGui::InvisibleButton("lanes", ImVec2(std::max(1.0f, x1 - x0), std::max(1.0f, y1 - y0)));
  if (ImGui::IsItemHovered()) {
    ImGuiIO& io = ImGui::GetIO();
    const double at = g_view.v0 + (io.MousePos.x - x0) / std::max(1.0f, x1 - x0) * span;
    if (io.MouseWheel != 0) {
      if (io.KeyCtrl)
        zoom(io.MouseWheel > 0 ? 0.7 : 1.0 / 0.7, at);
      else
        g_view.first_lane -= static_cast<int>(io.MouseWheel * 3);
    }
    int li = g_view.first_lane + static_cast<int>((io.MousePos.y - y0 - ruler_h - 4) / (lane_h + lane_gap));
    if (io.MousePos.y > y0 + ruler_h && li >= 0 && li < lane_count) {
      const trace::Ref task = trace::make_ref(trace::RefKind::Task, static_cast<std::uint32_t>(li + 1));
      tp->hover_task(task);
      const std::size_t pos = position_of(*tp, at, steps);
      const TaskLane& lane = lanes[static_cast<std::size_t>(li)];
      auto seg = std::upper_bound(lane.segments.begin(), lane.segments.end(), pos,
                                  [](std::size_t v, const LaneSegment& sg) { return v < sg.begin; });
      std::string what = "not started";
      if (seg != lane.segments.begin() && pos < std::prev(seg)->end) what = lane_state_text(std::prev(seg)->state);
      else if (lane.ended && pos >= lane.ended) what = "finished";
      ImGui::SetTooltip("%s at %s %s: %s\nclick: go there", task_label(ui, task).c_str(), steps ? "step" : "t=",
                        steps ? std::to_string(static_cast<long long>(at)).c_str() : trace::format_time(at).c_str(),
                        what.c_str());
    }
  }
  static bool dragged = false;  // this press became a drag (then releasing does not move the cursor)
  if (ImGui::IsItemActivated()) dragged = false;
  if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 3.0f)) {
    dragged = true;
    const double dv = ImGui::GetIO().MouseDelta.x / std::max(1.0f, x1 - x0) * span;
    g_view.v0 -= dv;
    g_view.v1 -= dv;
    g_view.followed = tp->version();
  } else if (ImGui::IsItemDeactivated() && !dragged) {
    const double at = g_view.v0 + (ImGui::GetIO().MousePos.x - x0) / std::max(1.0f, x1 - x0) * span;
    tp->seek(static_cast<std::int64_t>(position_of(*tp, at, steps)));
  }
  ImGui::End();
}

}  // namespace ls::gui
