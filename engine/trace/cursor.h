// A position in a recording plus the movements the app needs, each forward and backward.
#pragma once
#include <cstddef>
#include <functional>

#include "engine/trace/timeline.h"

namespace ls::trace {

// The cursor stands after 'position()' events: its snapshot is the state once they happened,
// and 'current()' is the event just applied (position() - 1). Moves return false (and stay
// put) when no event matches in that direction.
class Cursor {
 public:
  enum class Dir { Forward, Backward };

  explicit Cursor(Timeline& timeline);
  // For lazy recordings: called with an event count the cursor wants to look at; it should
  // record at least that many (or finish) and extend the timeline.
  std::function<void(std::size_t)> m_demand;

  std::size_t position() const { return m_snap.m_index; }
  const Snapshot& snapshot() const { return m_snap; }
  const Event* current() const;

  bool seek(std::size_t position);
  bool step(Dir d);                               // next / previous event
  bool handle_run(Dir d);                          // one handle run (one event-loop step)
  bool line(Dir d);                                // next line reached in any task
  bool task_line(Dir d, Ref task);                 // next line of one task
  bool task_stop(Dir d, Ref task);                 // until the task suspends or finishes
  bool clock_change(Dir d);                        // next ClockMoved
  void to_start();
  void to_end();                                   // records a lazy run to its end (or cap)
  // To the event that wrote the first character of stdout line 'line' (0-based).
  bool to_output_line(std::size_t line);
  // General search: the next/previous event matching 'pred'.
  bool find(Dir d, const std::function<bool(const Event&)>& pred);

 private:
  bool available(std::size_t index);  // event 'index' exists (pulls lazily)
  Timeline& m_timeline;
  Snapshot m_snap;
};

}  // namespace ls::trace
