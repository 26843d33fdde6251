// Builds synthetic event streams for the trace tests (a tiny "program" without the VM).
#pragma once
#include <string>

#include "engine/trace/recorder.h"

namespace ls::trace::testing {

// Scripted runs: each helper appends the events the asyncio hooks would emit.
struct Script {
  Recording rec;
  Recorder r{rec};
  double clock = 0;

  Script() { r.set_clock_source([this] { return clock; }); }
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
