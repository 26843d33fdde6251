// Plain-language sentences for events (shown by the app beside each step and in JSON output).
#include "engine/trace/explain.h"

#include <cctype>
#include <cstdio>

namespace ls::trace {

std::string format_time(double t) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.3f", t);
  return buf;
}

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Quotes program text for a sentence: first line, shortened.
std::string quote(std::string_view text) {
  std::string t(text);
  while (!t.empty() && (t.back() == '\n' || t.back() == '\r')) t.pop_back();
  if (t.size() > 60) t = t.substr(0, 57) + "...";
  for (char& c : t)
    if (c == '\n') c = ' ';
  return "\"" + t + "\"";
}

std::string who(const Snapshot& s, const Recording& rec, Ref task, const char* outside = "The program") {
  return task ? ref_name(s, rec, task) : std::string(outside);
}

const HandleEntry* find_handle(const Snapshot& s, Ref h) {
  for (std::size_t i = 0; i < s.ready_size(); ++i)
    if (s.ready_at(i).m_handle == h) return &s.ready_at(i);
  for (auto& t : s.m_timers)
    if (t.m_handle == h) return &t;
  if (s.m_running_handle.m_handle == h) return &s.m_running_handle;
  return nullptr;
}

}  // namespace

std::string describe_handle(const HandleEntry& h, const Snapshot& s, const Recording& rec) {
  return describe_callback(h.m_callback, h.m_target, s, rec);
}

std::string describe_callback(StrId callback, Ref target, const Snapshot& s, const Recording& rec) {
  std::string_view cb = rec.str(callback);
  if (target && ref_kind(target) == RefKind::Task) {
    std::string t = ref_name(s, rec, target);
    if (ends_with(cb, "_step")) return "the next step of " + t;
    if (ends_with(cb, "_wakeup")) return "the wake-up of " + t;
  }
  if (target && ref_kind(target) == RefKind::Future) {
    std::string f = ref_name(s, rec, target);
    if (ends_with(cb, "_set_result_unless_cancelled")) return "the completion of " + f;
  }
  // Done callbacks of asyncio's own helpers, in words.
  if (target) {
    std::string t = ref_name(s, rec, target);
    if (ends_with(cb, "_run_until_complete_cb")) return "the callback that stops the loop because " + t + " is done";
    if (ends_with(cb, "on_child_done")) return "gather's check of " + t + "'s outcome";
    if (ends_with(cb, "_on_task_done")) return "the TaskGroup's check of " + t + "'s outcome";
  }
  if (ends_with(cb, "Timeout._on_timeout")) return "the deadline of an asyncio.timeout() block (Timeout._on_timeout)";
  std::string out = cb.empty() ? std::string("a callback") : std::string(cb) + "()";
  if (target) out += " for " + ref_name(s, rec, target);
  return out;
}

std::string explain(const Event& e, const Snapshot& s, const Recording& rec) {
  auto name = [&](Ref r) { return ref_name(s, rec, r); };
  auto handle_text = [&](Ref h) {
    const HandleEntry* he = find_handle(s, h);
    return he ? describe_handle(*he, s, rec) : std::string("a callback");
  };
  switch (e.m_kind) {
    case EventKind::HandleScheduled: {
      HandleEntry h{e.m_a, e.m_b, e.m_c, false, 0};
      return "The loop queues " + describe_handle(h, s, rec) + " (position " + std::to_string(s.ready_size() + 1) +
             " in the ready queue).";
    }
    case EventKind::HandleCancelled: return "The queued callback " + handle_text(e.m_a) + " is cancelled: the loop will skip it.";
    case EventKind::HandleRunBegin: return "The loop runs " + handle_text(e.m_a) + ".";
    case EventKind::HandleRunEnd: {
      std::string what = s.m_running_handle.m_handle == e.m_a ? describe_handle(s.m_running_handle, s, rec) : "the callback";
      if (!what.empty()) what[0] = char(std::toupper(static_cast<unsigned char>(what[0])));
      return what + " is over; control returns to the event loop.";
    }
    case EventKind::TimerAdded: {
      HandleEntry h{e.m_a, e.m_b, e.m_c, false, e.time()};
      std::string when = "t=" + format_time(e.time());
      if (const FutureInfo* f = s.future(e.m_c); f && f->m_label) {
        std::string by = who(s, rec, f->m_created_by);
        return by + " awaits " + std::string(rec.str(f->m_label)) + ": the loop sets a timer for " + when + " and " + by +
               " waits.";
      }
      return "The loop sets a timer for " + when + " to run " + describe_handle(h, s, rec) + ".";
    }
    case EventKind::TimerCancelled: {
      const HandleEntry* h = find_handle(s, e.m_a);
      if (!h) return "The timer had already fired, so cancelling it now changes nothing.";
      return "The timer for t=" + format_time(h->m_when) + " is cancelled and leaves the heap: " + describe_handle(*h, s, rec) +
             " will not run.";
    }
    case EventKind::TimerFired: {
      const HandleEntry* h = find_handle(s, e.m_a);
      std::string when = h ? format_time(h->m_when) : format_time(s.m_clock);
      return "The timer for t=" + when + " is due: " + handle_text(e.m_a) + " moves to the ready queue.";
    }
    case EventKind::LoopPass: {
      std::uint32_t n = e.m_a;
      return "A new pass of the event loop begins with " + std::to_string(n) + (n == 1 ? " ready handle" : " ready handles") +
             ": it runs exactly " + (n == 1 ? "that one" : "those") + "; anything queued meanwhile waits for the next pass.";
    }
    case EventKind::LoopClosed: return "The event loop is closed: its pending callbacks and timers are dropped.";
    case EventKind::ClockMoved:
      return "The virtual clock moves from t=" + format_time(s.m_clock) + " to t=" + format_time(e.time()) + ".";
    case EventKind::TaskCreated: {
      std::string coro(rec.str(StrId(e.m_d)));
      std::string task(rec.str(e.m_b));
      std::string by = e.m_c ? name(e.m_c) + " creates " : "The program creates ";
      if (coro == "shutdown_asyncgens" || coro == "shutdown_default_executor") {
        by = "asyncio.run creates ";
        coro += "() (clean-up before the loop closes";
        coro += ')';
        return by + task + " to run " + coro + "; its first step is queued.";
      }
      return by + task + " to run " + coro + "(); " +
             (e.m_flag ? "as an eager task, its first step runs right away." : "its first step is queued.");
    }
    case EventKind::TaskRenamed: return name(e.m_a) + " is renamed to " + std::string(rec.str(e.m_b)) + ".";
    case EventKind::TaskStepBegan: {
      const TaskInfo* t = s.task(e.m_a);
      std::string step = t ? " (step " + std::to_string(t->m_steps + 1) + ")" : "";
      if (e.m_b) return "The loop resumes " + name(e.m_a) + step + " by raising " + std::string(rec.str(e.m_b)) + " inside it.";
      if (t && t->m_steps == 0) return "The loop starts " + name(e.m_a) + ": its coroutine runs from the top.";
      return "The loop resumes " + name(e.m_a) + step + ".";
    }
    case EventKind::TaskSuspended: {
      std::string where = e.m_c ? " at line " + std::to_string(e.m_c) : std::string();
      if (e.m_d) where += " in " + std::string(rec.str(StrId(e.m_d))) + "()";
      if (!e.m_b) return name(e.m_a) + " yields" + where + " (like sleep(0)): it runs again in the next pass.";
      // Blocked on a lock/event/queue...: say so rather than naming the waiter future.
      const TaskInfo* t = s.task(e.m_a);
      if (const PrimInfo* p = t && t->m_waiting_prim ? s.prim(t->m_waiting_prim) : nullptr) {
        std::string pn = name(t->m_waiting_prim);
        Role role = Role::Wait;
        for (auto& w : p->m_waiters)
          if (w.m_task == e.m_a) role = w.m_role;
        switch (role) {
          case Role::Acquire: return name(e.m_a) + " pauses" + where + " until it can acquire " + pn + ".";
          case Role::Get: return name(e.m_a) + " pauses" + where + " until " + pn + " has an item.";
          case Role::Put: return name(e.m_a) + " pauses" + where + " until " + pn + " has room.";
          case Role::Wait: return name(e.m_a) + " pauses" + where + " and waits on " + pn + ".";
        }
      }
      return name(e.m_a) + " pauses" + where + " and waits for " + name(e.m_b) + ".";
    }
    case EventKind::TaskDone: return name(e.m_a) + " finishes and returns " + std::string(rec.str(e.m_b)) + ".";
    case EventKind::TaskRaised:
      return name(e.m_a) + " ends with an exception: " + std::string(rec.str(e.m_b)) + ".";
    case EventKind::TaskCancelled: return name(e.m_a) + " is cancelled: CancelledError ended its coroutine.";
    case EventKind::CancelRequested: {
      std::string msg = e.m_c ? " with message " + quote(rec.str(e.m_c)) : std::string();
      std::string by = e.m_b ? name(e.m_b) + " cancels " : "The program cancels ";
      if (!e.m_b && s.m_phase == LoopPhase::RunningHandle && s.m_running_handle.m_handle) {
        by = describe_handle(s.m_running_handle, s, rec) + " cancels ";
        by[0] = char(std::toupper(static_cast<unsigned char>(by[0])));
      }
      return by + name(e.m_a) + msg + ": CancelledError will be raised at its await.";
    }
    case EventKind::CancelDelivered: return "CancelledError is raised inside " + name(e.m_a) + " at the await where it was waiting.";
    case EventKind::Uncancelled:
      return name(e.m_a) + " takes back one cancellation request (cancelling() is now " + std::to_string(e.sint()) + ").";
    case EventKind::FutureCreated: {
      std::string by = e.m_c ? name(e.m_c) : std::string("The program");
      std::string_view label = rec.str(e.m_b);
      if (label == "Future") return by + " creates a new Future (loop.create_future()).";
      return by + " creates a future for " + std::string(label) + ".";
    }
    case EventKind::FutureChained: return name(e.m_a) + " will complete when " + name(e.m_b) + " is done.";
    case EventKind::FutureDone: {
      std::string f = name(e.m_a);
      if (e.m_flag == std::uint8_t(Outcome::Cancelled)) return f + " is cancelled; the loop queues its done callbacks.";
      if (e.m_flag == std::uint8_t(Outcome::Exception))
        return f + " fails with " + std::string(rec.str(e.m_b)) + "; the loop queues its done callbacks.";
      return f + " completes (result " + std::string(rec.str(e.m_b)) + "); the loop queues its done callbacks.";
    }
    case EventKind::PrimCreated: return std::string(rec.str(e.m_b)) + " is used for the first time.";
    case EventKind::LockAcquired: return who(s, rec, e.m_b) + " acquires " + name(e.m_a) + ".";
    case EventKind::LockReleased: {
      std::string out = who(s, rec, e.m_b) + " releases " + name(e.m_a);
      if (e.m_c) return out + " and wakes " + name(e.m_c) + ", the first waiter.";
      return out + "; nobody is waiting for it.";
    }
    case EventKind::PrimWaiting: {
      std::string t = who(s, rec, e.m_b);
      std::string p = name(e.m_a);
      const PrimInfo* pi = s.prim(e.m_a);
      std::size_t pos = pi ? pi->m_waiters.size() + 1 : 1;
      std::string tail = " (waiter " + std::to_string(pos) + ").";
      switch (Role(e.m_flag)) {
        case Role::Acquire: {
          std::string held = pi && pi->m_owner ? ", held by " + name(pi->m_owner) : std::string();
          return t + " waits to acquire " + p + held + tail;
        }
        case Role::Wait: return t + " waits on " + p + tail;
        case Role::Get: return t + " waits for an item: " + p + " is empty" + tail;
        case Role::Put: return t + " waits for room: " + p + " is full" + tail;
      }
      return t + " waits on " + p + tail;
    }
    case EventKind::SemaphoreChanged:
      return who(s, rec, e.m_b) + (e.m_flag ? " releases " : " acquires ") + name(e.m_a) + " (its counter is now " +
             std::to_string(e.sint()) + ").";
    case EventKind::EventChanged:
      if (e.m_flag) return who(s, rec, e.m_b) + " sets " + name(e.m_a) + ": every task waiting for it wakes up.";
      return who(s, rec, e.m_b) + " clears " + name(e.m_a) + ".";
    case EventKind::ConditionNotified:
      return who(s, rec, e.m_b) + " notifies " + name(e.m_a) + ": up to " + std::to_string(e.m_c) + " waiting task" +
             (e.m_c == 1 ? "" : "s") + " wake up.";
    case EventKind::QueueChanged:
      if (e.m_flag)
        return who(s, rec, e.m_b) + " puts " + std::string(rec.str(StrId(e.m_d))) + " into " + name(e.m_a) +
               " (size now " + std::to_string(e.m_c) + ").";
      return who(s, rec, e.m_b) + " takes " + std::string(rec.str(StrId(e.m_d))) + " from " + name(e.m_a) + " (size now " +
             std::to_string(e.m_c) + ").";
    case EventKind::OutputWritten: {
      std::string text(rec.str(e.m_a));
      if (text == "\n") return who(s, rec, e.m_b) + " ends the output line.";
      return who(s, rec, e.m_b) + (e.m_flag ? " writes to stderr: " : " prints ") + quote(text) + ".";
    }
    case EventKind::Warning: return "Warning: " + std::string(rec.str(e.m_a));
    case EventKind::LineReached:
      if (e.m_a) return name(e.m_a) + " runs line " + std::to_string(e.m_b) + ".";
      return "The program runs line " + std::to_string(e.m_b) + ".";
    case EventKind::RunEnded: {
      std::string msg(rec.str(e.m_b));
      switch (RunEnd(e.m_flag)) {
        case RunEnd::Normal: return "The program ends (exit code " + std::to_string(e.m_a) + ").";
        case RunEnd::Exception: return "The program stops with an uncaught exception (exit code " + std::to_string(e.m_a) + ").";
        case RunEnd::Deadlock: {
          Snapshot after = s;
          after.apply(e);
          std::string text = deadlock_text(after, rec);
          for (char& c : text)
            if (c == '\n') c = ' ';
          while (!text.empty() && text.back() == ' ') text.pop_back();
          return text;
        }
        case RunEnd::TimeLimit: return "The next wake-up would pass the time limit, so the run stops: " + msg;
        case RunEnd::Budget: return "The run is stopped by a budget: " + msg;
        case RunEnd::EventCap: return "The recording stops here: " + msg;
        case RunEnd::Stopped: return "The recording was stopped.";
      }
      return "The run ends.";
    }
  }
  return "";
}

}  // namespace ls::trace
