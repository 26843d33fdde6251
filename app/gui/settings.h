// The app's remembered settings (theme, font size, last lesson, window size) in an INI file, written atomically.
#pragma once
#include <string>
#include <string_view>

namespace ls::gui {

// Everything the app remembers between runs.
struct Settings {
  bool dark = true;            // dark theme (false: light)
  float font_size = 15;        // pixels, kMinFontSize..kMaxFontSize (default kDefaultFontSize)
  std::string last_lesson;     // path of the lesson open at exit
  int window_width = 1280;     // window size at exit
  int window_height = 800;
  bool font_size_remembered = false;  // font_size came from the file (else the app picks one for the window)
};

inline constexpr float kMinFontSize = 10;
inline constexpr float kMaxFontSize = 36;
inline constexpr float kDefaultFontSize = 15;

// $XDG_CONFIG_HOME/loopscope/settings.ini, or ~/.config/loopscope/settings.ini; "" when neither
// variable is set.
std::string settings_path();

// Reads settings from INI text. Unknown keys and bad values are ignored (the default stays).
Settings settings_from_ini(std::string_view text);
// Writes settings as INI text (one [loopscope] section).
std::string settings_to_ini(const Settings& settings);

// Loads "path"; a missing or unreadable file gives the defaults.
Settings load_settings(const std::string& path);
// Saves to "path" through a temporary file in the same folder and a rename, so a crash never
// leaves a half-written file. Creates the folder. Returns false with "error" set on failure.
bool save_settings(const Settings& settings, const std::string& path, std::string& error);

// Writes "content" to "path" atomically (temp file + rename). Shared by every file the app saves.
bool write_file_atomically(const std::string& path, std::string_view content, std::string& error);

}  // namespace ls::gui
