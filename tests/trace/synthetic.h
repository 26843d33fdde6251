// Builds synthetic event streams for the trace tests (a tiny "program" without the VM).
#pragma once
#include <string>
#include <vector>

#include "engine/trace/recorder.h"

namespace ls::trace::testing {

// Scripted runs: each helper appends the events the asyncio hooks would emit.
struct Script {
  Recording rec;
  Recorder r{rec};
  double clock = 0;

  Script() {
    r.set_clock_source([](void* self) { return static_cast<Script*>(self)->clock; }, this);
  }
  Script(const Script&) = delete;
  StrId s(const std::string& text) { return r.intern(text); }
  Ref task(const std::string& name, const std::string& coro, Ref parent = 0) {
    Ref t = r.new_ref(RefKind::Task);
    r.emit(EventKind::TaskCreated, t, s(name), parent, s(coro));
    Ref h = r.new_ref(RefKind::Handle);
    r.emit(EventKind::HandleScheduled, h, s("Task._step"), t);
    return t;
  }
  Ref handle(const std::string& cb, Ref target) {
    Ref h = r.new_ref(RefKind::Handle);
    r.emit(EventKind::HandleScheduled, h, s(cb), target);
    return h;
  }
  void run_begin(Ref h) { r.emit(EventKind::HandleRunBegin, h); }
  void run_end(Ref h) { r.emit(EventKind::HandleRunEnd, h); }
  void step(Ref t) { r.emit(EventKind::TaskStepBegan, t); r.push_task(t); }
  void line(int n) { r.line_reached(n); }
  void suspend(Ref t, Ref fut, int line, const std::string& where) {
    r.emit(EventKind::TaskSuspended, t, fut, std::uint32_t(line), s(where));
    r.pop_task(t);
  }
  void done(Ref t, const std::string& result) { r.emit(EventKind::TaskDone, t, s(result)); r.pop_task(t); }
  Ref future(const std::string& label, Ref by) {
    Ref f = r.new_ref(RefKind::Future);
    r.emit(EventKind::FutureCreated, f, s(label), by);
    return f;
  }
  Ref timer(double when, const std::string& cb, Ref target) {
    Ref h = r.new_ref(RefKind::Handle);
    r.emit_time(EventKind::TimerAdded, h, s(cb), target, when);
    return h;
  }
  Ref prim(PrimKind k, const std::string& label, std::int64_t value = 0) {
    Ref p = r.new_ref(RefKind::Prim);
    r.emit(EventKind::PrimCreated, p, s(label), 0, std::uint64_t(value), std::uint8_t(k));
    return p;
  }
  void print(const std::string& text) { r.output_written(text, false); }
};

// A small but complete run: main creates two workers that sleep 1 s and 2 s, prints, gathers.
// Returns the recording (finished).
void build_sleepers(Script& sc);
// Two tasks taking two locks in opposite order: a deadlock with a wait-for cycle.
void build_lock_cycle(Script& sc);
// A task waiting on an Event nobody sets.
void build_event_never_set(Script& sc);
// A long random-ish but deterministic stream of n events (timers, tasks, queues, output).
void build_stress(Script& sc, std::size_t n);

}  // namespace ls::trace::testing

// ---- the builders ----
namespace ls::trace::testing {

inline void build_sleepers(Script& sc) {
  Ref main = sc.task("Task-1", "main");
  sc.r.emit(EventKind::LoopPass, 1);
  sc.run_begin(make_ref(RefKind::Handle, 1));
  sc.step(main);
  sc.line(10);
  Ref a = sc.task("Task-2", "worker", main);
  Ref b = sc.task("Task-3", "worker", main);
  sc.line(11);
  Ref g = sc.future("gather(Task-2, Task-3)", main);
  sc.r.emit(EventKind::FutureChained, g, a);
  sc.r.emit(EventKind::FutureChained, g, b);
  sc.suspend(main, g, 11, "main");
  sc.run_end(make_ref(RefKind::Handle, 1));
  sc.r.emit(EventKind::LoopPass, 2);
  Ref timers[2];
  Ref tasks[2] = {a, b};
  for (int i = 0; i < 2; ++i) {
    Ref h = make_ref(RefKind::Handle, std::uint32_t(2 + i));
    sc.run_begin(h);
    sc.step(tasks[i]);
    sc.line(4);
    sc.print("start " + std::to_string(i + 1));
    sc.print("\n");
    sc.line(5);
    Ref f = sc.future("asyncio.sleep(" + std::to_string(i + 1) + ")", tasks[i]);
    timers[i] = sc.timer(double(i + 1), "futures._set_result_unless_cancelled", f);
    sc.suspend(tasks[i], f, 5, "worker");
    sc.run_end(h);
  }
  for (int i = 0; i < 2; ++i) {
    sc.clock = double(i + 1);
    sc.r.emit(EventKind::TimerFired, timers[i]);
    sc.r.emit(EventKind::LoopPass, 1);
    sc.run_begin(timers[i]);
    Ref f = make_ref(RefKind::Future, std::uint32_t(2 + i));
    sc.r.emit(EventKind::FutureDone, f, sc.s("None"), 0, 0, 0);
    Ref wake = sc.handle("Task._wakeup", tasks[i]);
    sc.run_end(timers[i]);
    sc.r.emit(EventKind::LoopPass, 1);
    sc.run_begin(wake);
    sc.step(tasks[i]);
    sc.line(6);
    sc.print("end " + std::to_string(i + 1) + "\n");
    sc.done(tasks[i], std::to_string(i + 1));
    if (i == 1) sc.handle("Task._wakeup", main);
    sc.run_end(wake);
  }
  sc.r.emit(EventKind::LoopPass, 1);
  Ref last = make_ref(RefKind::Handle, 8);
  sc.run_begin(last);
  sc.step(main);
  sc.line(12);
  sc.print("[1, 2]\n");
  sc.done(main, "None");
  sc.run_end(last);
  sc.r.end(RunEnd::Normal, 0, "");
}

inline void build_lock_cycle(Script& sc) {
  Ref l1 = sc.prim(PrimKind::Lock, "Lock 1");
  Ref l2 = sc.prim(PrimKind::Lock, "Lock 2");
  Ref a = sc.task("Task-1", "left");
  Ref b = sc.task("Task-2", "right");
  sc.step(a);
  sc.r.emit(EventKind::LockAcquired, l1, a);
  sc.suspend(a, 0, 3, "left");
  sc.step(b);
  sc.r.emit(EventKind::LockAcquired, l2, b);
  sc.suspend(b, 0, 9, "right");
  sc.step(a);
  Ref fa = sc.future("Lock.acquire", a);
  sc.r.emit(EventKind::PrimWaiting, l2, a, fa, 0, std::uint8_t(Role::Acquire));
  sc.suspend(a, fa, 4, "left");
  sc.step(b);
  Ref fb = sc.future("Lock.acquire", b);
  sc.r.emit(EventKind::PrimWaiting, l1, b, fb, 0, std::uint8_t(Role::Acquire));
  sc.suspend(b, fb, 10, "right");
  sc.r.end(RunEnd::Deadlock, 3, "DeadlockError: all tasks are waiting and nothing can wake them");
}

inline void build_event_never_set(Script& sc) {
  Ref ev = sc.prim(PrimKind::Event, "Event 1");
  Ref main = sc.task("Task-1", "main");
  sc.step(main);
  Ref w = sc.task("Task-2", "waiter", main);
  Ref g = sc.future("gather(Task-2)", main);
  sc.r.emit(EventKind::FutureChained, g, w);
  sc.suspend(main, g, 12, "main");
  sc.step(w);
  Ref f = sc.future("Event.wait", w);
  sc.r.emit(EventKind::PrimWaiting, ev, w, f, 0, std::uint8_t(Role::Wait));
  sc.suspend(w, f, 5, "waiter");
  sc.r.end(RunEnd::Deadlock, 3, "DeadlockError: all tasks are waiting and nothing can wake them");
}

// A deterministic mix of every common event kind, about 'n' events long.
inline void build_stress(Script& sc, std::size_t n) {
  std::vector<Ref> tasks;
  Ref q = sc.prim(PrimKind::Queue, "Queue 1");
  Ref lock = sc.prim(PrimKind::Lock, "Lock 1");
  std::uint32_t x = 12345;
  auto rnd = [&] { x = x * 1103515245u + 12345u; return (x >> 8) & 0xFFFF; };
  std::vector<Ref> timers;
  std::size_t qsize = 0;
  while (sc.rec.size() + 16 < n) {
    unsigned r = rnd() % 10;
    if (tasks.size() < 50 || r == 0) {
      tasks.push_back(sc.task("Task-" + std::to_string(tasks.size() + 1), "worker"));
      continue;
    }
    Ref t = tasks[rnd() % tasks.size()];
    Ref h = sc.handle("Task._step", t);
    sc.r.emit(EventKind::LoopPass, 1);
    sc.run_begin(h);
    sc.step(t);
    sc.line(int(rnd() % 40 + 1));
    if (r == 1) sc.print("tick " + std::to_string(rnd() % 100) + "\n");
    if (r == 2) {
      sc.r.emit(EventKind::QueueChanged, q, t, std::uint32_t(++qsize), sc.s(std::to_string(rnd() % 50)), 1);
    }
    if (r == 3 && qsize) {
      sc.r.emit(EventKind::QueueChanged, q, t, std::uint32_t(--qsize), sc.s(std::to_string(rnd() % 50)), 0);
    }
    if (r == 4) sc.r.emit(EventKind::LockAcquired, lock, t);
    if (r == 5) sc.r.emit(EventKind::LockReleased, lock, t, 0);
    Ref f = 0;
    if (r >= 6) {
      f = sc.future("asyncio.sleep(1)", t);
      timers.push_back(sc.timer(sc.clock + 1 + rnd() % 5, "futures._set_result_unless_cancelled", f));
    }
    sc.suspend(t, f, int(rnd() % 40 + 1), "worker");
    sc.run_end(h);
    if (timers.size() > 20) {
      sc.clock += 0.5;
      sc.r.emit(EventKind::TimerFired, timers.front());
      sc.r.emit(EventKind::HandleRunBegin, timers.front());
      sc.r.emit(EventKind::HandleRunEnd, timers.front());
      timers.erase(timers.begin());
    }
  }
  sc.r.end(RunEnd::Normal, 0, "");
}

}  // namespace ls::trace::testing
