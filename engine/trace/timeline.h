// Keyframed access to a recording's snapshots: any step, forward or backward, in bounded time.
#pragma once
#include <cstddef>
#include <vector>

#include "engine/trace/recording.h"
#include "engine/trace/snapshot.h"

namespace ls::trace {

// Keeps a snapshot every so often (at least every kMinInterval events, spaced further apart when
// snapshots are big so that keyframes never cost more memory than the events they skip).
// Seeking copies the nearest keyframe at or before the target and replays the rest.
class Timeline {
 public:
  static constexpr std::size_t kMinInterval = 1024;

  explicit Timeline(const Recording& rec);
  // Folds events appended to the recording since the last call (lazy recordings grow).
  void extend();
  // Number of events covered (the largest index seek accepts).
  std::size_t size() const { return m_head.m_index; }
  // The snapshot after the first 'index' events (0 = before anything happened).
  Snapshot at(std::size_t index) const;
  // Moves 's' to 'index', replaying forward from 's' itself when that is shorter.
  void seek(Snapshot& s, std::size_t index) const;
  const Snapshot& head() const { return m_head; }
  const Recording& recording() const { return m_rec; }
  std::size_t keyframe_count() const { return m_keys.size(); }
  std::size_t keyframe_bytes() const;

 private:
  const Snapshot& key_before(std::size_t index) const;
  const Recording& m_rec;
  std::vector<Snapshot> m_keys;  // ascending m_index; m_keys[0] is the empty snapshot
  Snapshot m_head;               // snapshot at the end of what was folded
};

}  // namespace ls::trace
