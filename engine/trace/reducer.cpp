// The reducer: folds one event into a Snapshot. Pure (no recording, no VM), so replaying the
// same events from the same keyframe always rebuilds the same snapshot.
#include <algorithm>

#include "engine/trace/snapshot.h"

namespace ls::trace {

std::string_view task_state_name(TaskState s) {
  static constexpr std::string_view n[] = {"created", "running", "waiting", "yielded", "done", "raised", "cancelled"};
  return n[int(s)];
}

std::string_view loop_phase_name(LoopPhase p) {
  static constexpr std::string_view n[] = {"idle", "between handles", "running a handle", "ended"};
  return n[int(p)];
}

namespace {

template <class T>
T& slot(std::vector<T>& v, Ref r) {
  std::size_t i = ref_index(r);
  if (i == 0) i = 1;  // defensive: ref 0 maps to slot 0 (never used by well-formed streams)
  if (v.size() < i) v.resize(i);
  v[i - 1].m_exists = true;
  return v[i - 1];
}

template <class T>
const T* find(const std::vector<T>& v, Ref r) {
  std::size_t i = ref_index(r);
  if (i == 0 || i > v.size() || !v[i - 1].m_exists) return nullptr;
  return &v[i - 1];
}

bool timer_before(const HandleEntry& a, const HandleEntry& b) {
  if (a.m_when != b.m_when) return a.m_when < b.m_when;
  return ref_index(a.m_handle) < ref_index(b.m_handle);
}

}  // namespace

TaskInfo& Snapshot::task_slot(Ref r) { return slot(m_tasks, r); }
FutureInfo& Snapshot::future_slot(Ref r) { return slot(m_futures, r); }
PrimInfo& Snapshot::prim_slot(Ref r) { return slot(m_prims, r); }
const TaskInfo* Snapshot::task(Ref r) const { return ref_kind(r) == RefKind::Task ? find(m_tasks, r) : nullptr; }
const FutureInfo* Snapshot::future(Ref r) const { return ref_kind(r) == RefKind::Future ? find(m_futures, r) : nullptr; }
const PrimInfo* Snapshot::prim(Ref r) const { return ref_kind(r) == RefKind::Prim ? find(m_prims, r) : nullptr; }

// A task that resumes is no longer blocked on the primitive it waited for.
void Snapshot::drop_waiter(Ref t) {
  TaskInfo& ti = task_slot(t);
  if (!ti.m_waiting_prim) return;
  if (ref_index(ti.m_waiting_prim) <= m_prims.size()) {
    auto& w = m_prims[ref_index(ti.m_waiting_prim) - 1].m_waiters;
    for (std::size_t i = 0; i < w.size(); ++i)
      if (w[i].m_task == t) { w.erase(w.begin() + i); break; }
  }
  ti.m_waiting_prim = 0;
}

void Snapshot::apply(const Event& e) {
  ++m_index;
  switch (e.m_kind) {
    case EventKind::HandleScheduled:
      m_ready.push_back(HandleEntry{e.m_a, e.m_b, e.m_c, false, 0});
      break;
    case EventKind::HandleCancelled:
    case EventKind::TimerCancelled: {
      auto it = std::find_if(m_timers.begin(), m_timers.end(), [&](const HandleEntry& h) { return h.m_handle == e.m_a; });
      if (it != m_timers.end()) {
        m_timers.erase(it);
        break;
      }
      for (std::size_t i = m_ready_head; i < m_ready.size(); ++i)
        if (m_ready[i].m_handle == e.m_a) m_ready[i].m_cancelled = true;
      break;
    }
    case EventKind::HandleRunBegin: {
      std::size_t i = m_ready_head;
      while (i < m_ready.size() && m_ready[i].m_handle != e.m_a) ++i;
      if (i < m_ready.size()) {
        m_running_handle = m_ready[i];
        m_ready_head = i + 1;
      } else {
        m_running_handle = HandleEntry{e.m_a, 0, 0, false, 0};
      }
      if (m_ready_head == m_ready.size()) {
        m_ready.clear();
        m_ready_head = 0;
      } else if (m_ready_head > 64 && m_ready_head * 2 > m_ready.size()) {
        m_ready.erase(m_ready.begin(), m_ready.begin() + std::ptrdiff_t(m_ready_head));
        m_ready_head = 0;
      }
      m_phase = LoopPhase::RunningHandle;
      break;
    }
    case EventKind::HandleRunEnd:
      m_running_handle = HandleEntry{};
      m_phase = LoopPhase::BetweenHandles;
      break;
    case EventKind::TimerAdded: {
      HandleEntry h{e.m_a, e.m_b, e.m_c, false, e.time()};
      m_timers.insert(std::upper_bound(m_timers.begin(), m_timers.end(), h, timer_before), h);
      break;
    }
    case EventKind::TimerFired: {
      auto it = std::find_if(m_timers.begin(), m_timers.end(), [&](const HandleEntry& h) { return h.m_handle == e.m_a; });
      HandleEntry h{e.m_a, 0, 0, false, 0};
      if (it != m_timers.end()) {
        h = *it;
        m_timers.erase(it);
      }
      m_ready.push_back(h);
      break;
    }
    case EventKind::LoopPass:
      ++m_passes;
      if (m_phase == LoopPhase::Idle) m_phase = LoopPhase::BetweenHandles;
      // Cancelled handles at the front are dropped by the loop without running.
      break;
    case EventKind::LoopClosed:
      m_ready.clear();
      m_ready_head = 0;
      m_timers.clear();
      m_phase = LoopPhase::Idle;
      break;
    case EventKind::ClockMoved:
      m_clock = e.time();
      break;
    case EventKind::TaskCreated: {
      TaskInfo& t = task_slot(e.m_a);
      t.m_name = e.m_b;
      t.m_parent = e.m_c;
      t.m_coro = StrId(e.m_d);
      t.m_eager = e.m_flag != 0;
      t.m_state = TaskState::Created;
      break;
    }
    case EventKind::TaskRenamed:
      task_slot(e.m_a).m_name = e.m_b;
      break;
    case EventKind::TaskStepBegan: {
      drop_waiter(e.m_a);
      TaskInfo& t = task_slot(e.m_a);
      t.m_state = TaskState::Running;
      t.m_awaits = 0;
      ++t.m_steps;
      m_running_tasks.push_back(e.m_a);
      break;
    }
    case EventKind::TaskSuspended:
    case EventKind::TaskDone:
    case EventKind::TaskRaised:
    case EventKind::TaskCancelled: {
      TaskInfo& t = task_slot(e.m_a);
      auto it = std::find(m_running_tasks.rbegin(), m_running_tasks.rend(), e.m_a);
      if (it != m_running_tasks.rend()) m_running_tasks.erase(std::next(it).base());
      if (e.m_kind == EventKind::TaskSuspended) {
        t.m_awaits = e.m_b;
        t.m_state = e.m_b ? TaskState::Waiting : TaskState::Yielded;
        t.m_await_line = e.m_c;
        t.m_where = StrId(e.m_d);
        if (e.m_c) t.m_line = e.m_c;
      } else {
        t.m_awaits = 0;
        t.m_outcome = e.m_b;
        t.m_state = e.m_kind == EventKind::TaskDone     ? TaskState::Done
                    : e.m_kind == EventKind::TaskRaised ? TaskState::Raised
                                                        : TaskState::Cancelled;
        drop_waiter(e.m_a);
      }
      break;
    }
    case EventKind::CancelRequested: {
      TaskInfo& t = task_slot(e.m_a);
      t.m_cancelled_by = e.m_b;
      t.m_cancel_message = e.m_c;
      // Asked from a callback (a TaskGroup seeing a child fail, a timeout's deadline): keep
      // which one, so the task can say why it is being cancelled.
      const bool from_callback = !e.m_b && m_phase == LoopPhase::RunningHandle && m_running_handle.m_handle;
      t.m_cancel_cause = from_callback ? m_running_handle.m_callback : 0;
      t.m_cancel_cause_target = from_callback ? m_running_handle.m_target : 0;
      t.m_cancelling = std::uint32_t(e.sint());
      break;
    }
    case EventKind::CancelDelivered:
      ++task_slot(e.m_a).m_cancels_delivered;
      break;
    case EventKind::Uncancelled:
      task_slot(e.m_a).m_cancelling = std::uint32_t(e.sint());
      break;
    case EventKind::FutureCreated: {
      FutureInfo& f = future_slot(e.m_a);
      f.m_label = e.m_b;
      f.m_created_by = e.m_c;
      break;
    }
    case EventKind::FutureChained:
      m_chains.emplace_back(e.m_a, e.m_b);
      break;
    case EventKind::FutureDone: {
      if (ref_kind(e.m_a) != RefKind::Future) break;
      FutureInfo& f = future_slot(e.m_a);
      f.m_done = true;
      f.m_outcome = Outcome(e.m_flag);
      f.m_result = e.m_b;
      break;
    }
    case EventKind::PrimCreated: {
      PrimInfo& p = prim_slot(e.m_a);
      p.m_kind = PrimKind(e.m_flag);
      p.m_label = e.m_b;
      p.m_limit = e.m_c;
      p.m_value = e.sint();
      break;
    }
    case EventKind::LockAcquired: {
      PrimInfo& p = prim_slot(e.m_a);
      p.m_owner = e.m_b;
      if (p.m_handed_to == e.m_b) p.m_handed_to = 0;
      break;
    }
    case EventKind::LockReleased: {
      PrimInfo& p = prim_slot(e.m_a);
      p.m_owner = 0;
      p.m_handed_to = e.m_c;
      break;
    }
    case EventKind::PrimWaiting: {
      if (e.m_b) {
        drop_waiter(e.m_b);
        task_slot(e.m_b).m_waiting_prim = e.m_a;
      }
      prim_slot(e.m_a).m_waiters.push_back(Waiter{e.m_b, Role(e.m_flag)});
      break;
    }
    case EventKind::SemaphoreChanged:
      prim_slot(e.m_a).m_value = e.sint();
      break;
    case EventKind::EventChanged:
      prim_slot(e.m_a).m_value = e.m_flag ? 1 : 0;
      break;
    case EventKind::ConditionNotified:
      break;
    case EventKind::QueueChanged: {
      PrimInfo& p = prim_slot(e.m_a);
      StrId item = StrId(e.m_d);
      if (e.m_flag) {
        p.m_items.push_back(item);
      } else if (!p.m_items.empty()) {
        if (p.m_kind == PrimKind::LifoQueue) {
          auto it = std::find(p.m_items.rbegin(), p.m_items.rend(), item);
          p.m_items.erase(it == p.m_items.rend() ? p.m_items.end() - 1 : std::next(it).base());
        } else {
          auto it = std::find(p.m_items.begin(), p.m_items.end(), item);
          p.m_items.erase(it == p.m_items.end() ? p.m_items.begin() : it);
        }
      }
      p.m_value = e.m_c;
      break;
    }
    case EventKind::OutputWritten:
      ++m_output_count;
      break;
    case EventKind::Warning:
      ++m_warning_count;
      break;
    case EventKind::LineReached:
      m_line_task = e.m_a;
      m_line = e.m_b;
      if (e.m_a)
        task_slot(e.m_a).m_line = e.m_b;
      else
        m_main_line = e.m_b;
      break;
    case EventKind::RunEnded:
      m_ended = true;
      m_phase = LoopPhase::Ended;
      m_end_reason = RunEnd(e.m_flag);
      m_exit_code = int(e.m_a);
      m_end_message = e.m_b;
      if (m_end_reason == RunEnd::Deadlock) compute_deadlock();
      break;
  }
}

std::size_t Snapshot::weight() const {
  std::size_t w = m_tasks.size() + m_futures.size() + m_prims.size() + m_ready.size() + m_timers.size() + m_chains.size();
  for (auto& p : m_prims) w += p.m_waiters.size() + p.m_items.size();
  return w;
}

std::size_t Snapshot::bytes() const {
  std::size_t n = sizeof(Snapshot) + m_running_tasks.capacity() * sizeof(Ref) + m_ready.capacity() * sizeof(HandleEntry) +
                  m_timers.capacity() * sizeof(HandleEntry) + m_tasks.capacity() * sizeof(TaskInfo) +
                  m_futures.capacity() * sizeof(FutureInfo) + m_prims.capacity() * sizeof(PrimInfo) +
                  m_chains.capacity() * sizeof(std::pair<Ref, Ref>) + m_deadlock.m_cycle.capacity() * sizeof(Ref);
  for (auto& p : m_prims) n += p.m_waiters.capacity() * sizeof(Waiter) + p.m_items.capacity() * sizeof(StrId);
  return n;
}

bool Snapshot::operator==(const Snapshot& o) const {
  if (ready_size() != o.ready_size()) return false;
  for (std::size_t i = 0; i < ready_size(); ++i)
    if (!(ready_at(i) == o.ready_at(i))) return false;
  return m_index == o.m_index && m_clock == o.m_clock && m_phase == o.m_phase && m_passes == o.m_passes &&
         m_running_handle == o.m_running_handle && m_running_tasks == o.m_running_tasks && m_timers == o.m_timers &&
         m_tasks == o.m_tasks && m_futures == o.m_futures && m_prims == o.m_prims && m_chains == o.m_chains &&
         m_output_count == o.m_output_count && m_warning_count == o.m_warning_count && m_line_task == o.m_line_task &&
         m_line == o.m_line && m_main_line == o.m_main_line && m_ended == o.m_ended && m_end_reason == o.m_end_reason &&
         m_exit_code == o.m_exit_code && m_end_message == o.m_end_message && m_deadlock == o.m_deadlock;
}

}  // namespace ls::trace
