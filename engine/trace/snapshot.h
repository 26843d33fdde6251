// The state of the world after a prefix of a recording (what the app draws), and the pure
// reducer that folds one event into it.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "engine/trace/event.h"

namespace ls::trace {

class Recording;

enum class TaskState : std::uint8_t {
  Created,    // made, first step queued (or about to run eagerly)
  Running,    // its step is running now
  Waiting,    // suspended on a future/task (awaits != 0)
  Yielded,    // suspended by a bare yield (sleep(0)): runs again next pass
  Done,       // returned
  Raised,     // ended with an exception
  Cancelled,  // ended with CancelledError
};
std::string_view task_state_name(TaskState s);

// One task. POD so that snapshots copy fast.
struct TaskInfo {
  StrId m_name = 0;            // Task-N or the given name (after renames)
  StrId m_coro = 0;            // coroutine function name
  Ref m_parent = 0;            // the task running when it was created (0: none)
  TaskState m_state = TaskState::Created;
  bool m_exists = false;       // slot used
  bool m_eager = false;        // created by an eager task factory
  std::uint32_t m_line = 0;    // current line in program code (0: not reached yet)
  StrId m_where = 0;           // function it is suspended in (TaskSuspended 'where')
  std::uint32_t m_await_line = 0;  // line of the await it is suspended at
  Ref m_awaits = 0;            // future/task it waits for (Waiting only)
  Ref m_waiting_prim = 0;      // primitive it is blocked on (lock/event/queue...), 0 if none
  StrId m_outcome = 0;         // result repr / exception repr / cancel message when finished
  std::uint32_t m_cancelling = 0;  // cancelling() count
  StrId m_cancel_message = 0;  // message of the last cancel request
  Ref m_cancelled_by = 0;      // task that made the last cancel request (0: none / outside a task)
  StrId m_cancel_cause = 0;    // outside a task: the callback that asked (TaskGroup, timeout, ...)
  Ref m_cancel_cause_target = 0;  // ... and the task/future that callback belongs to
  std::uint32_t m_cancels_delivered = 0;  // CancelledErrors thrown into it
  std::uint32_t m_steps = 0;   // steps run so far
  bool operator==(const TaskInfo&) const = default;
};

struct FutureInfo {
  StrId m_label = 0;           // what it stands for ("asyncio.sleep(1)", "Lock.acquire", ...)
  Ref m_created_by = 0;        // task running at creation
  bool m_exists = false;
  bool m_done = false;
  Outcome m_outcome = Outcome::Result;
  StrId m_result = 0;          // result or exception repr
  bool operator==(const FutureInfo&) const = default;
};

// A queued handle: what the loop will run.
struct HandleEntry {
  Ref m_handle = 0;
  StrId m_callback = 0;        // callback name ("Task.task_step", "print", ...)
  Ref m_target = 0;            // the task/future the callback belongs to (0: none)
  bool m_cancelled = false;
  double m_when = 0;           // timers: deadline
  bool operator==(const HandleEntry&) const = default;
};

struct Waiter {
  Ref m_task = 0;
  Role m_role = Role::Acquire;
  bool operator==(const Waiter&) const = default;
};

struct PrimInfo {
  PrimKind m_kind = PrimKind::Lock;
  StrId m_label = 0;           // "Lock 1", "Queue 2" ...
  bool m_exists = false;
  Ref m_owner = 0;             // Lock: holding task (0: free)
  Ref m_handed_to = 0;         // Lock: waiter woken by the last release
  std::int64_t m_value = 0;    // Semaphore counter, Event flag (0/1), Queue size
  std::uint32_t m_limit = 0;   // Queue maxsize, BoundedSemaphore bound
  std::vector<Waiter> m_waiters;   // blocked tasks, in order
  std::vector<StrId> m_items;      // Queue contents (reprs), front first
  bool operator==(const PrimInfo&) const = default;
};

enum class LoopPhase : std::uint8_t { Idle, BetweenHandles, RunningHandle, Ended };
std::string_view loop_phase_name(LoopPhase p);

// Why a deadlocked run could not go on (filled when RunEnded says deadlock).
struct DeadlockReport {
  std::vector<Ref> m_cycle;         // tasks waiting on each other in a cycle (first repeated at the end)
  struct Blocker {
    Ref m_on = 0;                   // primitive or future nothing will complete
    Ref m_holder = 0;               // lock held by this (finished) task, if any
    std::vector<Ref> m_tasks;       // tasks stuck on it (directly or through other tasks)
    bool operator==(const Blocker&) const = default;
  };
  std::vector<Blocker> m_blockers;
  std::vector<Ref> m_behind_cycle;  // tasks outside the cycle that wait (through others) on it
  bool operator==(const DeadlockReport&) const = default;
};

class Snapshot {
 public:
  std::size_t m_index = 0;          // number of events folded in
  double m_clock = 0.0;             // virtual time
  LoopPhase m_phase = LoopPhase::Idle;
  std::uint64_t m_passes = 0;       // _run_once passes so far
  HandleEntry m_running_handle;     // valid in RunningHandle
  std::vector<Ref> m_running_tasks; // task steps in progress, innermost last (eager tasks nest)
  std::vector<HandleEntry> m_ready; // ready queue, front at m_ready_head
  std::size_t m_ready_head = 0;
  std::vector<HandleEntry> m_timers;  // timer heap in deadline order (when, creation)
  std::vector<TaskInfo> m_tasks;      // by ref_index(task) - 1
  std::vector<FutureInfo> m_futures;  // by ref_index(future) - 1
  std::vector<PrimInfo> m_prims;      // by ref_index(prim) - 1
  std::vector<std::pair<Ref, Ref>> m_chains;  // FutureChained (future, on)
  std::uint32_t m_output_count = 0;   // OutputWritten events so far (Recording::outputs())
  std::uint32_t m_warning_count = 0;
  Ref m_line_task = 0;                // task of the last LineReached
  std::uint32_t m_line = 0;           // line of the last LineReached
  std::uint32_t m_main_line = 0;      // last line reached outside any task
  bool m_ended = false;
  RunEnd m_end_reason = RunEnd::Normal;
  int m_exit_code = 0;
  StrId m_end_message = 0;
  DeadlockReport m_deadlock;

  // Fold one event in (the reducer). Pure: depends only on this snapshot and the event.
  void apply(const Event& e);

  const TaskInfo* task(Ref r) const;
  const FutureInfo* future(Ref r) const;
  const PrimInfo* prim(Ref r) const;
  Ref running_task() const { return m_running_tasks.empty() ? 0 : m_running_tasks.back(); }
  std::size_t ready_size() const { return m_ready.size() - m_ready_head; }
  const HandleEntry& ready_at(std::size_t i) const { return m_ready[m_ready_head + i]; }

  // The await graph as pstree draws it: edges (waiter task, awaited thing), where the awaited
  // thing is a task, a primitive, or a future nothing in the graph explains.
  std::vector<std::pair<Ref, Ref>> await_edges() const;
  // What a task waits on, resolved through futures to tasks/primitives (empty when not waiting).
  std::vector<Ref> waits_on(Ref task) const;
  // Rough size (entries), to space keyframes.
  std::size_t weight() const;
  // Memory held (bytes), for the keyframe budget.
  std::size_t bytes() const;

  bool operator==(const Snapshot& o) const;

 private:
  TaskInfo& task_slot(Ref r);
  FutureInfo& future_slot(Ref r);
  PrimInfo& prim_slot(Ref r);
  void drop_waiter(Ref task);
  void compute_deadlock();
};

// Text of a deadlock report for learners (several lines), using the recording's strings.
std::string deadlock_text(const Snapshot& s, const Recording& rec);
// Display name of any ref: task name, future label, primitive label, "handle 7".
std::string ref_name(const Snapshot& s, const Recording& rec, Ref r);

}  // namespace ls::trace
