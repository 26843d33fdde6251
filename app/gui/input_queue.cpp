// Keyboard input handed to Dear ImGui a little per frame (see input_queue.h).
#include "app/gui/input_queue.h"

#include <GLFW/glfw3.h>

#include <algorithm>

namespace ls::gui {

bool is_modifier_key(int key) {
  switch (key) {
    case GLFW_KEY_LEFT_SHIFT: case GLFW_KEY_RIGHT_SHIFT:
    case GLFW_KEY_LEFT_CONTROL: case GLFW_KEY_RIGHT_CONTROL:
    case GLFW_KEY_LEFT_ALT: case GLFW_KEY_RIGHT_ALT:
    case GLFW_KEY_LEFT_SUPER: case GLFW_KEY_RIGHT_SUPER:
      return true;
    default:
      return false;
  }
}

void InputQueue::push_key(int key, int scancode, int action, int mods) {
  InputEvent e;
  e.kind = InputEvent::Kind::Key;
  e.key = key;
  e.scancode = scancode;
  e.action = action;
  e.mods = mods;
  m_events.push_back(e);
}

void InputQueue::push_char(unsigned codepoint) {
  InputEvent e;
  e.kind = InputEvent::Kind::Char;
  e.codepoint = codepoint;
  m_events.push_back(e);
}

std::vector<InputEvent> InputQueue::take_frame() {
  std::vector<InputEvent> out;
  std::vector<int> changed;      // keys already pressed or released this frame
  bool key_pressed = false;      // a key other than a modifier went down this frame
  bool typed = false;            // characters were typed this frame
  while (!m_events.empty()) {
    const InputEvent& e = m_events.front();
    if (e.kind == InputEvent::Kind::Char) {
      // Characters go with the key press that typed them (the last event, or the characters
      // right after it); after any other event of a frame with a key press they wait.
      if (key_pressed) {
        const InputEvent& last = out.back();
        if (last.kind != InputEvent::Kind::Char && (last.action == GLFW_RELEASE || is_modifier_key(last.key))) break;
      }
      typed = true;
    } else {
      if (std::find(changed.begin(), changed.end(), e.key) != changed.end()) break;
      const bool press = e.action != GLFW_RELEASE;
      if (is_modifier_key(e.key)) {
        if (key_pressed) break;  // the key pressed this frame keeps the modifiers it was pressed with
      } else if (press) {
        if (key_pressed || typed) break;  // one key press per frame, after the text typed before it
        key_pressed = true;
      }
      changed.push_back(e.key);
    }
    out.push_back(e);
    m_events.pop_front();
  }
  return out;
}

}  // namespace ls::gui
