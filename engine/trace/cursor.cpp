// Cursor movements over a Timeline.
#include "engine/trace/cursor.h"

namespace ls::trace {

Cursor::Cursor(Timeline& timeline) : m_timeline(timeline) {}

const Event* Cursor::current() const {
  return m_snap.m_index ? &m_timeline.recording()[m_snap.m_index - 1] : nullptr;
}

bool Cursor::available(std::size_t index) {
  if (index < m_timeline.size()) return true;
  if (m_demand) {
    m_demand(index + 1);
    m_timeline.extend();
  }
  return index < m_timeline.size();
}

bool Cursor::seek(std::size_t position) {
  if (position > 0 && !available(position - 1)) return false;
  m_timeline.seek(m_snap, position);
  return true;
}

bool Cursor::find(Dir d, const std::function<bool(const Event&)>& pred) {
  const Recording& rec = m_timeline.recording();
  if (d == Dir::Forward) {
    for (std::size_t j = m_snap.m_index; available(j); ++j)
      if (pred(rec[j])) return seek(j + 1);
    return false;
  }
  if (m_snap.m_index < 2) return false;
  for (std::size_t j = m_snap.m_index - 1; j-- > 0;)
    if (pred(rec[j])) return seek(j + 1);
  return false;
}

bool Cursor::step(Dir d) {
  if (d == Dir::Forward) return available(m_snap.m_index) && seek(m_snap.m_index + 1);
  if (m_snap.m_index == 0) return false;
  return seek(m_snap.m_index - 1);
}

bool Cursor::handle_run(Dir d) {
  return find(d, [](const Event& e) { return e.m_kind == EventKind::HandleRunBegin; });
}

bool Cursor::line(Dir d) {
  return find(d, [](const Event& e) { return e.m_kind == EventKind::LineReached; });
}

bool Cursor::task_line(Dir d, Ref task) {
  return find(d, [task](const Event& e) { return e.m_kind == EventKind::LineReached && e.m_a == task; });
}

bool Cursor::task_stop(Dir d, Ref task) {
  return find(d, [task](const Event& e) {
    return e.m_a == task && (e.m_kind == EventKind::TaskSuspended || e.m_kind == EventKind::TaskDone ||
                             e.m_kind == EventKind::TaskRaised || e.m_kind == EventKind::TaskCancelled);
  });
}

bool Cursor::clock_change(Dir d) {
  return find(d, [](const Event& e) { return e.m_kind == EventKind::ClockMoved; });
}

void Cursor::to_start() { seek(0); }

void Cursor::to_end() {
  if (m_demand) {
    while (!m_timeline.recording().finished()) {
      std::size_t before = m_timeline.size();
      m_demand(before + (1u << 20));
      m_timeline.extend();
      if (m_timeline.size() == before) break;
    }
  }
  seek(m_timeline.size());
}

bool Cursor::to_output_line(std::size_t line) {
  const Recording& rec = m_timeline.recording();
  std::size_t seen = 0;     // stdout lines completed so far
  bool at_line_start = true;
  for (std::size_t k = 0;; ++k) {
    while (k >= rec.outputs().size()) {
      std::size_t n = m_timeline.size();
      if (!available(n)) return false;
    }
    const Event& e = rec[rec.outputs()[k]];
    if (e.m_flag != std::uint8_t(Stream::Stdout)) continue;
    std::string_view text = rec.str(e.m_a);
    for (char c : text) {
      if (at_line_start && seen == line) return seek(std::size_t(rec.outputs()[k]) + 1);
      at_line_start = c == '\n';
      if (at_line_start) ++seen;
    }
  }
}

}  // namespace ls::trace
