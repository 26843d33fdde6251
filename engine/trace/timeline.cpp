// Keyframes and seeking over a recording.
#include "engine/trace/timeline.h"

#include <algorithm>

namespace ls::trace {

Timeline::Timeline(const Recording& rec) : m_rec(rec) {
  m_keys.emplace_back();
  extend();
}

void Timeline::extend() {
  std::size_t end = m_rec.size();
  while (m_head.m_index < end) {
    m_head.apply(m_rec[m_head.m_index]);
    std::size_t since = m_head.m_index - m_keys.back().m_index;
    if (since >= kMinInterval && since >= m_head.weight()) m_keys.push_back(m_head);
  }
}

const Snapshot& Timeline::key_before(std::size_t index) const {
  auto it = std::upper_bound(m_keys.begin(), m_keys.end(), index,
                             [](std::size_t i, const Snapshot& s) { return i < s.m_index; });
  return *std::prev(it);
}

Snapshot Timeline::at(std::size_t index) const {
  Snapshot s;
  seek(s, index);
  return s;
}

void Timeline::seek(Snapshot& s, std::size_t index) const {
  index = std::min(index, size());
  if (index == m_head.m_index) {
    s = m_head;
    return;
  }
  const Snapshot& key = key_before(index);
  bool forward_from_s = s.m_index <= index && s.m_index >= key.m_index;
  if (!forward_from_s) s = key;
  while (s.m_index < index) s.apply(m_rec[s.m_index]);
}

}  // namespace ls::trace
