// Keyboard input handed to Dear ImGui a little per frame, so that no key press is lost or
// seen with the wrong modifiers.
//
// ImGui 1.86 reads the keyboard as "which keys are down at the start of the frame". When a
// press and its release both arrive between two frames (xdotool, a fast typist, a slow frame
// on a loaded machine), ImGui never sees the key; when Ctrl is let go in the same gap in which
// End went down, ImGui sees End without Ctrl. The queue keeps GLFW's events in order and, each
// frame, gives out only a prefix in which every key changes at most once and nothing follows a
// key press except the characters it typed. (Dear ImGui 1.87 calls this "input trickling".)
#pragma once
#include <cstddef>
#include <deque>
#include <vector>

namespace ls::gui {

struct InputEvent {
  enum class Kind : unsigned char { Key, Char };
  Kind kind = Kind::Key;
  int key = 0;              // GLFW key code (Key)
  int scancode = 0;         // (Key)
  int action = 0;           // GLFW_PRESS, GLFW_RELEASE or GLFW_REPEAT (Key)
  int mods = 0;             // GLFW_MOD_* bits at the event (Key)
  unsigned codepoint = 0;   // (Char)
};

// True for Shift, Ctrl, Alt and Super (either side).
bool is_modifier_key(int key);

class InputQueue {
 public:
  void push_key(int key, int scancode, int action, int mods);
  void push_char(unsigned codepoint);
  // Takes this frame's events off the front of the queue, in the order they arrived.
  std::vector<InputEvent> take_frame();
  bool empty() const { return m_events.empty(); }
  std::size_t size() const { return m_events.size(); }

 private:
  std::deque<InputEvent> m_events;
};

}  // namespace ls::gui
