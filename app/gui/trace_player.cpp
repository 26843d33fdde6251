// The real Player over a recorded run (see trace_player.h).
//
// Index: loading · Player commands · moves · indexes · predict mode
#include "app/gui/trace_player.h"

#include <algorithm>

#include "engine/trace/explain.h"
#include "engine/trace/vm/trace_run.h"

namespace ls::gui {

using trace::Event;
using trace::EventKind;
using trace::Ref;
using trace::RefKind;
using Dir = trace::Cursor::Dir;
using trace::ref_index;
using trace::ref_kind;

namespace {

constexpr std::size_t kFirstSlice = 1u << 18;        // events recorded before the first frame shows them
constexpr std::size_t kEngineSlice = 1u << 14;       // the engine runs this far ahead of a demand
constexpr std::size_t kMaxEvents = 8'000'000;        // the app's event cap (about 200 MB)
constexpr std::uint32_t kOpen = 0xFFFFFFFFu;         // segment end of a stretch still going on

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

}  // namespace

const char* lane_state_text(LaneState s) {
  switch (s) {
    case LaneState::Pending: return "created, first step queued";
    case LaneState::Running: return "running";
    case LaneState::Ready: return "yielded: ready again next pass";
    case LaneState::Sleeping: return "waiting for a timer";
    case LaneState::OnTask: return "waiting for other tasks";
    case LaneState::OnPrim: return "blocked on a lock, event, semaphore or queue";
    case LaneState::OnFuture: return "waiting for a future";
  }
  return "";
}

// ---- loading ---------------------------------------------------------------------------------

// The first slice is recorded on a loader thread so that opening a lesson never blocks a frame.
// The VM runs one program at a time (its interpreter state and the trace sink are global), so
// a player is destroyed only after its loader finished, and the LiveRecording's destructor stops
// and joins the engine thread before another recording can start.
TracePlayer::TracePlayer(std::string path, std::optional<std::string> source) {
  lang::RunOptions options;
  options.argv = {path};
  options.source = std::move(source);
  m_live = std::make_shared<trace::LiveRecording>(path, options, trace::RecorderOptions{kMaxEvents}, kEngineSlice);
  m_rec = &m_live->recording();
  auto live = m_live;
  auto loaded = m_loaded;
  m_loader = std::thread([live, loaded] {
    live->demand(kFirstSlice);
    loaded->store(true);
  });
}

TracePlayer::TracePlayer(const trace::Recording& rec) : m_rec(&rec) {
  m_loaded->store(true);
  ready();
}

TracePlayer::~TracePlayer() {
  if (m_loader.joinable()) m_loader.join();
}

bool TracePlayer::ready() {
  if (m_ready) return true;
  if (!m_loaded->load()) return false;
  if (m_loader.joinable()) m_loader.join();
  m_timeline = std::make_unique<trace::Timeline>(*m_rec);
  m_cursor = std::make_unique<trace::Cursor>(*m_timeline);
  if (m_live) m_cursor->m_demand = [this](std::size_t n) { demand(n); };
  index_events(0);
  m_ready = true;
  moved();
  return true;
}

bool TracePlayer::wait_ready() {
  while (!ready()) std::this_thread::sleep_for(std::chrono::milliseconds(2));
  return true;
}

bool TracePlayer::complete() const { return m_ready && m_rec->finished(); }

void TracePlayer::demand(std::size_t count) {
  if (!m_live || m_rec->finished()) return;
  m_live->demand(count);
  index_events(m_indexed);
}

// ---- Player commands -------------------------------------------------------------------------

bool TracePlayer::apply(PlayerCommand command) {
  if (!ready()) return false;
  if (command != PlayerCommand::PlayPause && command != PlayerCommand::StepLoop) m_playing = false;
  bool moved_ok = false;
  switch (command) {
    case PlayerCommand::None: return false;
    case PlayerCommand::PlayPause:
      if (!m_playing && complete() && position() >= m_timeline->size()) m_cursor->to_start();
      m_playing = !m_playing;
      m_play_credit = 1;  // the first step comes at once
      moved();
      return true;
    case PlayerCommand::StepLoop:
      m_playing = false;
      return step_loop();
    case PlayerCommand::StepLine: moved_ok = m_cursor->line(Dir::Forward); break;
    case PlayerCommand::StepOut: {
      Ref t = focus_task();
      moved_ok = t ? m_cursor->task_stop(Dir::Forward, t) : m_cursor->handle_run(Dir::Forward);
      break;
    }
    case PlayerCommand::StepBack:
      moved_ok = m_cursor->handle_run(Dir::Backward);
      if (!moved_ok && position() > 0) {
        m_cursor->to_start();
        moved_ok = true;
      }
      break;
    case PlayerCommand::GoStart:
      moved_ok = position() > 0;
      m_cursor->to_start();
      break;
    case PlayerCommand::GoEnd:
      m_cursor->to_end();
      index_events(m_indexed);
      moved_ok = true;
      break;
    case PlayerCommand::NextClock: moved_ok = m_cursor->clock_change(Dir::Forward); break;
  }
  m_prediction.asking = false;
  if (moved_ok) moved();
  return moved_ok;
}

void TracePlayer::seek(std::int64_t index) {
  if (!ready()) return;
  m_prediction.asking = false;
  m_cursor->seek(static_cast<std::size_t>(std::clamp<std::int64_t>(index, 0, event_count())));
  moved();
}

Cursor TracePlayer::cursor() const {
  if (!m_ready) return {};
  const std::size_t p = m_cursor->position();
  return {static_cast<std::int64_t>(p), handle_runs_at(p), m_cursor->snapshot().m_clock};
}

std::int64_t TracePlayer::event_count() const {
  return m_ready ? static_cast<std::int64_t>(m_timeline->size()) : 0;
}

void TracePlayer::tick(double dt) {
  if (!ready() || !m_playing) return;
  m_play_credit += dt * m_speed;
  for (int n = 0; m_play_credit >= 1 && n < 64; ++n) {
    m_play_credit -= 1;
    if (!step_loop() || m_prediction.asking) {
      m_playing = false;  // the end of the run, or a question to answer
      break;
    }
  }
  if (m_play_credit > 1) m_play_credit = 1;
}

// ---- moves -----------------------------------------------------------------------------------

// Predict mode asks at the moment the loop chooses: the cursor goes to just before the next
// handle run, where the ready queue holds the candidates, and waits for the learner's pick.
bool TracePlayer::step_loop() {
  if (m_prediction.asking) return true;  // waits for the answer
  if (m_predict) {
    std::int64_t done = handle_runs_at(position());
    if (done >= total_handle_runs() && m_live && !m_rec->finished()) demand(m_rec->size() + kEngineSlice);
    if (done < total_handle_runs()) {
      const std::uint32_t begin = m_run_begins[static_cast<std::size_t>(done)];
      const trace::Snapshot at = m_timeline->at(begin);
      std::vector<Ref> choices;
      Ref answer = 0;
      for (std::size_t i = 0; i < at.ready_size(); ++i) {
        const trace::HandleEntry& h = at.ready_at(i);
        if (h.m_cancelled || !h.m_target) continue;
        if (h.m_handle == (*m_rec)[begin].m_a) answer = h.m_target;
        if (std::find(choices.begin(), choices.end(), h.m_target) == choices.end()) choices.push_back(h.m_target);
      }
      if (choices.size() >= 2 && answer) {
        m_cursor->seek(begin);
        m_prediction.asking = true;
        m_prediction.choices = std::move(choices);
        m_prediction.answer = answer;
        m_prediction.verdict.clear();
        m_playing = false;
        moved();
        return true;
      }
    }
  }
  if (!m_cursor->handle_run(Dir::Forward)) return false;
  moved();
  return true;
}

bool TracePlayer::goto_handle_runs(std::int64_t n) {
  if (!wait_ready()) return false;
  if (n <= 0) {
    m_cursor->to_start();
    moved();
    return true;
  }
  while (static_cast<std::int64_t>(m_run_begins.size()) < n && m_live && !m_rec->finished()) {
    std::size_t before = m_rec->size();
    demand(before + (1u << 18));
    if (m_rec->size() == before) break;
  }
  bool ok = static_cast<std::int64_t>(m_run_begins.size()) >= n;
  if (ok)
    m_cursor->seek(m_run_begins[static_cast<std::size_t>(n - 1)] + 1);
  else
    m_cursor->to_end();
  moved();
  return ok;
}

void TracePlayer::moved() { ++m_version; }

bool TracePlayer::run_to_line(int line) {
  if (!ready() || line <= 0) return false;
  m_playing = false;
  m_prediction.asking = false;
  auto at_line = [line](const Event& e) { return e.m_kind == EventKind::LineReached && e.m_b == static_cast<std::uint32_t>(line); };
  const std::size_t from = position();
  bool ok = m_cursor->find(Dir::Forward, at_line);
  if (!ok) {
    m_cursor->to_start();
    ok = m_cursor->find(Dir::Forward, at_line);
    if (!ok) m_cursor->seek(from);
  }
  moved();
  return ok;
}

Ref TracePlayer::focus_task() const {
  const trace::Snapshot& s = snapshot();
  auto alive = [&](Ref t) {
    const trace::TaskInfo* ti = s.task(t);
    return ti && ti->m_state != trace::TaskState::Done && ti->m_state != trace::TaskState::Raised &&
           ti->m_state != trace::TaskState::Cancelled;
  };
  if (m_selected && alive(m_selected)) return m_selected;
  if (Ref r = s.running_task()) return r;
  Ref next = next_runner();
  if (next && ref_kind(next) == RefKind::Task && alive(next)) return next;
  return 0;
}

// What the next handle run belongs to: its task, or the future its callback completes.
Ref TracePlayer::next_runner() const {
  const std::size_t p = position();
  const std::int64_t done = handle_runs_at(p);
  if (done >= total_handle_runs()) return 0;
  const std::uint32_t at = m_run_begins[static_cast<std::size_t>(done)];
  const Ref handle = (*m_rec)[at].m_a;
  const trace::Snapshot& s = snapshot();
  for (std::size_t i = 0; i < s.ready_size(); ++i)
    if (s.ready_at(i).m_handle == handle) return s.ready_at(i).m_target;
  return m_timeline->at(at + 1).m_running_handle.m_target;
}

const std::string& TracePlayer::explanation() {
  const std::size_t p = position();
  if (p == m_explained_at) return m_explanation;
  m_explained_at = p;
  if (!m_ready || p == 0) {
    m_explanation = "The run is recorded. Press F10 for the first event-loop step, F11 for the first line.";
  } else {
    trace::Snapshot before = m_timeline->at(p - 1);
    m_explanation = trace::explain((*m_rec)[p - 1], before, *m_rec);
  }
  return m_explanation;
}

// ---- indexes ---------------------------------------------------------------------------------

std::int64_t TracePlayer::handle_runs_at(std::size_t position) const {
  return std::lower_bound(m_run_begins.begin(), m_run_begins.end(), position) - m_run_begins.begin();
}

std::size_t TracePlayer::handle_run_event(std::int64_t n) const {
  if (n < 1 || n > total_handle_runs()) return m_indexed;
  return m_run_begins[static_cast<std::size_t>(n - 1)];
}

double TracePlayer::time_at(std::size_t position) const {
  auto it = std::lower_bound(m_clock_moves.begin(), m_clock_moves.end(), position,
                             [](const std::pair<std::uint32_t, double>& m, std::size_t p) { return m.first < p; });
  return it == m_clock_moves.begin() ? 0.0 : std::prev(it)->second;
}

std::size_t TracePlayer::position_at_time(double t) const {
  auto it = std::lower_bound(m_clock_moves.begin(), m_clock_moves.end(), t,
                             [](const std::pair<std::uint32_t, double>& m, double v) { return m.second < v; });
  if (t <= 0) return 0;
  if (it == m_clock_moves.end()) return m_indexed;
  return it->first + 1;
}

// Cached per cursor move: resolving a gather of thousands of tasks every frame would dominate.
std::string TracePlayer::waits_text(Ref task) const {
  if (m_waits_version != m_version) {
    m_waits_cache.clear();
    m_waits_version = m_version;
  }
  if (auto it = m_waits_cache.find(task); it != m_waits_cache.end()) return it->second;
  std::string text = compute_waits_text(task);
  m_waits_cache.emplace(task, text);
  return text;
}

std::string TracePlayer::compute_waits_text(Ref task) const {
  const trace::Snapshot& s = snapshot();
  const trace::TaskInfo* t = s.task(task);
  if (!t) return {};
  if (t->m_waiting_prim) return trace::ref_name(s, *m_rec, t->m_waiting_prim);
  if (!t->m_awaits) return {};
  std::vector<Ref> on = s.waits_on(task);
  std::string out;
  if (on.empty() || (on.size() == 1 && on[0] == t->m_awaits)) return trace::ref_name(s, *m_rec, t->m_awaits);
  out = trace::ref_name(s, *m_rec, t->m_awaits) + " \xE2\x86\x92 ";
  for (std::size_t i = 0; i < on.size() && i < 4; ++i) out += (i ? ", " : "") + trace::ref_name(s, *m_rec, on[i]);
  if (on.size() > 4) out += ", +" + std::to_string(on.size() - 4);
  return out;
}

// One pass over the events recorded since the last call: handle runs, clock moves, console
// lines and the task lanes. Called whenever the recording grows, never per frame.
void TracePlayer::index_events(std::size_t from) {
  const trace::Recording& rec = *m_rec;
  const std::size_t n = rec.size();
  std::vector<trace::StrId>& labels = m_future_labels;
  auto lane = [&](Ref t) -> TaskLane* {
    if (ref_kind(t) != RefKind::Task || ref_index(t) == 0) return nullptr;
    std::size_t i = ref_index(t) - 1;
    if (i >= m_lanes.size()) {
      m_lanes.resize(i + 1);
      m_task_prim_wait.resize(i + 1, 0);
    }
    return &m_lanes[i];
  };
  auto open = [&](TaskLane& l, std::uint32_t at, LaneState st) {
    if (!l.segments.empty() && l.segments.back().end == kOpen) l.segments.back().end = at;
    l.segments.push_back({at, kOpen, st});
  };
  auto close = [&](TaskLane& l, std::uint32_t at) {
    if (!l.segments.empty() && l.segments.back().end == kOpen) l.segments.back().end = at;
  };
  for (std::size_t i = from; i < n; ++i) {
    const Event& e = rec[i];
    const auto at = static_cast<std::uint32_t>(i);
    switch (e.m_kind) {
      case EventKind::HandleRunBegin: m_run_begins.push_back(at); break;
      case EventKind::ClockMoved: m_clock_moves.push_back({at, e.time()}); break;
      case EventKind::FutureCreated: {
        std::size_t fi = ref_index(e.m_a);
        if (fi >= labels.size()) labels.resize(fi + 1, 0);
        labels[fi] = e.m_b;
        break;
      }
      case EventKind::OutputWritten: {
        const bool err = e.m_flag == static_cast<std::uint8_t>(trace::Stream::Stderr);
        std::string_view text = rec.str(e.m_a);
        if (TaskLane* l = lane(e.m_b)) l->marks.push_back({at, LaneMarkKind::Print});
        for (char c : text) {
          if (!m_console_open_line || m_console.back().to_stderr != err) {
            m_console.push_back({at, e.time(), e.m_b, err, {}});
            m_console_open_line = true;
          }
          if (c == '\n')
            m_console_open_line = false;
          else
            m_console.back().text += c;
        }
        break;
      }
      case EventKind::TaskCreated:
        if (TaskLane* l = lane(e.m_a)) {
          l->created = at;
          open(*l, at, LaneState::Pending);
        }
        break;
      case EventKind::TaskStepBegan:
        if (TaskLane* l = lane(e.m_a)) open(*l, at, LaneState::Running);
        break;
      case EventKind::PrimWaiting:
        if (lane(e.m_b)) m_task_prim_wait[ref_index(e.m_b) - 1] = 1;
        break;
      case EventKind::TaskSuspended:
        if (TaskLane* l = lane(e.m_a)) {
          LaneState st = LaneState::OnFuture;
          std::uint8_t& prim = m_task_prim_wait[ref_index(e.m_a) - 1];
          if (!e.m_b) {
            st = LaneState::Ready;
          } else if (prim) {
            st = LaneState::OnPrim;
          } else if (ref_kind(e.m_b) == RefKind::Task) {
            st = LaneState::OnTask;
          } else if (ref_kind(e.m_b) == RefKind::Future) {
            std::size_t fi = ref_index(e.m_b);
            std::string_view label = fi < labels.size() ? rec.str(labels[fi]) : std::string_view();
            if (contains(label, "sleep") || contains(label, "timeout") || contains(label, "wait_for"))
              st = LaneState::Sleeping;
            else if (contains(label, "gather") || contains(label, "wait") || contains(label, "shield") ||
                     contains(label, "completed") || contains(label, "Group"))
              st = LaneState::OnTask;
            else if (contains(label, "Lock") || contains(label, "Event") || contains(label, "Condition") ||
                     contains(label, "Semaphore") || contains(label, "Queue") || contains(label, "Barrier"))
              st = LaneState::OnPrim;
          }
          prim = 0;
          open(*l, at, st);
        }
        break;
      case EventKind::TaskDone:
      case EventKind::TaskRaised:
      case EventKind::TaskCancelled:
        if (TaskLane* l = lane(e.m_a)) {
          close(*l, at);
          l->ended = at;
          l->marks.push_back({at, e.m_kind == EventKind::TaskDone     ? LaneMarkKind::Done
                                  : e.m_kind == EventKind::TaskRaised ? LaneMarkKind::Raised
                                                                      : LaneMarkKind::Cancelled});
        }
        break;
      case EventKind::CancelRequested:
        if (TaskLane* l = lane(e.m_a)) l->marks.push_back({at, LaneMarkKind::CancelRequested});
        break;
      case EventKind::CancelDelivered:
        if (TaskLane* l = lane(e.m_a)) l->marks.push_back({at, LaneMarkKind::CancelDelivered});
        break;
      default: break;
    }
  }
  m_indexed = n;
}

// ---- predict mode ----------------------------------------------------------------------------

void TracePlayer::set_predict_mode(bool on) {
  m_predict = on;
  m_prediction.asking = false;
  m_prediction.verdict.clear();
  ++m_version;
}

void TracePlayer::answer(Ref choice) {
  if (!m_prediction.asking) return;
  const trace::Snapshot& s = snapshot();
  const bool right = choice == m_prediction.answer;
  ++m_prediction.asked;
  if (right) ++m_prediction.right;
  m_prediction.last_right = right;
  std::string real = trace::ref_name(s, *m_rec, m_prediction.answer);
  m_prediction.verdict =
      right ? "Right: " + real + " runs next. The ready queue is first in, first out."
            : "Not quite: " + real + " runs next, not " + trace::ref_name(s, *m_rec, choice) +
                  ". The loop always runs the handle at the front of the ready queue.";
  m_prediction.asking = false;
  if (m_cursor->handle_run(Dir::Forward)) moved();
}

}  // namespace ls::gui
