// The Recorder: appends events, numbers objects, follows the clock, enforces the cap.
#include "engine/trace/recorder.h"

#include <algorithm>

namespace ls::trace {

Recorder::Recorder(Recording& rec, RecorderOptions options) : m_rec(rec), m_options(options) {}

Ref Recorder::new_ref(RefKind kind) { return make_ref(kind, ++m_counters[int(kind)]); }

void Recorder::pop_task(Ref t) {
  auto it = std::find(m_running.rbegin(), m_running.rend(), t);
  if (it != m_running.rend()) m_running.erase(std::next(it).base());
}

void Recorder::emit(const Event& e) {
  if (m_ended) return;
  double t = now();
  if (t != m_clock) {
    m_clock = t;
    Event c;
    c.m_kind = EventKind::ClockMoved;
    c.set_time(t);
    m_rec.append(c);
  }
  m_rec.append(e);
  // Room is kept for a ClockMoved + event pair and RunEnded, so a recording never exceeds the cap.
  if (m_rec.size() + 2 >= m_options.max_events && !m_capping && e.m_kind != EventKind::RunEnded) {
    m_capping = true;
    // RunEnded follows at once (same clock): the recording will hold size() + 1 events.
    end(RunEnd::EventCap, 6,
        "RecordingLimit: the recording stopped after " + std::to_string(m_rec.size() + 1) +
            " events (the event cap); this lesson may never end");
    if (m_on_cap) m_on_cap();
    return;
  }
  if (m_after_append) m_after_append(m_rec.size());
}

void Recorder::emit_time(EventKind k, std::uint32_t a, std::uint32_t b, std::uint32_t c, double d, std::uint8_t flag) {
  Event e = make_event(k, a, b, c, 0, flag);
  e.set_time(d);
  emit(e);
}

void Recorder::end(RunEnd reason, int exit_code, std::string_view message) {
  if (m_ended) return;
  emit(EventKind::RunEnded, std::uint32_t(exit_code), intern(message), 0, 0, std::uint8_t(reason));
  m_ended = true;
}

void Recorder::output_written(std::string_view text, bool to_stderr) {
  if (text.empty()) return;
  emit_time(EventKind::OutputWritten, intern(text), current_task(), 0, now(), to_stderr ? 1 : 0);
}

void Recorder::warning_issued(std::string_view text) { emit(EventKind::Warning, intern(text), current_task()); }

void Recorder::line_reached(int line) { emit(EventKind::LineReached, current_task(), std::uint32_t(line)); }

}  // namespace ls::trace
