// Tests for the keyboard queue that hands GLFW's events to ImGui a little per frame.
#include <doctest/doctest.h>

#include <GLFW/glfw3.h>

#include <string>
#include <vector>

#include "app/gui/input_queue.h"

using namespace ls::gui;

namespace {

// One frame's events, written compactly: "+End" press, "-End" release, "'x" a character.
std::string describe(const std::vector<InputEvent>& frame) {
  std::string out;
  for (const InputEvent& e : frame) {
    if (!out.empty()) out += ' ';
    if (e.kind == InputEvent::Kind::Char) {
      out += '\'';
      out += static_cast<char>(e.codepoint);
      continue;
    }
    out += e.action == GLFW_RELEASE ? '-' : e.action == GLFW_REPEAT ? '*' : '+';
    switch (e.key) {
      case GLFW_KEY_LEFT_CONTROL: out += "Ctrl"; break;
      case GLFW_KEY_LEFT_SHIFT: out += "Shift"; break;
      case GLFW_KEY_END: out += "End"; break;
      case GLFW_KEY_ENTER: out += "Enter"; break;
      case GLFW_KEY_BACKSPACE: out += "Backspace"; break;
      default: out += static_cast<char>(e.key); break;
    }
  }
  return out;
}

// Every frame until the queue is empty.
std::vector<std::string> frames(InputQueue& q) {
  std::vector<std::string> out;
  for (int guard = 0; !q.empty() && guard < 100; ++guard) out.push_back(describe(q.take_frame()));
  return out;
}

void key(InputQueue& q, int k, int action, int mods = 0) { q.push_key(k, 0, action, mods); }

void letter(InputQueue& q, char c) {
  key(q, c, GLFW_PRESS);
  q.push_char(static_cast<unsigned char>(c) | 0x20u);  // GLFW_KEY_A is 'A'; the text is lower case
  key(q, c, GLFW_RELEASE);
}

}  // namespace

TEST_CASE("a press and its release that arrive together are seen in two frames") {
  InputQueue q;
  key(q, GLFW_KEY_END, GLFW_PRESS);
  key(q, GLFW_KEY_END, GLFW_RELEASE);
  CHECK(frames(q) == std::vector<std::string>{"+End", "-End"});
}

TEST_CASE("Ctrl let go before End still reaches ImGui as Ctrl+End (xdotool's order)") {
  InputQueue q;
  key(q, GLFW_KEY_LEFT_CONTROL, GLFW_PRESS);
  key(q, GLFW_KEY_END, GLFW_PRESS, GLFW_MOD_CONTROL);
  key(q, GLFW_KEY_LEFT_CONTROL, GLFW_RELEASE, GLFW_MOD_CONTROL);
  key(q, GLFW_KEY_END, GLFW_RELEASE);
  CHECK(frames(q) == std::vector<std::string>{"+Ctrl +End", "-Ctrl -End"});
}

TEST_CASE("typed characters keep their order with the editing keys between them") {
  InputQueue q;
  letter(q, 'A');
  key(q, GLFW_KEY_BACKSPACE, GLFW_PRESS);
  key(q, GLFW_KEY_BACKSPACE, GLFW_RELEASE);
  letter(q, 'B');
  CHECK(frames(q) == std::vector<std::string>{"+A 'a", "-A +Backspace", "-Backspace +B 'b", "-B"});
}

TEST_CASE("a shifted character goes with its press; the modifier waits for the next frame") {
  InputQueue q;
  key(q, GLFW_KEY_LEFT_SHIFT, GLFW_PRESS);
  key(q, '9', GLFW_PRESS, GLFW_MOD_SHIFT);
  q.push_char('(');
  key(q, '9', GLFW_RELEASE, GLFW_MOD_SHIFT);
  key(q, GLFW_KEY_LEFT_SHIFT, GLFW_RELEASE, GLFW_MOD_SHIFT);
  CHECK(frames(q) == std::vector<std::string>{"+Shift +9 '(", "-9 -Shift"});
}

TEST_CASE("held-key repeats count as changes, one per frame") {
  InputQueue q;
  key(q, GLFW_KEY_BACKSPACE, GLFW_PRESS);
  key(q, GLFW_KEY_BACKSPACE, GLFW_REPEAT);
  key(q, GLFW_KEY_BACKSPACE, GLFW_REPEAT);
  key(q, GLFW_KEY_BACKSPACE, GLFW_RELEASE);
  CHECK(frames(q) == std::vector<std::string>{"+Backspace", "*Backspace", "*Backspace", "-Backspace"});
}

TEST_CASE("characters without a key press (an input method) go in one frame, before the next key") {
  InputQueue q;
  q.push_char('x');
  q.push_char('y');
  key(q, GLFW_KEY_ENTER, GLFW_PRESS);
  key(q, GLFW_KEY_ENTER, GLFW_RELEASE);
  CHECK(frames(q) == std::vector<std::string>{"'x 'y", "+Enter", "-Enter"});
  CHECK(q.empty());
  CHECK(q.take_frame().empty());
}

TEST_CASE("modifiers are not keys that type") {
  CHECK(is_modifier_key(GLFW_KEY_RIGHT_SUPER));
  CHECK(is_modifier_key(GLFW_KEY_LEFT_ALT));
  CHECK_FALSE(is_modifier_key(GLFW_KEY_ESCAPE));
  CHECK_FALSE(is_modifier_key('A'));
}
