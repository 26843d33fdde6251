// Saves the rendered frame (the GL back buffer) as a PNG, for --screenshot and the docs.
#pragma once
#include <string>

namespace ls::gui {

// Reads the current framebuffer ("width" x "height", after rendering and before the swap) and
// writes it to "path" as an RGB PNG. Returns false with "error" set on failure.
bool save_screenshot(const std::string& path, int width, int height, std::string& error);

}  // namespace ls::gui
