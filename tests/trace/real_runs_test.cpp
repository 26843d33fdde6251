// Recordings of real runs: every conformance case and lesson, recorded by the engine and folded
// by the reducer (seek consistency, console output, final task states, deadlock reports), and the
// cursor movements on a real lesson.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "engine/lang/interpreter.h"
#include "engine/trace/cursor.h"
#include "engine/trace/explain.h"
#include "engine/trace/timeline.h"
#include "engine/trace/vm/trace_run.h"

using namespace ls::trace;
namespace fs = std::filesystem;

namespace {

const fs::path kSource = LOOPSCOPE_SOURCE_DIR;

// The programs of the conformance kit and the curriculum, sorted.
std::vector<std::string> corpus_files() {
  std::vector<std::string> files;
  for (const fs::path& dir : {kSource / "tests/conformance/kit/cases", kSource / "lessons"}) {
    for (auto& entry : fs::recursive_directory_iterator(dir))
      if (entry.is_regular_file() && entry.path().extension() == ".py") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// One program, recorded, with what the same program prints when it just runs.
struct RecordedRun {
  std::string path;
  Recording rec;
  int code = 0;
  std::string out, err;          // forwarded by record_file
  int run_code = 0;
  std::string run_out, run_err;  // lang::run_file, no recording
};

std::unique_ptr<RecordedRun> record(const std::string& path) {
  auto r = std::make_unique<RecordedRun>();
  r->path = path;
  ls::lang::RunOptions options;
  std::ostringstream out, err, run_out, run_err;
  r->code = record_file(path, options, r->rec, {}, &out, &err);
  r->out = out.str();
  r->err = err.str();
  r->run_code = ls::lang::run_file(path, options, run_out, run_err);
  r->run_out = run_out.str();
  r->run_err = run_err.str();
  return r;
}

// The console text of the first 'count' output events, one stream.
std::string console(const Recording& rec, std::uint32_t count, Stream stream) {
  std::string text;
  for (std::uint32_t k = 0; k < count && k < rec.outputs().size(); ++k) {
    const Event& e = rec[rec.outputs()[k]];
    if (e.m_flag == std::uint8_t(stream)) text += rec.str(e.m_a);
  }
  return text;
}

// Object addresses ("at 0x55d0...") differ from run to run: compared as "0x?".
std::string no_addresses(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '0' && i + 1 < text.size() && text[i + 1] == 'x') {
      out += "0x?";
      i += 2;
      while (i < text.size() && std::isxdigit(static_cast<unsigned char>(text[i]))) ++i;
      --i;
      continue;
    }
    out += text[i];
  }
  return out;
}

std::string short_name(const std::string& path) { return fs::relative(path, kSource).string(); }

// Every corpus program recorded once (shared by the test cases below).
const std::vector<std::unique_ptr<RecordedRun>>& corpus_runs() {
  static std::vector<std::unique_ptr<RecordedRun>> runs = [] {
    std::vector<std::unique_ptr<RecordedRun>> v;
    for (auto& f : corpus_files()) v.push_back(record(f));
    return v;
  }();
  return runs;
}

// ~20 positions spread over [0, n], always including both ends, deterministic.
std::vector<std::size_t> sample_positions(std::size_t n) {
  std::vector<std::size_t> pos{0, n};
  std::uint64_t x = 0x9E3779B97F4A7C15ull ^ n;
  for (int k = 1; k < 10; ++k) pos.push_back(n * std::size_t(k) / 10);
  for (int k = 0; k < 9; ++k) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    pos.push_back(n ? std::size_t(x % (n + 1)) : 0);
  }
  std::sort(pos.begin(), pos.end());
  pos.erase(std::unique(pos.begin(), pos.end()), pos.end());
  return pos;
}

Ref find_task(const Snapshot& s, const Recording& rec, std::string_view name) {
  for (std::size_t i = 0; i < s.m_tasks.size(); ++i)
    if (s.m_tasks[i].m_exists && rec.str(s.m_tasks[i].m_name) == name) return make_ref(RefKind::Task, std::uint32_t(i + 1));
  return 0;
}

}  // namespace

TEST_CASE("the corpus is there") {
  CHECK(corpus_files().size() > 100);
  CHECK(corpus_runs().size() == corpus_files().size());
}

TEST_CASE("a recorded run prints what loopscope run prints and ends with its exit code") {
  for (auto& r : corpus_runs()) {
    CAPTURE(short_name(r->path));
    CHECK(r->code == r->run_code);
    CHECK(r->out == r->run_out);
    CHECK(no_addresses(r->err) == no_addresses(r->run_err));
    REQUIRE(r->rec.finished());
    Timeline tl(r->rec);
    const Snapshot& end = tl.head();
    CHECK(end.m_ended);
    CHECK(end.m_exit_code == r->code);
    CHECK(end.m_end_reason == run_end_reason(r->code));
    // The final snapshot's console is the run's output, stdout and stderr alike.
    CHECK(console(r->rec, end.m_output_count, Stream::Stdout) == r->run_out);
    CHECK(no_addresses(console(r->rec, end.m_output_count, Stream::Stderr)) == no_addresses(r->run_err));
  }
}

TEST_CASE("snapshots reached by seeking backward equal those reached going forward") {
  for (auto& r : corpus_runs()) {
    CAPTURE(short_name(r->path));
    Timeline tl(r->rec);
    std::vector<std::size_t> pos = sample_positions(r->rec.size());
    // Going forward: the reducer applied event by event from the empty snapshot.
    std::map<std::size_t, Snapshot> forward;
    Snapshot s;
    std::size_t next = 0;
    for (std::size_t i = 0; i <= r->rec.size(); ++i) {
      if (next < pos.size() && pos[next] == i) {
        forward.emplace(i, s);
        ++next;
      }
      if (i < r->rec.size()) s.apply(r->rec[i]);
    }
    // Backward: one snapshot moved from the end to each position in turn, then fresh seeks.
    Snapshot b = tl.head();
    for (auto it = pos.rbegin(); it != pos.rend(); ++it) {
      CAPTURE(*it);
      tl.seek(b, *it);
      CHECK(b == forward.at(*it));
      CHECK(tl.at(*it) == forward.at(*it));
    }
    // And forward again with seek (replays from the snapshot itself).
    for (std::size_t p : pos) {
      tl.seek(b, p);
      CHECK(b == forward.at(p));
    }
  }
}

TEST_CASE("at the end of a run the tasks are in sensible states") {
  for (auto& r : corpus_runs()) {
    CAPTURE(short_name(r->path));
    Timeline tl(r->rec);
    const Snapshot& end = tl.head();
    CHECK(end.m_running_tasks.empty());
    std::size_t live = 0;
    for (auto& t : end.m_tasks) {
      if (!t.m_exists) continue;
      bool finished = t.m_state == TaskState::Done || t.m_state == TaskState::Cancelled || t.m_state == TaskState::Raised;
      if (!finished) ++live;
      // A finished task has run at least one step, unless it was cancelled before its first.
      if (t.m_state == TaskState::Done || t.m_state == TaskState::Raised) CHECK(t.m_steps > 0);
    }
    if (r->code == 0 || r->code == 1) {
      // asyncio.run cancels what is left: no task outlives a normal run or an uncaught exception.
      CHECK(live == 0);
    }
    if (r->code == 3) CHECK(live > 0);  // a deadlock leaves tasks waiting
    // Every explanation sentence is non-empty (and does not crash).
    Snapshot s;
    for (std::size_t i = 0; i < r->rec.size(); i += 1 + r->rec.size() / 200) {
      tl.seek(s, i);
      CHECK_FALSE(explain(r->rec[i], s, r->rec).empty());
    }
  }
}

TEST_CASE("a deadlock report names every stuck task") {
  std::size_t deadlocks = 0;
  for (auto& r : corpus_runs()) {
    if (r->code != 3) continue;
    ++deadlocks;
    CAPTURE(short_name(r->path));
    Timeline tl(r->rec);
    const Snapshot& end = tl.head();
    CHECK(end.m_end_reason == RunEnd::Deadlock);
    const DeadlockReport& d = end.m_deadlock;
    CHECK((!d.m_cycle.empty() || !d.m_blockers.empty()));
    std::string text = deadlock_text(end, r->rec);
    CAPTURE(text);
    CHECK(text.find("Deadlock") != std::string::npos);
    for (std::size_t i = 0; i < end.m_tasks.size(); ++i) {
      const TaskInfo& t = end.m_tasks[i];
      if (!t.m_exists || t.m_state != TaskState::Waiting) continue;
      Ref ref = make_ref(RefKind::Task, std::uint32_t(i + 1));
      bool named = std::find(d.m_cycle.begin(), d.m_cycle.end(), ref) != d.m_cycle.end() ||
                   std::find(d.m_behind_cycle.begin(), d.m_behind_cycle.end(), ref) != d.m_behind_cycle.end();
      for (auto& b : d.m_blockers) named = named || std::find(b.m_tasks.begin(), b.m_tasks.end(), ref) != b.m_tasks.end();
      CAPTURE(r->rec.str(t.m_name));
      CHECK(named);
      CHECK(text.find(std::string(r->rec.str(t.m_name))) != std::string::npos);
    }
  }
  CHECK(deadlocks >= 2);  // the kit's deadlock case and the pitfalls lesson
}

TEST_CASE("cursor movements on the Lock lesson") {
  auto r = record((kSource / "lessons/06_synchronisation/01_lock.py").string());
  REQUIRE(r->code == 0);
  Timeline tl(r->rec);
  Cursor c(tl);
  const Recording& rec = r->rec;
  const Snapshot& end = tl.head();
  Ref main = find_task(end, rec, "Task-1");
  Ref ana = find_task(end, rec, "Task-2");
  Ref ben = find_task(end, rec, "Task-3");
  REQUIRE(main != 0);
  REQUIRE(ana != 0);
  REQUIRE(ben != 0);

  SUBCASE("three F10 steps: main's first step, then Ana's, then Ben's") {
    CHECK(c.handle_run(Cursor::Dir::Forward));
    CHECK(c.current()->m_kind == EventKind::HandleRunBegin);
    CHECK(c.snapshot().m_running_handle.m_target == main);
    std::size_t first = c.position();
    CHECK(c.handle_run(Cursor::Dir::Forward));
    CHECK(c.snapshot().m_running_handle.m_target == ana);
    // Main is now waiting for the gather of the three baristas, at line 43.
    const TaskInfo* m = c.snapshot().task(main);
    CHECK(m->m_state == TaskState::Waiting);
    CHECK(m->m_await_line == 43);
    CHECK(c.snapshot().ready_size() == 2);
    CHECK(c.handle_run(Cursor::Dir::Forward));
    CHECK(c.snapshot().m_running_handle.m_target == ben);
    // Ana holds the lock and sleeps; a timer for t=2 is in the heap.
    REQUIRE(c.snapshot().m_prims.size() == 1);
    CHECK(c.snapshot().m_prims[0].m_owner == ana);
    REQUIRE(c.snapshot().m_timers.size() == 1);
    CHECK(c.snapshot().m_timers[0].m_when == 2.0);
    // And back: two steps back is the first step again.
    CHECK(c.handle_run(Cursor::Dir::Backward));
    CHECK(c.handle_run(Cursor::Dir::Backward));
    CHECK(c.position() == first);
    CHECK_FALSE(c.handle_run(Cursor::Dir::Backward));
  }
  SUBCASE("next line of one task walks Ana through her coroutine") {
    std::vector<std::uint32_t> lines;
    while (c.task_line(Cursor::Dir::Forward, ana)) {
      CHECK(c.current()->m_kind == EventKind::LineReached);
      CHECK(c.snapshot().task(ana)->m_line == c.current()->m_b);
      lines.push_back(c.current()->m_b);
    }
    // print, async with (takes the lock), print, sleep; resumed at sleep, print, leaving async with.
    CHECK(lines == std::vector<std::uint32_t>{32, 34, 35, 36, 36, 38, 34});
    // Backward visits the same lines in reverse.
    std::vector<std::uint32_t> back;
    c.to_end();
    while (c.task_line(Cursor::Dir::Backward, ana)) back.push_back(c.current()->m_b);
    std::reverse(back.begin(), back.end());
    CHECK(back == lines);
  }
  SUBCASE("until Ben suspends: he waits for the lock Ana holds") {
    CHECK(c.task_stop(Cursor::Dir::Forward, ben));
    CHECK(c.current()->m_kind == EventKind::TaskSuspended);
    const TaskInfo* b = c.snapshot().task(ben);
    CHECK(b->m_state == TaskState::Waiting);
    CHECK(b->m_waiting_prim == make_ref(RefKind::Prim, 1));
    CHECK(c.snapshot().waits_on(ben) == std::vector<Ref>{make_ref(RefKind::Prim, 1)});
    CHECK(c.snapshot().m_prims[0].m_waiters.size() == 1);
  }
  SUBCASE("to the event that printed output line N") {
    std::vector<std::string> lines;
    std::istringstream in(r->run_out);
    for (std::string l; std::getline(in, l);) lines.push_back(l + "\n");
    REQUIRE(lines.size() == 9);
    for (std::size_t n = lines.size(); n-- > 0;) {
      CAPTURE(n);
      REQUIRE(c.to_output_line(n));
      const Event* e = c.current();
      REQUIRE(e->m_kind == EventKind::OutputWritten);
      CHECK(rec.str(e->m_a) == lines[n]);
      CHECK(c.snapshot().m_output_count > 0);
    }
    // Line 4 is "Ana is done with the machine", printed by Ana at t=2.
    REQUIRE(c.to_output_line(4));
    CHECK(c.current()->m_b == ana);
    CHECK(c.snapshot().m_clock == 2.0);
    CHECK_FALSE(c.to_output_line(9));
  }
  SUBCASE("clock changes: 0 -> 2 -> 4 -> 6") {
    std::vector<double> times;
    while (c.clock_change(Cursor::Dir::Forward)) times.push_back(c.snapshot().m_clock);
    CHECK(times == std::vector<double>{2.0, 4.0, 6.0});
  }
}

TEST_CASE("the event cap ends a never-ending program with a clear message and exit code 6") {
  fs::path prog = fs::temp_directory_path() / "loopscope_trace_forever.py";
  {
    std::ofstream f(prog);
    f << "import asyncio\n\nasync def main():\n    while True:\n        await asyncio.sleep(1)\n\nasyncio.run(main())\n";
  }
  Recording rec;
  RecorderOptions ro;
  ro.max_events = 3000;
  int code = record_file(prog.string(), {}, rec, ro, nullptr, nullptr);
  CHECK(code == 6);
  CHECK(rec.size() <= 3000);
  CHECK(rec.size() >= 2999);
  REQUIRE(rec.finished());
  CHECK(RunEnd(rec.back().m_flag) == RunEnd::EventCap);
  CHECK(rec.str(rec.back().m_b) == "RecordingLimit: the recording stopped after " + std::to_string(rec.size()) +
                                       " events (the event cap); this lesson may never end");
  // The process goes on: a second run in the same process records normally.
  Recording again;
  CHECK(record_file((kSource / "lessons/06_synchronisation/01_lock.py").string(), {}, again, {}, nullptr, nullptr) == 0);
  CHECK(RunEnd(again.back().m_flag) == RunEnd::Normal);
}

TEST_CASE("a lazy recording runs ahead only as far as asked, and stops when dropped") {
  fs::path prog = fs::temp_directory_path() / "loopscope_trace_forever_lazy.py";
  {
    std::ofstream f(prog);
    f << "import asyncio\n\nasync def main():\n    n = 0\n    while True:\n        n += 1\n        print(n)\n"
         "        await asyncio.sleep(1)\n\nasyncio.run(main())\n";
  }
  {
    LiveRecording live(prog.string(), {}, {}, 500);
    live.demand(1200);
    CHECK_FALSE(live.finished());
    CHECK(live.recording().size() >= 1200);
    CHECK(live.recording().size() < 1200 + 500 + 64);
    Timeline tl(live.recording());
    Cursor c(tl);
    c.m_demand = [&](std::size_t n) { live.demand(n); };
    // Output line 300 is beyond what was recorded: the cursor pulls more.
    REQUIRE(c.to_output_line(300));
    CHECK(live.recording().str(c.current()->m_a) == "301\n");
    CHECK_FALSE(live.finished());
  }  // destroying it stops the engine thread
  // With a cap, to_end() reaches the cap's RunEnded.
  LiveRecording capped(prog.string(), {}, RecorderOptions{5000}, 1000);
  Timeline tl(capped.recording());
  Cursor c(tl);
  c.m_demand = [&](std::size_t n) { capped.demand(n); };
  c.to_end();
  CHECK(capped.finished());
  CHECK(capped.exit_code() == 6);
  CHECK(c.snapshot().m_ended);
  CHECK(c.snapshot().m_end_reason == RunEnd::EventCap);
}

TEST_CASE("a never-awaited coroutine is recorded as a warning before its message is printed") {
  std::size_t seen = 0;
  for (auto& r : corpus_runs()) {
    if (r->run_err.find("was never awaited") == std::string::npos) continue;
    CAPTURE(short_name(r->path));
    ++seen;
    std::size_t warning = 0, first_stderr = 0;
    for (std::size_t i = 0; i < r->rec.size(); ++i) {
      const Event& e = r->rec[i];
      if (e.m_kind == EventKind::Warning && !warning) {
        warning = i + 1;
        CHECK(r->rec.str(e.m_a).starts_with("RuntimeWarning: coroutine '"));
        CHECK(r->rec.str(e.m_a).ends_with("' was never awaited"));
      }
      if (e.m_kind == EventKind::OutputWritten && e.m_flag == std::uint8_t(Stream::Stderr) &&
          r->rec.str(e.m_a).find("was never awaited") != std::string_view::npos && !first_stderr)
        first_stderr = i + 1;
    }
    CHECK(warning != 0);
    CHECK(warning < first_stderr);
    Timeline tl(r->rec);
    CHECK(tl.head().m_warning_count > 0);
  }
  CHECK(seen >= 2);  // the kit's never-awaited case and the lesson
}

TEST_CASE("line events belong to the lesson's own file, not to a module it imports") {
  fs::path dir = fs::temp_directory_path() / "loopscope_trace_import";
  fs::create_directories(dir);
  {
    std::ofstream h(dir / "helper_mod.py");
    h << "# helper\n\n\n\n\n\n\n\n\n\ndef twice(x):\n    y = x * 2\n    return y\n";
    std::ofstream m(dir / "main.py");
    m << "import helper_mod\n"
         "a = helper_mod.twice(1)\n"
         "b = helper_mod.twice(a)\n"
         "print(a, b)\n";
  }
  Recording rec;
  std::ostringstream out;
  REQUIRE(record_file((dir / "main.py").string(), {}, rec, {}, &out, nullptr) == 0);
  CHECK(out.str() == "2 4\n");
  std::vector<std::uint32_t> lines;
  for (std::size_t i = 0; i < rec.size(); ++i)
    if (rec[i].m_kind == EventKind::LineReached) lines.push_back(rec[i].m_b);
  CHECK(lines == std::vector<std::uint32_t>{1, 2, 3, 4});
}

TEST_CASE("a cancellation asked by a TaskGroup or a timeout remembers the callback that asked") {
  struct Want {
    const char* lesson;
    const char* cause;  // describe_handle's words for the callback
  };
  const Want wants[] = {
      {"lessons/03_running_many/05_taskgroup_failure.py", "the TaskGroup's check of "},
      {"lessons/04_cancellation_and_timeouts/06_timeout_block.py", "the deadline of an asyncio.timeout() block"},
  };
  for (const Want& w : wants) {
    CAPTURE(w.lesson);
    auto r = record((kSource / w.lesson).string());
    Timeline tl(r->rec);
    bool found = false;
    for (std::size_t i = 0; i < r->rec.size() && !found; ++i) {
      const Event& e = r->rec[i];
      if (e.m_kind != EventKind::CancelRequested || e.m_b != 0) continue;
      Snapshot s = tl.at(i + 1);
      const TaskInfo* t = s.task(e.m_a);
      REQUIRE(t != nullptr);
      CHECK(t->m_cancelled_by == 0);
      REQUIRE(t->m_cancel_cause != 0);
      HandleEntry cause;
      cause.m_callback = t->m_cancel_cause;
      cause.m_target = t->m_cancel_cause_target;
      CHECK(describe_handle(cause, s, r->rec).find(w.cause) != std::string::npos);
      found = true;
    }
    CHECK(found);
  }
}
