// The --dump-state JSON: what the window shows at exit (lesson, cursor, errors, theme), for tests driving the real app.
#pragma once
#include <string>

#include "app/gui/session.h"
#include "app/gui/settings.h"

namespace ls::gui {

// Extra facts only the window knows.
struct WindowFacts {
  int width = 0;         // framebuffer width at exit
  int height = 0;        // framebuffer height at exit
  long frames = 0;       // frames rendered
};

// The state as a JSON object (stable key order, ends with a newline).
std::string state_json(const Session& session, const Settings& settings, const WindowFacts& window);

// Escapes "text" as a JSON string literal, quotes included.
std::string json_string(std::string_view text);

}  // namespace ls::gui
