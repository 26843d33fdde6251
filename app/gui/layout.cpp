// The window's fixed layout (see layout.h).
#include "app/gui/layout.h"

#include <algorithm>
#include <cmath>

namespace ls::gui {
namespace {

constexpr float kGap = 4;  // pixels between panels

// Splits "r" into a top part of "fraction" of its height and the rest below, with a gap.
void split_rows(const Rect& r, float fraction, Rect& top, Rect& bottom) {
  float h1 = std::max(0.0f, (r.h - kGap) * fraction);
  top = {r.x, r.y, r.w, h1};
  bottom = {r.x, r.y + h1 + kGap, r.w, std::max(0.0f, r.h - h1 - kGap)};
}

}  // namespace

Layout compute_layout(const LayoutInput& in) {
  Layout out;
  const float W = std::max(in.width, 200.0f);
  const float H = std::max(in.height, 200.0f);
  const float lh = std::max(in.line_height, 8.0f);

  // Fixed-height strips: toolbar (one row of buttons), status line, timeline.
  const float toolbar_h = std::round(lh * 2.0f + 10);
  const float status_h = std::round(lh + 8);
  const float timeline_h = std::round(std::clamp(H * 0.20f, lh * 6.0f, H * 0.30f));
  out.toolbar = {0, 0, W, toolbar_h};
  out.status = {0, H - status_h, W, status_h};
  out.timeline = {kGap, out.status.y - kGap - timeline_h, W - 2 * kGap, timeline_h};

  // The body between toolbar and timeline: three columns.
  const float body_y = toolbar_h + kGap;
  const float body_h = std::max(0.0f, out.timeline.y - kGap - body_y);
  // Windows wide for their font put the lesson beside the code (the code column must still
  // hold a lesson's ~80-character lines).
  const bool wide = W / lh >= 130;
  const float left_frac = wide ? 0.56f : 0.50f;
  const float left_w = std::round((W - 4 * kGap) * left_frac);
  const float other_w = std::round((W - 4 * kGap - left_w) / 2);
  Rect left{kGap, body_y, left_w, body_h};
  Rect middle{left.right() + kGap, body_y, other_w, body_h};
  Rect right{middle.right() + kGap, body_y, W - kGap - (middle.right() + kGap), body_h};

  // Left column: code over errors, lesson beneath (or beside on wide windows).
  Rect code_area;
  if (wide) {
    float code_w = std::round((left.w - kGap) * 0.58f);
    code_area = {left.x, left.y, code_w, left.h};
    out.lesson = {left.x + code_w + kGap, left.y, left.w - code_w - kGap, left.h};
  } else {
    split_rows(left, 0.60f, code_area, out.lesson);
  }
  if (in.has_errors) {
    float errors_h = std::round(std::min(lh * 4.5f + 24, code_area.h * 0.35f));
    out.code = {code_area.x, code_area.y, code_area.w, code_area.h - errors_h - kGap};
    out.errors = {code_area.x, out.code.bottom() + kGap, code_area.w, errors_h};
  } else {
    out.code = code_area;
    out.errors = {code_area.x, code_area.bottom(), code_area.w, 0};
  }

  // Middle column: the loop itself, then timers, then synchronisation.
  Rect rest;
  split_rows(middle, 0.46f, out.loop, rest);
  split_rows(rest, 0.48f, out.timers, out.sync);
  // Right column: tasks with their await tree, then the console.
  split_rows(right, 0.56f, out.tasks, out.console);
  return out;
}

}  // namespace ls::gui
