// Chrome Trace Event Format export (chrome://tracing, Perfetto): tracks per task and the loop.
#include <map>
#include <ostream>

#include "engine/trace/explain.h"
#include "engine/trace/export.h"
#include "engine/trace/snapshot.h"

namespace ls::trace {

namespace {

// Track ids: 1 is the event loop, 2 program code outside tasks, task N is N + 2.
constexpr int kLoopTrack = 1;
constexpr int kMainTrack = 2;
int track_of(Ref task) { return task ? int(ref_index(task)) + 2 : kMainTrack; }

struct Writer {
  std::ostream& out;
  bool first = true;
  std::string buf;

  void begin_record() {
    buf = first ? "\n" : ",\n";
    first = false;
  }
  // ph: B/E/i/M. 'ts' in microseconds of the display clock.
  void event(char ph, int tid, std::int64_t ts, std::string_view name, std::string_view cat, std::string_view args_json = {}) {
    begin_record();
    buf += "{\"ph\":\"";
    buf += ph;
    buf += "\",\"pid\":1,\"tid\":" + std::to_string(tid) + ",\"ts\":" + std::to_string(ts);
    if (ph != 'E') {
      buf += ",\"name\":";
      append_json_string(buf, name);
      buf += ",\"cat\":";
      append_json_string(buf, cat);
    }
    if (ph == 'i') buf += ",\"s\":\"t\"";
    if (!args_json.empty()) buf += ",\"args\":" + std::string(args_json);
    buf += "}";
    out << buf;
  }
  void thread_name(int tid, std::string_view name, int sort) {
    begin_record();
    buf += "{\"ph\":\"M\",\"pid\":1,\"tid\":" + std::to_string(tid) + ",\"name\":\"thread_name\",\"args\":{\"name\":";
    append_json_string(buf, name);
    buf += "}},\n{\"ph\":\"M\",\"pid\":1,\"tid\":" + std::to_string(tid) +
           ",\"name\":\"thread_sort_index\",\"args\":{\"sort_index\":" + std::to_string(sort) + "}}";
    out << buf;
  }
};

std::string args(std::string_view key, std::string_view value) {
  std::string a = "{";
  append_json_string(a, key);
  a += ':';
  append_json_string(a, value);
  a += '}';
  return a;
}

}  // namespace

// The display clock: virtual time in microseconds, but every event advances it by at least
// 1 us so that zero-duration steps stay visible and ordered.
void write_chrome_trace(const Recording& rec, std::ostream& out) {
  out << "{\"displayTimeUnit\":\"ms\",\"otherData\":{\"program\":";
  std::string prog;
  append_json_string(prog, rec.m_program);
  out << prog << ",\"clock\":\"virtual microseconds, +1 per event\"},\"traceEvents\":[";
  Writer w{out, true, {}};
  w.begin_record();
  w.buf += "{\"ph\":\"M\",\"pid\":1,\"tid\":0,\"name\":\"process_name\",\"args\":{\"name\":" + prog + "}}";
  out << w.buf;
  Snapshot s;
  std::int64_t ts = -1;
  std::map<int, std::string> open;  // track -> open slice kind ("run"/"wait"/"handle")
  auto close = [&](int tid) {
    if (open.count(tid)) {
      w.event('E', tid, ts, "", "");
      open.erase(tid);
    }
  };
  for (std::size_t i = 0; i < rec.size(); ++i) {
    const Event& e = rec[i];
    std::string text = explain(e, s, rec);
    s.apply(e);
    std::int64_t vt = std::int64_t(s.m_clock * 1e6);
    ts = std::max(ts + 1, vt);
    switch (e.m_kind) {
      case EventKind::HandleRunBegin:
        close(kLoopTrack);
        w.event('B', kLoopTrack, ts, describe_handle(s.m_running_handle, s, rec), "handle", args("explain", text));
        open[kLoopTrack] = "handle";
        break;
      case EventKind::HandleRunEnd: close(kLoopTrack); break;
      case EventKind::TaskStepBegan: {
        int tid = track_of(e.m_a);
        close(tid);
        w.event('B', tid, ts, "running", "task", args("explain", text));
        open[tid] = "run";
        break;
      }
      case EventKind::TaskSuspended: {
        int tid = track_of(e.m_a);
        close(tid);
        std::string label = e.m_b ? "waiting for " + ref_name(s, rec, e.m_b) : std::string("ready again (yielded)");
        w.event('B', tid, ts, label, "task", args("explain", text));
        open[tid] = "wait";
        break;
      }
      case EventKind::TaskDone:
      case EventKind::TaskRaised:
      case EventKind::TaskCancelled: {
        int tid = track_of(e.m_a);
        close(tid);
        w.event('i', tid, ts, std::string(kind_name(e.m_kind)), "task", args("explain", text));
        break;
      }
      case EventKind::OutputWritten:
        w.event('i', track_of(e.m_b), ts, e.m_flag ? "stderr" : "output", "output", args("text", rec.str(e.m_a)));
        break;
      case EventKind::CancelRequested:
        w.event('i', track_of(e.m_a), ts, "cancel requested", "cancel", args("explain", text));
        break;
      case EventKind::CancelDelivered:
        w.event('i', track_of(e.m_a), ts, "CancelledError delivered", "cancel", args("explain", text));
        break;
      case EventKind::Warning: w.event('i', track_of(e.m_b), ts, "warning", "warning", args("text", rec.str(e.m_a))); break;
      case EventKind::TimerFired:
      case EventKind::ClockMoved: w.event('i', kLoopTrack, ts, std::string(kind_name(e.m_kind)), "loop", args("explain", text)); break;
      case EventKind::RunEnded: w.event('i', kLoopTrack, ts, "run ended", "loop", args("explain", text)); break;
      default: break;
    }
  }
  while (!open.empty()) close(open.begin()->first);
  // Track names (final task names), sorted loop first, then tasks in creation order.
  w.thread_name(kLoopTrack, "event loop", 0);
  w.thread_name(kMainTrack, "outside tasks", 1);
  for (std::size_t t = 0; t < s.m_tasks.size(); ++t) {
    if (!s.m_tasks[t].m_exists) continue;
    Ref r = make_ref(RefKind::Task, std::uint32_t(t + 1));
    w.thread_name(track_of(r), ref_name(s, rec, r), int(t) + 2);
  }
  out << "\n]}\n";
}

}  // namespace ls::trace
