// Draws parsed Markdown blocks in ImGui: wrapped paragraphs with styled runs, lists, headings, code.
#pragma once
#include <vector>

#include "app/gui/markdown.h"
#include "app/gui/ui.h"

namespace ls::gui {

// Draws "blocks" at the cursor, wrapped to "width" pixels, and advances the cursor past them.
void draw_markdown(const Ui& ui, const std::vector<Block>& blocks, float width);

}  // namespace ls::gui
