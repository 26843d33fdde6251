// The one palette of task colours: every panel that marks a task asks here, so a task keeps its colour everywhere.
#pragma once
#include <cstdint>

namespace ls::gui {

// An sRGB colour with alpha, independent of ImGui (the model code has no ImGui).
struct Colour {
  std::uint8_t r = 0;    // red
  std::uint8_t g = 0;    // green
  std::uint8_t b = 0;    // blue
  std::uint8_t a = 255;  // opacity
  bool operator==(const Colour&) const = default;
};

// How many distinct colours the palette holds before it repeats.
int task_palette_size();

// The colour of task "task_id" (asyncio numbers tasks from 1: Task-1 is the main task).
// Ids beyond the palette wrap around; ids below 1 get the first colour.
Colour task_colour(int task_id);

}  // namespace ls::gui
