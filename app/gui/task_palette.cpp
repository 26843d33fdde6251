// The one palette of task colours (see task_palette.h).
#include "app/gui/task_palette.h"

#include <iterator>

namespace ls::gui {
namespace {

// Twelve hues that stay apart on both the dark and the light theme, in the order tasks are
// usually created, so the first few tasks of a lesson get the most distinct colours.
constexpr Colour kPalette[] = {
    {66, 153, 225, 255},   // blue (Task-1, usually main)
    {237, 137, 54, 255},   // orange
    {72, 187, 120, 255},   // green
    {229, 62, 130, 255},   // pink
    {159, 122, 234, 255},  // violet
    {214, 178, 30, 255},   // ochre
    {56, 178, 172, 255},   // teal
    {229, 83, 62, 255},    // red
    {120, 144, 156, 255},  // slate
    {160, 110, 60, 255},   // brown
    {130, 200, 40, 255},   // lime
    {0, 140, 200, 255},    // cyan
};

}  // namespace

int task_palette_size() { return static_cast<int>(std::size(kPalette)); }

Colour task_colour(int task_id) {
  int index = task_id < 1 ? 0 : (task_id - 1) % task_palette_size();
  return kPalette[index];
}

}  // namespace ls::gui
