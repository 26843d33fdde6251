// The Recorder: the one place events are appended. Assigns object ids, keeps the running-task
// stack, adds ClockMoved events when the clock changed, and enforces the event cap.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/trace/recording.h"
#include "engine/trace/sink.h"

namespace ls::trace {

struct RecorderOptions {
  std::size_t max_events = 20'000'000;  // the cap: reaching it ends the recording (RunEnd::EventCap)
};

class Recorder : public TraceSink {
 public:
  Recorder(Recording& rec, RecorderOptions options = {});

  Recording& recording() { return m_rec; }
  StrId intern(std::string_view s) { return m_rec.strings().intern(s); }

  // New ids, numbered from 1 per kind in order of first sight.
  Ref new_ref(RefKind kind);
  // Appends 'e' (after a ClockMoved if the clock changed since the last event).
  void emit(const Event& e);
  // Convenience: builds the event from its slots.
  void emit(EventKind k, std::uint32_t a = 0, std::uint32_t b = 0, std::uint32_t c = 0, std::uint64_t d = 0,
            std::uint8_t flag = 0) {
    emit(make_event(k, a, b, c, d, flag));
  }
  static Event make_event(EventKind k, std::uint32_t a, std::uint32_t b, std::uint32_t c, std::uint64_t d,
                          std::uint8_t flag) {
    Event e;
    e.m_kind = k;
    e.m_flag = flag;
    e.m_a = a;
    e.m_b = b;
    e.m_c = c;
    e.m_d = d;
    return e;
  }
  void emit_time(EventKind k, std::uint32_t a, std::uint32_t b, std::uint32_t c, double d, std::uint8_t flag = 0);

  // The task whose step is running (innermost), 0 outside tasks.
  Ref current_task() const { return m_running.empty() ? 0 : m_running.back(); }
  void push_task(Ref t) { m_running.push_back(t); }
  void pop_task(Ref t);

  // Where the virtual time comes from (the VM's clock; tests set their own): now(context).
  // Without a source the clock stays at the last event's.
  using ClockFn = double (*)(void* context);
  void set_clock_source(ClockFn now, void* context = nullptr) {
    m_now = now;
    m_now_context = context;
  }
  double now() const { return m_now ? m_now(m_now_context) : m_clock; }

  // Ends the recording with RunEnded (once; later calls are ignored).
  void end(RunEnd reason, int exit_code, std::string_view message);
  bool ended() const { return m_ended; }
  // True once the event cap was reached (the run is being stopped with exit code 6).
  bool capped() const { return m_capping; }
  // Set by whoever stops the run from outside (LiveRecording): RunEnded says "stopped".
  bool m_stopped = false;

  // Called after every append with the new size: lazy recording parks the engine thread here.
  std::function<void(std::size_t)> m_after_append;
  // Called when the cap is reached (after RunEnded was appended): must stop the run.
  std::function<void()> m_on_cap;

  // TraceSink
  void output_written(std::string_view text, bool to_stderr) override;
  void warning_issued(std::string_view text) override;
  void line_reached(int line) override;

 private:
  Recording& m_rec;
  RecorderOptions m_options;
  std::uint32_t m_counters[5] = {0, 0, 0, 0, 0};
  std::vector<Ref> m_running;
  ClockFn m_now = nullptr;
  void* m_now_context = nullptr;
  double m_clock = 0.0;          // clock at the last event
  bool m_ended = false;
  bool m_capping = false;
};

}  // namespace ls::trace
