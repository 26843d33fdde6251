// Watches one file for changes by polling its modification time (at most once a second).
#pragma once
#include <filesystem>
#include <string>

namespace ls::gui {

class FileWatcher {
 public:
  // Starts watching "path" (remembers its current modification time and size).
  void watch(const std::string& path);
  // Call every frame with a monotonic time in seconds. Returns true once per change seen,
  // checking the file at most every "interval" seconds. A file that vanishes is not a change
  // (editors delete and recreate on save); its reappearance is.
  bool poll(double now, double interval = 1.0);
  const std::string& path() const { return m_path; }

 private:
  std::string m_path;                              // the watched file ("" = none)
  std::filesystem::file_time_type m_mtime{};       // modification time last seen
  std::uintmax_t m_size = 0;                       // size last seen
  bool m_exists = false;                           // whether the file existed at the last look
  double m_last_check = -1e9;                      // when poll last looked
};

}  // namespace ls::gui
