// The --dump-state JSON (see state_dump.h).
#include "app/gui/state_dump.h"

#include <cstdio>
#include <sstream>

namespace ls::gui {

std::string json_string(std::string_view text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string state_json(const Session& session, const Settings& settings, const WindowFacts& window) {
  std::ostringstream o;
  Cursor c = session.player().cursor();
  char time_buf[32];
  std::snprintf(time_buf, sizeof time_buf, "%.6f", c.virtual_time);
  o << "{\n"
    << "  \"lesson\": " << json_string(session.path()) << ",\n"
    << "  \"title\": " << json_string(session.title()) << ",\n"
    << "  \"cursor\": {\"event_index\": " << c.event_index << ", \"handle_runs\": " << c.handle_runs
    << ", \"virtual_time\": " << time_buf << "},\n"
    << "  \"recording\": " << (session.player().has_recording() ? "true" : "false") << ",\n"
    << "  \"current_line\": " << session.current_line() << ",\n"
    << "  \"last_command\": " << json_string(to_string(session.last_command())) << ",\n"
    << "  \"editing\": " << (session.editing() ? "true" : "false") << ",\n"
    << "  \"unsaved_edits\": " << (session.has_unsaved_edits() ? "true" : "false") << ",\n"
    << "  \"errors\": [";
  bool first = true;
  for (const ErrorEntry& e : session.errors()) {
    o << (first ? "\n" : ",\n") << "    {\"kind\": " << json_string(e.kind) << ", \"message\": "
      << json_string(e.message) << ", \"line\": " << e.line << ", \"col\": " << e.col << "}";
    first = false;
  }
  o << (first ? "],\n" : "\n  ],\n")
    << "  \"theme\": " << json_string(settings.dark ? "dark" : "light") << ",\n"
    << "  \"font_size\": " << static_cast<int>(settings.font_size) << ",\n"
    << "  \"window\": {\"width\": " << window.width << ", \"height\": " << window.height
    << ", \"frames\": " << window.frames << "}\n"
    << "}\n";
  return o.str();
}

}  // namespace ls::gui
