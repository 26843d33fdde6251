// Watches one file for changes by polling (see file_watcher.h).
#include "app/gui/file_watcher.h"

namespace ls::gui {

void FileWatcher::watch(const std::string& path) {
  m_path = path;
  std::error_code ec;
  m_mtime = std::filesystem::last_write_time(path, ec);
  m_exists = !ec;
  m_size = m_exists ? std::filesystem::file_size(path, ec) : 0;
  m_last_check = -1e9;
}

bool FileWatcher::poll(double now, double interval) {
  if (m_path.empty() || now - m_last_check < interval) return false;
  m_last_check = now;
  std::error_code ec;
  auto mtime = std::filesystem::last_write_time(m_path, ec);
  if (ec) {
    m_exists = false;
    return false;
  }
  std::uintmax_t size = std::filesystem::file_size(m_path, ec);
  bool changed = !m_exists || mtime != m_mtime || size != m_size;
  m_exists = true;
  m_mtime = mtime;
  m_size = size;
  return changed;
}

}  // namespace ls::gui
