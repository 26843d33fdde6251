// The app's fonts: DejaVu Sans for prose and UI, DejaVu Sans Mono for code, rebuilt when the size changes.
#pragma once
#include <imgui.h>

namespace ls::gui {

// The loaded fonts (all non-null after load_fonts; they fall back to ImGui's default font).
struct Fonts {
  ImFont* ui = nullptr;       // UI and lesson prose
  ImFont* bold = nullptr;     // **bold** prose
  ImFont* italic = nullptr;   // *italic* prose
  ImFont* heading = nullptr;  // Markdown headings and the lesson title (larger, bold)
  ImFont* mono = nullptr;     // `code` spans and numbers, at the prose size
  ImFont* code = nullptr;     // the Code panel (one pixel smaller, so lesson lines fit beside the loop panels)
  bool dejavu = false;        // true when the DejaVu files were found
};

// Loads every font at "size" pixels into ImGui's atlas (replacing what was there). Call before
// the first frame or between frames; the renderer's font texture must be rebuilt afterwards.
Fonts load_fonts(float size);

}  // namespace ls::gui
