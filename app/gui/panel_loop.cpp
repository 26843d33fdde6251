// The Event loop panel: the virtual clock, the phase of the current loop pass, the handle running now and the ready queue (FIFO).
#include <algorithm>
#include <cstdio>

#include <string>

#include "app/gui/ui.h"
#include "engine/trace/explain.h"

namespace ls::gui {
namespace {

// The three phases of one pass of the loop, in order.
constexpr const char* kPhases[] = {"move due timers", "run ready handles", "wait: jump the clock"};

// Draws the phase chips; "active" is the index of the current phase (-1: none).
void draw_phases(const Ui& ui, int active) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float avail = ImGui::GetContentRegionAvail().x;
  const float gap = ImGui::GetFontSize() * 0.9f;
  const float chip_w = (avail - 2 * gap) / 3;
  ImFont* font = ImGui::GetFont();
  const float fs = ImGui::GetFontSize() * 0.85f;
  // Tall enough for the longest wrapped phase name under its number.
  float name_h = 0;
  for (const char* name : kPhases)
    name_h = std::max(name_h, font->CalcTextSizeA(fs, 1e9f, chip_w - 12, name).y);
  const float chip_h = ImGui::GetTextLineHeight() + name_h + 10;
  ImVec2 p = ImGui::GetCursorScreenPos();
  for (int i = 0; i < 3; ++i) {
    ImVec2 a(p.x + static_cast<float>(i) * (chip_w + gap), p.y);
    ImVec2 b(a.x + chip_w, a.y + chip_h);
    bool on = i == active;
    dl->AddRectFilled(a, b, on ? ui.theme.current_line_bg : ui.theme.frame_fill, 5);
    dl->AddRect(a, b, on ? ui.theme.accent : ui.theme.frame, 5, 0, on ? 2.0f : 1.0f);
    char number[4];
    std::snprintf(number, sizeof number, "%d", i + 1);
    // Number on the first text line, the phase name (wrapped to the chip) under it.
    dl->AddText(ImVec2(a.x + 6, a.y + 3), on ? ui.theme.accent : ui.theme.muted, number);
    dl->AddText(font, fs, ImVec2(a.x + 6, a.y + 3 + ImGui::GetTextLineHeight()), on ? ui.theme.text : ui.theme.muted,
                kPhases[i], nullptr, chip_w - 12);
    if (i < 2) {
      float mx = b.x + gap * 0.5f, my = (a.y + b.y) * 0.5f, s = gap * 0.25f;
      dl->AddTriangleFilled(ImVec2(mx - s, my - s), ImVec2(mx - s, my + s), ImVec2(mx + s, my), ui.theme.muted);
    }
  }
  ImGui::Dummy(ImVec2(avail, chip_h));
}


// One card: a coloured edge for the task it belongs to, its position and what it will run.
void handle_card(Ui& ui, const trace::HandleEntry& h, const char* position, bool running, float width) {
  const TracePlayer* tp = ui.session.trace();
  const std::string text = trace::describe_handle(h, tp->snapshot(), tp->recording());
  trace::Ref owner = h.m_target;
  if (trace::ref_kind(owner) == trace::RefKind::Future)
    if (const trace::FutureInfo* f = tp->snapshot().future(owner)) owner = f->m_created_by;
  const bool is_task = trace::ref_kind(owner) == trace::RefKind::Task;
  const float line_h = ImGui::GetTextLineHeight();
  const float h_px = line_h * (running ? 1.8f : 1.35f);
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const bool lit = is_task && tp->highlighted(owner);
  dl->AddRectFilled(p, ImVec2(p.x + width, p.y + h_px - 2), running ? ui.theme.current_line_bg : ui.theme.frame_fill, 4);
  dl->AddRect(p, ImVec2(p.x + width, p.y + h_px - 2), lit ? ui.theme.text : (running ? ui.theme.accent : ui.theme.frame), 4, 0,
              lit || running ? 2.0f : 1.0f);
  dl->AddRectFilled(p, ImVec2(p.x + 6, p.y + h_px - 2), is_task ? task_imcolour(owner) : ui.theme.muted, 4,
                    ImDrawFlags_RoundCornersLeft);
  const float ty = p.y + (h_px - 2 - line_h) * 0.5f;
  float x = p.x + 12;
  if (position && *position) {
    dl->AddText(ImVec2(x, ty), ui.theme.muted, position);
    x += ImGui::CalcTextSize(position).x + ImGui::GetFontSize() * 0.5f;
  }
  ImU32 colour = h.m_cancelled ? ui.theme.muted : ui.theme.text;
  dl->PushClipRect(ImVec2(x, p.y), ImVec2(p.x + width - 4, p.y + h_px), true);
  dl->AddText(ImVec2(x, ty), colour, text.c_str());
  if (h.m_cancelled) {
    float tw = ImGui::CalcTextSize(text.c_str()).x;
    dl->AddLine(ImVec2(x, ty + line_h * 0.55f), ImVec2(x + tw, ty + line_h * 0.55f), ui.theme.muted);
    dl->AddText(ImVec2(x + tw + 6, ty), ui.theme.error, "cancelled: skipped");
  }
  dl->PopClipRect();
  ImGui::PushID(static_cast<int>(h.m_handle));
  ImGui::InvisibleButton("card", ImVec2(width, h_px));
  ImGui::PopID();
  TracePlayer* mtp = ui.session.trace();
  if (ImGui::IsItemHovered() && is_task) mtp->hover_task(owner);
  if (ImGui::IsItemClicked() && is_task) mtp->select_task(owner);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("%s\ncallback: %s", text.c_str(), std::string(tp->recording().str(h.m_callback)).c_str());
}

// Predict mode: the question before a loop step, the choices, the verdict and the score.
void draw_prediction(Ui& ui) {
  TracePlayer* tp = ui.session.trace();
  const Prediction& p = tp->prediction();
  if (p.asking) {
    ImGui::PushFont(ui.fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.accent));
    ImGui::TextWrapped("Predict: which one runs next?");
    ImGui::PopStyleColor();
    ImGui::PopFont();
    for (std::size_t i = 0; i < p.choices.size() && i < 12; ++i) {
      if (i) ImGui::SameLine();
      if (ImGui::GetCursorScreenPos().x + task_chip_width(ui, p.choices[i]) >
          ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x)
        ImGui::NewLine();
      if (task_chip(ui, p.choices[i])) {
        tp->select_task(p.choices[i]);  // the click answers; it should not leave a selection
        tp->answer(p.choices[i]);
        break;
      }
    }
  } else if (!p.verdict.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, p.last_right ? ImVec4(0.35f, 0.8f, 0.4f, 1) : ImVec4(0.95f, 0.45f, 0.35f, 1));
    ImGui::TextWrapped("%s", p.verdict.c_str());
    ImGui::PopStyleColor();
  }
  ImGui::TextDisabled("score %d / %d", p.right, p.asked);
  ImGui::Spacing();
}

}  // namespace

void draw_loop_panel(Ui& ui, const Rect& r) {
  if (!begin_panel("Event loop###loop", r)) {
    ImGui::End();
    return;
  }
  TracePlayer* tp = ui.session.trace();
  if (!tp) {
    draw_phases(ui, -1);
    recording_note(ui, "Each card will be a handle waiting to run, in FIFO order.");
    ImGui::End();
    return;
  }
  const trace::Snapshot& s = tp->snapshot();
  Cursor c = tp->cursor();
  ImGui::PushFont(ui.fonts.mono);
  ImGui::Text("t = %.3f s", c.virtual_time);
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.muted));
  ImGui::Text(" pass %llu \xC2\xB7 step %lld/%lld", static_cast<unsigned long long>(s.m_passes),
              static_cast<long long>(c.handle_runs), static_cast<long long>(tp->total_handle_runs()));
  ImGui::PopStyleColor();
  // The phase: what the current event belongs to.
  int active = -1;
  const trace::Event* e = s.m_index ? &tp->recording()[s.m_index - 1] : nullptr;
  if (e && e->m_kind == trace::EventKind::TimerFired)
    active = 0;
  else if (e && e->m_kind == trace::EventKind::ClockMoved)
    active = 2;
  else if (s.m_phase == trace::LoopPhase::RunningHandle || s.m_phase == trace::LoopPhase::BetweenHandles)
    active = 1;
  draw_phases(ui, active);
  ImGui::Spacing();
  if (tp->predict_mode()) draw_prediction(ui);
  const float w = ImGui::GetContentRegionAvail().x;
  section_heading(ui, "Running now");
  if (s.m_phase == trace::LoopPhase::RunningHandle) {
    handle_card(ui, s.m_running_handle, "", true, w);
  } else {
    const char* idle = s.m_ended ? "the run is over"
                       : s.m_phase == trace::LoopPhase::Idle ? "the loop is not running"
                                                             : "nothing: between two handles";
    empty_card(ui, w, ImGui::GetTextLineHeight() * 1.8f, idle);
  }
  ImGui::Spacing();
  char heading[96];
  std::snprintf(heading, sizeof heading, "Ready queue  (front \xE2\x86\x92 back)  \xC2\xB7  %zu", s.ready_size());
  section_heading(ui, heading);
  if (s.ready_size() == 0) {
    empty_card(ui, w, ImGui::GetTextLineHeight() * 1.35f,
               s.m_timers.empty() ? "empty" : "empty: the loop will wait for the next timer");
  } else {
    ImGui::BeginChild("ready", ImVec2(0, 0), false);
    const float cw = ImGui::GetContentRegionAvail().x;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(s.ready_size()), ImGui::GetTextLineHeight() * 1.35f + ImGui::GetStyle().ItemSpacing.y);
    while (clipper.Step())
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        char pos[16];
        std::snprintf(pos, sizeof pos, "%d", i + 1);
        handle_card(ui, s.ready_at(static_cast<std::size_t>(i)), pos, false, cw);
      }
    clipper.End();
    ImGui::EndChild();
  }
  ImGui::End();
}

}  // namespace ls::gui
