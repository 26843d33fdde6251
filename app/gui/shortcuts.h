// Keyboard shortcuts: a GLFW key plus modifiers → a player command or an app action (debugger-style keys).
#pragma once
#include "app/gui/player.h"

namespace ls::gui {

// What a key press asks the app to do.
enum class AppAction : unsigned char {
  None,
  Player,       // send "command" to the session's player
  FontBigger,   // Ctrl + / Ctrl =
  FontSmaller,  // Ctrl -
  FontReset,    // Ctrl 0
  ToggleTheme,  // Ctrl T
  Quit,         // Ctrl Q
  Lessons,      // Ctrl O: the lesson browser
  NextLesson,   // Ctrl Page Down
  PrevLesson,   // Ctrl Page Up
  ToggleEdit,   // Ctrl E: the Code panel becomes the editor, and back
  SaveEdits,    // Ctrl S
  RunEdits,     // Ctrl Enter
  Screenshot,   // F12: the window as a PNG in the working folder (for slides and handouts)
};

// True for the actions that also work while a text field (the editor) has the keyboard.
bool works_while_typing(AppAction action);

struct Shortcut {
  AppAction action = AppAction::None;
  PlayerCommand command = PlayerCommand::None;  // for AppAction::Player
};

// The shortcut for GLFW key code "key" pressed with Ctrl ("ctrl") and/or Shift ("shift").
Shortcut shortcut_for(int key, bool ctrl, bool shift);

}  // namespace ls::gui
