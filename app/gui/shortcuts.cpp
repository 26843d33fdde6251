// Keyboard shortcuts (see shortcuts.h).
#include "app/gui/shortcuts.h"

#include <GLFW/glfw3.h>

namespace ls::gui {

Shortcut shortcut_for(int key, bool ctrl, bool shift) {
  auto player = [](PlayerCommand c) { return Shortcut{AppAction::Player, c}; };
  if (ctrl) {
    switch (key) {
      case GLFW_KEY_Q: return {AppAction::Quit};
      case GLFW_KEY_EQUAL:
      case GLFW_KEY_KP_ADD: return {AppAction::FontBigger};
      case GLFW_KEY_MINUS:
      case GLFW_KEY_KP_SUBTRACT: return {AppAction::FontSmaller};
      case GLFW_KEY_0:
      case GLFW_KEY_KP_0: return {AppAction::FontReset};
      case GLFW_KEY_T: return {AppAction::ToggleTheme};
      case GLFW_KEY_O: return {AppAction::Lessons};
      case GLFW_KEY_E: return {AppAction::ToggleEdit};
      case GLFW_KEY_S: return {AppAction::SaveEdits};
      case GLFW_KEY_ENTER:
      case GLFW_KEY_KP_ENTER: return {AppAction::RunEdits};
      case GLFW_KEY_PAGE_DOWN: return {AppAction::NextLesson};
      case GLFW_KEY_PAGE_UP: return {AppAction::PrevLesson};
      default: return {};
    }
  }
  switch (key) {
    case GLFW_KEY_F5:
    case GLFW_KEY_SPACE: return shift ? Shortcut{} : player(PlayerCommand::PlayPause);
    case GLFW_KEY_F10: return player(shift ? PlayerCommand::StepBack : PlayerCommand::StepLoop);
    case GLFW_KEY_F11: return player(shift ? PlayerCommand::StepOut : PlayerCommand::StepLine);
    case GLFW_KEY_LEFT: return player(PlayerCommand::StepBack);
    case GLFW_KEY_RIGHT: return player(PlayerCommand::StepLoop);
    case GLFW_KEY_HOME: return player(PlayerCommand::GoStart);
    case GLFW_KEY_END: return player(PlayerCommand::GoEnd);
    case GLFW_KEY_F12: return {AppAction::Screenshot};
    default: return {};
  }
}

bool works_while_typing(AppAction action) {
  switch (action) {
    case AppAction::Quit:
    case AppAction::ToggleEdit:
    case AppAction::SaveEdits:
    case AppAction::RunEdits:
    case AppAction::Screenshot: return true;
    default: return false;
  }
}

}  // namespace ls::gui
