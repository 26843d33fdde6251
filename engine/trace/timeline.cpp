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
    // A keyframe costs about bytes(); spacing them by bytes()/16 events keeps keyframes under
    // 16 bytes per event while a seek replays at most that many events.
    if (since >= kMinInterval && since * 16 >= m_head.bytes()) {
      m_keys.push_back(m_head);
      m_keys.back().m_ready.shrink_to_fit();
    }
  }
}

std::size_t Timeline::keyframe_bytes() const {
  std::size_t n = m_keys.capacity() * sizeof(Snapshot);
  for (auto& k : m_keys) n += k.bytes() - sizeof(Snapshot);
  return n;
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
