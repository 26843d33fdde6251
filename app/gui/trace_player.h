// The real Player: a recorded run (lazy, on an engine thread) with its Timeline and Cursor, the
// toolbar/keys mapped to cursor moves, per-run indexes the panels draw from, and predict mode.
//
// Index: TracePlayer (loading · Player interface · moves · indexes · selection · predict mode)
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "app/gui/player.h"
#include "engine/trace/cursor.h"
#include "engine/trace/recording.h"
#include "engine/trace/timeline.h"

namespace ls::trace {
class LiveRecording;
}

namespace ls::gui {

// One line of the Console: where it was printed and by whom.
struct ConsoleLine {
  std::uint32_t event = 0;   // index of the OutputWritten event with its first character
  double time = 0;           // virtual time when it was printed
  trace::Ref task = 0;       // the printing task (0: outside any task)
  bool to_stderr = false;    // printed on stderr
  std::string text;          // the line without its newline
};

// What a task lane shows for a stretch of the run.
enum class LaneState : std::uint8_t {
  Pending,   // created, first step not run yet
  Running,   // a step runs
  Ready,     // yielded (bare yield): runs again next pass
  Sleeping,  // waits for a timer (asyncio.sleep, wait_for's timeout)
  OnTask,    // waits for another task / gather / wait
  OnPrim,    // blocked on a lock, event, condition, semaphore or queue
  OnFuture,  // waits for some other future
};

// A stretch [begin, end) of event indexes in one state.
struct LaneSegment {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  LaneState state = LaneState::Pending;
};

// A mark on a lane.
enum class LaneMarkKind : std::uint8_t { Print, CancelRequested, CancelDelivered, Done, Raised, Cancelled };
struct LaneMark {
  std::uint32_t event = 0;
  LaneMarkKind kind = LaneMarkKind::Print;
};

// One task's lane over the whole run.
struct TaskLane {
  std::uint32_t created = 0;            // event index of TaskCreated
  std::uint32_t ended = 0;              // event index it finished at (0: never)
  std::vector<LaneSegment> segments;    // in order, not overlapping
  std::vector<LaneMark> marks;          // in order
};

// A question of predict mode: which of these runs next?
struct Prediction {
  bool asking = false;                  // the question is on screen (the step waits for an answer)
  std::vector<trace::Ref> choices;      // the tasks (or futures) with handles in the ready queue, FIFO order
  trace::Ref answer = 0;                // what really runs next
  std::string verdict;                  // after answering: "Right: ..." / "Not quite: ..."
  bool last_right = false;              // the last answer was right
  int right = 0;                        // score
  int asked = 0;
};

class TracePlayer final : public Player {
 public:
  // Records the program at 'path' on an engine thread (first events arrive in the background).
  // With 'source', that text runs in the file's place (the editor's unsaved edits).
  explicit TracePlayer(std::string path, std::optional<std::string> source = std::nullopt);
  // Over an existing, finished recording (tests, synthetic runs). 'rec' must outlive the player.
  explicit TracePlayer(const trace::Recording& rec);
  ~TracePlayer() override;
  TracePlayer(const TracePlayer&) = delete;
  TracePlayer& operator=(const TracePlayer&) = delete;

  // ---- loading ----
  // True once the recording's first slice arrived (polls the engine thread; never blocks).
  bool ready();
  // Blocks until ready() (scripted runs). Returns ready().
  bool wait_ready();
  // The recording finished (RunEnded) within what was recorded so far.
  bool complete() const;

  // ---- Player ----
  bool has_recording() const override { return m_ready; }
  bool apply(PlayerCommand command) override;
  void seek(std::int64_t index) override;
  Cursor cursor() const override;
  std::int64_t event_count() const override;
  bool playing() const override { return m_playing; }
  double speed() const override { return m_speed; }
  void set_speed(double steps_per_second) override { m_speed = steps_per_second; }
  void tick(double dt) override;

  // ---- moves ----
  // After 'n' handle runs (--goto n): just after the n-th HandleRunBegin (0: the start).
  bool goto_handle_runs(std::int64_t n);
  // To the next time 'line' runs (LineReached), wrapping around to the start. False: never.
  bool run_to_line(int line);
  // Bumps on every cursor move (panels cache per version).
  std::uint64_t version() const { return m_version; }
  std::size_t position() const { return m_ready ? m_cursor->position() : 0; }

  // ---- what the panels read (only when has_recording()) ----
  const trace::Snapshot& snapshot() const { return m_cursor->snapshot(); }
  const trace::Recording& recording() const { return *m_rec; }
  const trace::Timeline& timeline() const { return *m_timeline; }
  // The current event's explanation sentence ("" at the start).
  const std::string& explanation();
  // Handle runs among the first 'position' events.
  std::int64_t handle_runs_at(std::size_t position) const;
  // Event index of the n-th HandleRunBegin (1-based), or the event count when there is none.
  std::size_t handle_run_event(std::int64_t n) const;
  std::int64_t total_handle_runs() const { return static_cast<std::int64_t>(m_run_begins.size()); }
  // Virtual time after the first 'position' events.
  double time_at(std::size_t position) const;
  // The first event index whose time is >= 't'.
  std::size_t position_at_time(double t) const;
  double end_time() const { return m_clock_moves.empty() ? 0.0 : m_clock_moves.back().second; }
  const std::vector<ConsoleLine>& console() const { return m_console; }
  const std::vector<TaskLane>& lanes() const { return m_lanes; }  // by ref_index(task) - 1
  // What a task waits on in words ("asyncio.sleep(1)", "Lock 1", "Task-3"), or "".
  std::string waits_text(trace::Ref task) const;

  // ---- selection (shared by every panel) ----
  trace::Ref hovered_task() const { return m_hovered; }
  trace::Ref selected_task() const { return m_selected; }
  void hover_task(trace::Ref t) { m_hover_next = t; }
  void select_task(trace::Ref t) { m_selected = (m_selected == t ? 0 : t); }
  // Called once per frame: the hover set during this frame becomes the one drawn next frame.
  void end_frame() {
    m_hovered = m_hover_next;
    m_hover_next = 0;
  }
  bool highlighted(trace::Ref t) const { return t && (t == m_hovered || t == m_selected); }

  // ---- predict mode ----
  bool predict_mode() const { return m_predict; }
  void set_predict_mode(bool on);
  const Prediction& prediction() const { return m_prediction; }
  // The learner's pick for the pending question; reveals the answer and takes the step.
  void answer(trace::Ref choice);

 private:
  std::string compute_waits_text(trace::Ref task) const;
  void demand(std::size_t count);            // the cursor wants 'count' events
  void index_events(std::size_t from);       // fold new events into the indexes
  void moved();                              // after any cursor move
  bool step_loop();                          // F10 (asks first in predict mode)
  trace::Ref focus_task() const;             // the task Shift+F11 follows
  trace::Ref next_runner() const;            // the target of the next handle run

  std::shared_ptr<trace::LiveRecording> m_live;  // null over a given recording (shared with the loader)
  const trace::Recording* m_rec = nullptr;
  std::thread m_loader;                      // the first demand, off the UI thread
  std::shared_ptr<std::atomic<bool>> m_loaded = std::make_shared<std::atomic<bool>>(false);  // the loader finished
  bool m_ready = false;                      // adopted: the UI may read the recording
  std::unique_ptr<trace::Timeline> m_timeline;
  std::unique_ptr<trace::Cursor> m_cursor;
  std::uint64_t m_version = 0;
  bool m_playing = false;
  double m_speed = 4;                        // loop steps per second
  double m_play_credit = 0;                  // accumulated steps to take
  std::string m_explanation;                 // cache for m_explained_at
  std::size_t m_explained_at = static_cast<std::size_t>(-1);

  // indexes over the recorded events (built incrementally)
  std::size_t m_indexed = 0;                               // events folded into the indexes
  std::vector<std::uint32_t> m_run_begins;                 // HandleRunBegin indexes
  std::vector<std::pair<std::uint32_t, double>> m_clock_moves;  // (index, new time)
  std::vector<ConsoleLine> m_console;
  bool m_console_open_line = false;                        // the last line has no newline yet
  std::vector<TaskLane> m_lanes;
  std::vector<trace::Ref> m_running;                       // task step stack while indexing
  std::vector<std::uint8_t> m_task_prim_wait;              // task blocked on a prim at its next suspend
  std::vector<trace::StrId> m_future_labels;               // by ref_index(future)

  trace::Ref m_hovered = 0, m_hover_next = 0, m_selected = 0;
  mutable std::uint64_t m_waits_version = ~0ull;                        // waits_text cache validity
  mutable std::unordered_map<trace::Ref, std::string> m_waits_cache;    // task -> waits_text
  bool m_predict = false;
  Prediction m_prediction;
};

// The name of a lane state for people ("waiting for a timer").
const char* lane_state_text(LaneState s);

}  // namespace ls::gui
