// The lesson browser's model (see lesson_catalog.h).
#include "app/gui/lesson_catalog.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/lesson/lesson.h"

namespace ls::gui {
namespace fs = std::filesystem;

namespace {

std::string normalised(const std::string& path) {
  std::error_code ec;
  fs::path abs = fs::absolute(path, ec);
  return (ec ? fs::path(path) : abs).lexically_normal().string();
}

// The .py files directly in "dir", sorted by name.
std::vector<fs::path> python_files(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->is_regular_file(ec) && it->path().extension() == ".py") out.push_back(it->path());
  std::sort(out.begin(), out.end());
  return out;
}

// Reads a chapter folder; the chapter's title comes from its first lesson's metadata.
CatalogChapter read_chapter(const fs::path& dir) {
  CatalogChapter chapter;
  for (const fs::path& file : python_files(dir)) {
    std::ifstream in(file, std::ios::binary);
    if (!in) continue;
    std::stringstream text;
    text << in.rdbuf();
    lesson::Lesson l = lesson::read_lesson(text.str());
    CatalogLesson entry;
    entry.path = normalised(file.string());
    entry.title = l.title.empty() ? file.filename().string() : l.title;
    entry.level = l.meta("level");
    if (chapter.title.empty()) chapter.title = l.meta("chapter");
    chapter.lessons.push_back(std::move(entry));
  }
  if (chapter.title.empty()) chapter.title = dir.filename().string();
  return chapter;
}

}  // namespace

LessonCatalog LessonCatalog::scan(const std::string& root) {
  LessonCatalog catalog;
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return catalog;
  std::vector<fs::path> folders;
  for (fs::directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec))
    if (it->is_directory(ec)) folders.push_back(it->path());
  std::sort(folders.begin(), folders.end());
  CatalogChapter loose = read_chapter(root);
  if (!loose.lessons.empty()) catalog.m_chapters.push_back(std::move(loose));
  for (const fs::path& folder : folders) {
    CatalogChapter chapter = read_chapter(folder);
    if (!chapter.lessons.empty()) catalog.m_chapters.push_back(std::move(chapter));
  }
  for (std::size_t c = 0; c < catalog.m_chapters.size(); ++c)
    for (std::size_t l = 0; l < catalog.m_chapters[c].lessons.size(); ++l) catalog.m_order.emplace_back(c, l);
  return catalog;
}

long LessonCatalog::index_of(const std::string& path) const {
  const std::string want = normalised(path);
  for (std::size_t i = 0; i < m_order.size(); ++i)
    if (at(i).path == want) return static_cast<long>(i);
  return -1;
}

const CatalogLesson* LessonCatalog::next(const std::string& path) const {
  long i = index_of(path);
  return i >= 0 && static_cast<std::size_t>(i + 1) < m_order.size() ? &at(static_cast<std::size_t>(i + 1)) : nullptr;
}

const CatalogLesson* LessonCatalog::previous(const std::string& path) const {
  long i = index_of(path);
  return i > 0 ? &at(static_cast<std::size_t>(i - 1)) : nullptr;
}

}  // namespace ls::gui
