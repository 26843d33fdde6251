// Tests for the window layout: panels inside the window, not overlapping, proportions kept when scaled.
#include <doctest/doctest.h>

#include <vector>

#include "app/gui/layout.h"

using ls::gui::compute_layout;
using ls::gui::Layout;
using ls::gui::LayoutInput;
using ls::gui::Rect;

namespace {

std::vector<Rect> panels(const Layout& l, bool with_errors) {
  std::vector<Rect> out{l.toolbar, l.code, l.lesson, l.loop, l.timers, l.sync, l.tasks, l.console, l.timeline, l.status};
  if (with_errors) out.push_back(l.errors);
  return out;
}

bool overlap(const Rect& a, const Rect& b) {
  return a.x < b.right() - 0.5f && b.x < a.right() - 0.5f && a.y < b.bottom() - 0.5f && b.y < a.bottom() - 0.5f;
}

double area(const Rect& r) { return static_cast<double>(r.w) * r.h; }

}  // namespace

TEST_CASE("every panel is inside the window and no two overlap") {
  for (float w : {1280.0f, 1920.0f, 2560.0f, 3840.0f}) {
    for (bool errors : {false, true}) {
      LayoutInput in;
      in.width = w;
      in.height = w * 0.625f;
      in.has_errors = errors;
      Layout l = compute_layout(in);
      auto ps = panels(l, errors);
      for (std::size_t i = 0; i < ps.size(); ++i) {
        CAPTURE(w);
        CAPTURE(i);
        CHECK(ps[i].w > 50);
        CHECK(ps[i].h > 10);
        CHECK(ps[i].x >= 0);
        CHECK(ps[i].y >= 0);
        CHECK(ps[i].right() <= in.width + 0.5f);
        CHECK(ps[i].bottom() <= in.height + 0.5f);
        for (std::size_t j = i + 1; j < ps.size(); ++j) CHECK_FALSE(overlap(ps[i], ps[j]));
      }
    }
  }
}

TEST_CASE("the code panel is the largest panel") {
  LayoutInput in;
  Layout l = compute_layout(in);
  for (const Rect& r : {l.lesson, l.loop, l.timers, l.sync, l.tasks, l.console, l.timeline})
    CHECK(area(l.code) > area(r));
}

TEST_CASE("the timeline spans the width above the status line, the toolbar is on top") {
  LayoutInput in;
  Layout l = compute_layout(in);
  CHECK(l.toolbar.y == 0);
  CHECK(l.status.bottom() == doctest::Approx(in.height));
  CHECK(l.timeline.w > in.width * 0.95f);
  CHECK(l.timeline.bottom() <= l.status.y);
  CHECK(l.code.bottom() <= l.timeline.y);
}

TEST_CASE("errors take room from the code panel only when there are errors") {
  LayoutInput in;
  Layout without = compute_layout(in);
  in.has_errors = true;
  Layout with = compute_layout(in);
  CHECK(without.errors.h == 0);
  CHECK(with.errors.h > in.line_height * 3);
  CHECK(with.code.h < without.code.h);
  CHECK(with.errors.y >= with.code.bottom());
  CHECK(with.lesson.y == without.lesson.y);
}

TEST_CASE("proportions scale with the window - wide windows put the lesson beside the code") {
  LayoutInput small;
  LayoutInput big;
  big.width = 2560;
  big.height = 1600;
  big.line_height = 17;
  Layout a = compute_layout(small);
  Layout b = compute_layout(big);
  CHECK(b.loop.w / big.width == doctest::Approx(a.loop.w / small.width).epsilon(0.05));
  CHECK(b.lesson.y == b.code.y);        // beside
  CHECK(a.lesson.y > a.code.bottom());  // beneath at 1280x800
  big.line_height = 34;                 // the same window with a projector-sized font
  Layout c = compute_layout(big);
  CHECK(c.lesson.y > c.code.bottom());
}
