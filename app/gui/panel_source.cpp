// The Code panel: the lesson source with syntax colours, line numbers, the line about to run, task markers and syntax errors.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "app/gui/ui.h"

namespace ls::gui {
namespace {

// What one row of the Code panel shows.
enum class RowKind : unsigned char {
  Line,      // a source line
  Fold,      // the folded module docstring (its first line, and how many lines are hidden)
  Message,   // the syntax error's message, under the error line
};

struct Row {
  RowKind kind = RowKind::Line;
  int line = 0;  // the source line (Fold: the docstring's first line)
};

// Facts about the open source that change only when it is reloaded or the markers change.
struct SourceCache {
  int generation = -1;                          // Session::generation() they were computed for
  bool folded = true;                           // the docstring is folded (it is in the Lesson panel)
  bool rows_folded = false;                     // "folded" when "rows" was built
  std::vector<Row> rows;                        // what each row shows
  int markers_version = -1;                     // Session::task_lines_version() of "markers"
  std::size_t longest_line = 0;                 // bytes of the longest line (horizontal extent)
  std::vector<std::pair<int, int>> markers;     // (line, index into task_lines), sorted
  int last_scrolled_line = -1;                  // the current line we last scrolled to
};

SourceCache g_cache;

// Byte offset of 1-based character column "col" in "text" (UTF-8).
std::size_t byte_of_column(const std::string& text, int col) {
  std::size_t i = 0;
  for (int c = 1; c < col && i < text.size(); ++c) {
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

// A red zigzag under [x0, x1] at baseline "y".
void squiggle(ImDrawList* dl, float x0, float x1, float y, ImU32 colour) {
  const float step = 3;
  ImVec2 points[256];
  int n = 0;
  for (float x = x0; x < x1 && n < 255; x += step, ++n)
    points[n] = ImVec2(x, y + ((n % 2) ? 2.0f : -1.0f));
  points[n++] = ImVec2(x1, y);
  dl->AddPolyline(points, n, colour, ImDrawFlags_None, 1.5f);
}

// The first error that has a line inside the file, or null.
const ErrorEntry* located_error(const Session& s) {
  for (auto& e : s.errors())
    if (e.line >= 1 && e.line <= static_cast<int>(s.lines().size())) return &e;
  return nullptr;
}

void refresh_cache(const Session& s) {
  const bool reloaded = g_cache.generation != s.generation();
  if (reloaded) {
    g_cache.generation = s.generation();
    g_cache.last_scrolled_line = -1;
  }
  if (reloaded || g_cache.rows_folded != g_cache.folded) {
    g_cache.rows_folded = g_cache.folded;
    g_cache.rows.clear();
    const ErrorEntry* error = located_error(s);
    auto [doc_first, doc_last] = s.docstring_lines();
    // Never hide the error, nor a docstring of one or two lines.
    bool fold = g_cache.folded && doc_last - doc_first >= 2 &&
                !(error && error->line >= doc_first && error->line <= doc_last);
    const int n = static_cast<int>(s.lines().size());
    for (int line = 1; line <= n; ++line) {
      if (fold && line == doc_first) {
        g_cache.rows.push_back({RowKind::Fold, line});
        line = doc_last;
        continue;
      }
      g_cache.rows.push_back({RowKind::Line, line});
      if (error && error->line == line) g_cache.rows.push_back({RowKind::Message, line});
    }
    // The horizontal extent: the longest line shown (a folded docstring hides its lines).
    g_cache.longest_line = 0;
    for (const Row& row : g_cache.rows)
      g_cache.longest_line = std::max(g_cache.longest_line, s.lines()[row.line - 1].text.size() + (row.kind == RowKind::Line ? 0 : 30));
  }
  if (g_cache.markers_version != s.task_lines_version()) {
    g_cache.markers_version = s.task_lines_version();
    g_cache.markers.clear();
    const auto& tl = s.task_lines();
    for (int i = 0; i < static_cast<int>(tl.size()); ++i) g_cache.markers.push_back({tl[i].line, i});
    std::sort(g_cache.markers.begin(), g_cache.markers.end());
  }
}

}  // namespace

void draw_source_panel(Ui& ui, const Rect& r) {
  Session& s = ui.session;
  const Theme& th = ui.theme;
  refresh_cache(s);
  std::string title = "Code  \xC2\xB7  " + std::filesystem::path(s.path()).filename().string() + "###code";
  if (!begin_panel(title.c_str(), r)) {
    ImGui::End();
    return;
  }
  ImGui::PushFont(ui.fonts.code);
  const float char_w = ImGui::CalcTextSize("M").x;
  const float row_h = std::round(ImGui::GetTextLineHeight() * 1.3f);
  const int line_count = static_cast<int>(s.lines().size());
  const int digits = std::max(2, static_cast<int>(std::to_string(line_count).size()));
  const float marker_w = char_w * 2.2f;                 // task markers + the current-line arrow
  const float number_w = char_w * static_cast<float>(digits + 1);
  const float gutter_w = marker_w + number_w + char_w;  // code starts after one blank column
  const ErrorEntry* error = located_error(s);
  const std::vector<Row>& rows = g_cache.rows;

  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(th.code_bg));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
  ImGui::BeginChild("lines", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float content_w = std::max(ImGui::GetWindowWidth(),
                                   gutter_w + char_w * static_cast<float>(g_cache.longest_line + 2));
  // The gutter's background runs the full height of the view.
  {
    ImVec2 wp = ImGui::GetWindowPos();
    float sx = ImGui::GetScrollX();
    dl->AddRectFilled(ImVec2(wp.x - sx, wp.y), ImVec2(wp.x - sx + marker_w + number_w, wp.y + ImGui::GetWindowHeight()),
                      th.gutter_bg);
  }

  // Bring the line about to run (or, when there is none, the error) into view once.
  int focus = s.current_line() > 0 ? s.current_line() : (error ? error->line : 0);
  if (focus > 0 && focus != g_cache.last_scrolled_line) {
    g_cache.last_scrolled_line = focus;
    auto it = std::find_if(rows.begin(), rows.end(), [&](const Row& row) {
      return row.kind == RowKind::Line ? row.line >= focus : false;
    });
    float y = static_cast<float>(it - rows.begin()) * row_h;
    float view = ImGui::GetWindowHeight();
    if (y < ImGui::GetScrollY() || y + row_h * 2 > ImGui::GetScrollY() + view)
      ImGui::SetScrollY(std::max(0.0f, y - view * 0.35f));
  }

  const bool no_recording = !s.player().has_recording();
  const float band_x = marker_w + number_w;  // where line backgrounds start
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows.size()), row_h);
  while (clipper.Step()) {
    for (int r_i = clipper.DisplayStart; r_i < clipper.DisplayEnd; ++r_i) {
      const Row& row = rows[r_i];
      ImVec2 p = ImGui::GetCursorScreenPos();
      const float text_y = p.y + (row_h - ImGui::GetTextLineHeight()) * 0.5f;
      const float code_x = p.x + gutter_w;
      const int line = row.line;
      ImGui::PushID(r_i);
      ImGui::InvisibleButton("row", ImVec2(content_w, row_h));
      const bool clicked = ImGui::IsItemClicked();
      const bool hovered = ImGui::IsItemHovered();
      ImGui::PopID();

      if (row.kind == RowKind::Message) {
        dl->AddRectFilled(ImVec2(p.x + band_x, p.y), ImVec2(p.x + content_w, p.y + row_h), th.error_bg);
        const ColouredLine& el = s.lines()[line - 1];
        std::size_t caret_byte = byte_of_column(el.text, std::max(1, error->col));
        float caret_x = code_x + ImGui::CalcTextSize(el.text.c_str(), el.text.c_str() + caret_byte).x;
        std::string msg = "^ " + error->kind + ": " + error->message;
        dl->AddText(ImVec2(std::min(caret_x, code_x + char_w * 40), text_y), th.error, msg.c_str());
        continue;
      }
      const ColouredLine& cl = s.lines()[line - 1];
      char number[48];
      std::snprintf(number, sizeof number, "%*d", std::clamp(digits, 1, 12), std::clamp(line, 0, 999999999));
      if (row.kind == RowKind::Fold) {
        // The docstring, folded to its first line: the Lesson panel shows it rendered.
        if (clicked) g_cache.folded = false;
        auto [first, last] = s.docstring_lines();
        dl->AddText(ImVec2(p.x + marker_w, text_y), th.line_number, number);
        float x = code_x;
        const char* base = cl.text.c_str();
        for (const Span& span : cl.spans) {
          dl->AddText(ImVec2(x, text_y), th.of(span.cls), base + span.begin, base + span.end);
          x += ImGui::CalcTextSize(base + span.begin, base + span.end).x;
        }
        char note[96];
        std::snprintf(note, sizeof note, "  \xE2\x80\xA6 %d more lines (see Lesson)", last - first);
        ImVec2 ns = ImGui::CalcTextSize(note);
        dl->AddRectFilled(ImVec2(x + char_w * 0.5f, p.y + 2), ImVec2(x + ns.x + char_w, p.y + row_h - 2),
                          hovered ? th.current_line_bg : th.frame_fill, 4);
        dl->AddText(ImVec2(x + char_w * 0.25f, text_y), th.muted, note);
        if (hovered) ImGui::SetTooltip("Click to unfold the lesson docstring");
        continue;
      }
      // Without a recording, clicking a line previews its narration (the line "about to run").
      if (clicked && no_recording) s.set_current_line(line);
      // With a recording, a click runs (forward, or from the start) to the next time that line runs.
      if (clicked && !no_recording)
        if (TracePlayer* tp = s.trace()) {
          if (!tp->run_to_line(line)) s.set_status("Line " + std::to_string(line) + " never runs in this recording.");
          s.sync();
        }
      const bool current = line == s.current_line();
      const bool is_error_line = error && line == error->line;
      if (current) {
        dl->AddRectFilled(ImVec2(p.x + band_x, p.y), ImVec2(p.x + content_w, p.y + row_h), th.current_line_bg);
        dl->AddRectFilled(ImVec2(p.x + band_x, p.y), ImVec2(p.x + band_x + 3, p.y + row_h), th.current_line_edge);
      } else if (is_error_line) {
        dl->AddRectFilled(ImVec2(p.x + band_x, p.y), ImVec2(p.x + content_w, p.y + row_h), th.error_bg);
      } else if (hovered && no_recording) {
        dl->AddRectFilled(ImVec2(p.x + band_x, p.y), ImVec2(p.x + content_w, p.y + row_h), th.frame_fill);
      }
      // Gutter: task markers (one dot per task, in its colour), the arrow, the line number.
      auto it = std::lower_bound(g_cache.markers.begin(), g_cache.markers.end(), std::make_pair(line, -1));
      int shown = 0, total = 0, total_at_line = 0;
      for (auto c = it; c != g_cache.markers.end() && c->first == line; ++c) ++total_at_line;
      const float dot_r = std::max(2.5f, row_h * 0.16f);
      for (; it != g_cache.markers.end() && it->first == line; ++it, ++total) {
        if (shown == (total_at_line > 3 ? 2 : 3)) continue;
        const TaskLine& t = s.task_lines()[it->second];
        const trace::Ref tref = trace::make_ref(trace::RefKind::Task, static_cast<std::uint32_t>(t.task_id));
        if (const TracePlayer* tp = s.trace(); tp && tp->highlighted(tref))
          dl->AddCircle(ImVec2(p.x + dot_r + 2 + static_cast<float>(shown) * (dot_r * 1.6f), p.y + row_h * 0.5f), dot_r + 2,
                        th.text, 12, 2.0f);
        dl->AddCircleFilled(ImVec2(p.x + dot_r + 2 + static_cast<float>(shown) * (dot_r * 1.6f), p.y + row_h * 0.5f), dot_r,
                            to_imu32(t.colour), 12);
        ++shown;
      }
      if (total > shown) {
        // Many tasks on one line: a small count under the dots (the tooltip says how many).
        char more[16];
        std::snprintf(more, sizeof more, total - shown > 99 ? "99+" : "+%d", total - shown);
        const float fs = ImGui::GetFontSize() * 0.62f;
        dl->AddText(ImGui::GetFont(), fs, ImVec2(p.x + 1, p.y + row_h - fs), th.text, more);
        if (hovered && ImGui::GetIO().MousePos.x < p.x + marker_w) ImGui::SetTooltip("%d tasks are at line %d", total, line);
      }
      if (current && total == 0) {
        float cx = p.x + marker_w * 0.5f, cy = p.y + row_h * 0.5f, a = row_h * 0.26f;
        dl->AddTriangleFilled(ImVec2(cx - a * 0.7f, cy - a), ImVec2(cx - a * 0.7f, cy + a), ImVec2(cx + a * 0.8f, cy),
                              th.current_line_edge);
      }
      dl->AddText(ImVec2(p.x + marker_w, text_y),
                  current ? th.line_number_hot : (is_error_line ? th.error : th.line_number), number);
      // The code, span by span.
      const char* base = cl.text.c_str();
      float x = code_x;
      for (const Span& span : cl.spans) {
        dl->AddText(ImVec2(x, text_y), th.of(span.cls), base + span.begin, base + span.end);
        x += ImGui::CalcTextSize(base + span.begin, base + span.end).x;
      }
      if (is_error_line) {
        std::size_t b0 = byte_of_column(cl.text, std::max(1, error->col));
        std::size_t b1 = error->end_col > error->col ? byte_of_column(cl.text, error->end_col) : b0 + 1;
        b1 = std::min(std::max(b1, b0 + 1), cl.text.size());
        float x0 = code_x + ImGui::CalcTextSize(base, base + std::min(b0, cl.text.size())).x;
        float x1 = std::max(x0 + char_w, code_x + ImGui::CalcTextSize(base, base + b1).x);
        squiggle(dl, x0, x1, text_y + ImGui::GetTextLineHeight(), th.error);
      }
    }
  }
  clipper.End();
  ImGui::EndChild();
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor();
  ImGui::PopFont();
  ImGui::End();
}

}  // namespace ls::gui
