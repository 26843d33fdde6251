// The lesson browser's model: the curriculum's chapters and lessons, read from a folder. No ImGui here.
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace ls::gui {

// One lesson file of the curriculum.
struct CatalogLesson {
  std::string path;   // absolute, normalised path of the .py file
  std::string title;  // the docstring's first line (the file name when it has none)
  std::string level;  // the `level:` metadata ("" when absent)
};

// One chapter: a folder of lessons.
struct CatalogChapter {
  std::string title;                   // the lessons' `chapter:` metadata, else the folder name
  std::vector<CatalogLesson> lessons;  // in file-name order (01_..., 02_...)
};

class LessonCatalog {
 public:
  // Reads every `*.py` below "root" (one level of chapter folders; files directly in "root"
  // form a chapter of their own). Folders and files are sorted by name; unreadable files are
  // skipped. An empty catalog when "root" is not a folder.
  static LessonCatalog scan(const std::string& root);

  const std::vector<CatalogChapter>& chapters() const { return m_chapters; }
  std::size_t size() const { return m_order.size(); }
  bool empty() const { return m_order.empty(); }
  // The lesson at position "i" of the reading order (chapters, then lessons).
  const CatalogLesson& at(std::size_t i) const { return m_chapters[m_order[i].first].lessons[m_order[i].second]; }
  // The position of the lesson at "path" (any spelling of it), or -1 when it is not in the catalog.
  long index_of(const std::string& path) const;
  // The lesson after / before "path" in reading order (nullptr at either end or outside).
  const CatalogLesson* next(const std::string& path) const;
  const CatalogLesson* previous(const std::string& path) const;

 private:
  std::vector<CatalogChapter> m_chapters;
  // Every lesson in reading order, as (chapter, lesson) positions (copies stay valid).
  std::vector<std::pair<std::size_t, std::size_t>> m_order;
};

}  // namespace ls::gui
