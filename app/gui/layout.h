// The window's fixed layout: panel rectangles computed from the window size every frame (ImGui 1.86 has no docking).
#pragma once

namespace ls::gui {

// A rectangle in window pixels.
struct Rect {
  float x = 0;  // left edge
  float y = 0;  // top edge
  float w = 0;  // width
  float h = 0;  // height
  float right() const { return x + w; }
  float bottom() const { return y + h; }
};

// Where every panel goes. All rectangles are inside the window and do not overlap.
struct Layout {
  Rect toolbar;   // top strip: play/pause, steps, speed, scrubber
  Rect code;      // the lesson source (the largest panel)
  Rect errors;    // under the code when there are errors (h == 0 otherwise)
  Rect lesson;    // title, explanation, narration (beneath the code, or beside it on wide windows)
  Rect loop;      // event loop: phase, clock, running handle, ready queue
  Rect timers;    // timer heap
  Rect sync;      // locks, semaphores, events, conditions, queues
  Rect tasks;     // tasks and the await tree
  Rect console;   // program output
  Rect timeline;  // strip along the bottom: one lane per task
  Rect status;    // one status line at the very bottom
};

// What the layout depends on besides the window size.
struct LayoutInput {
  float width = 1280;        // window width in pixels
  float height = 800;        // window height in pixels
  float line_height = 17;    // height of one text line of the current font (toolbar/status scale with it)
  bool has_errors = false;   // reserve the Errors panel under the code
};

// Computes the panel rectangles. Proportions are fixed fractions of the window, with minimum
// sizes taken from the font, so the same picture scales from 1280x800 to 4K.
Layout compute_layout(const LayoutInput& in);

}  // namespace ls::gui
