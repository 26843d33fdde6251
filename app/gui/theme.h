// Dark and light themes: ImGui's style plus the app's own colours (syntax classes, gutter, errors, Markdown).
#pragma once
#include <imgui.h>

#include "app/gui/syntax_colour.h"
#include "app/gui/task_palette.h"

namespace ls::gui {

// Every colour the panels draw with themselves (ImGui widgets take theirs from the style).
struct Theme {
  bool dark = true;
  ImU32 text;              // body text
  ImU32 muted;             // secondary text, placeholders, axis labels
  ImU32 code_bg;           // Code panel background
  ImU32 gutter_bg;         // line-number gutter
  ImU32 line_number;       // line numbers
  ImU32 line_number_hot;   // the current line's number
  ImU32 current_line_bg;   // the line about to run
  ImU32 current_line_edge; // its left edge / arrow
  ImU32 error;             // error text and squiggles
  ImU32 error_bg;          // an error line's background
  ImU32 code_span_bg;      // `code` in Markdown
  ImU32 bold;              // **bold** in Markdown
  ImU32 italic;            // *italic* in Markdown
  ImU32 link;              // links in Markdown
  ImU32 heading;           // Markdown headings and panel sub-headings
  ImU32 narration;         // the narration box text
  ImU32 narration_bg;      // the narration box
  ImU32 frame;             // outlines of empty cards and lanes
  ImU32 frame_fill;        // fill of empty cards and lanes
  ImU32 accent;            // the cursor, the active phase
  ImU32 syntax[static_cast<int>(SyntaxClass::Error) + 1];  // one colour per syntax class

  ImU32 of(SyntaxClass c) const { return syntax[static_cast<int>(c)]; }
};

// The theme ("dark" or light).
const Theme& theme_for(bool dark);

// Applies the ImGui style of the theme (colours, rounding, spacing for "font_size").
void apply_imgui_style(bool dark, float font_size);

// A task colour as an ImGui colour, optionally with another opacity (0..1).
ImU32 to_imu32(Colour c, float alpha = 1.0f);

}  // namespace ls::gui
