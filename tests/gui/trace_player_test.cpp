// Tests for the app's TracePlayer over synthetic recordings: keys to cursor moves, --goto, indexes, predict mode.
#include <doctest/doctest.h>

#include "app/gui/session.h"
#include "app/gui/trace_player.h"
#include "tests/trace/synthetic.h"

using namespace ls::gui;
using ls::trace::EventKind;
using ls::trace::make_ref;
using ls::trace::RefKind;
using ls::trace::testing::Script;

namespace {

ls::trace::Ref task(std::uint32_t n) { return make_ref(RefKind::Task, n); }

EventKind current_kind(const TracePlayer& p) { return p.recording()[p.position() - 1].m_kind; }

}  // namespace

TEST_CASE("F10 moves one handle run at a time, and back") {
  Script sc;
  ls::trace::testing::build_sleepers(sc);
  TracePlayer p(sc.rec);
  REQUIRE(p.has_recording());
  CHECK(p.cursor().handle_runs == 0);
  CHECK(p.event_count() == static_cast<std::int64_t>(sc.rec.size()));
  for (int i = 1; i <= 3; ++i) {
    CHECK(p.apply(PlayerCommand::StepLoop));
    CHECK(p.cursor().handle_runs == i);
    CHECK(current_kind(p) == EventKind::HandleRunBegin);
  }
  CHECK(p.apply(PlayerCommand::StepBack));
  CHECK(p.cursor().handle_runs == 2);
  CHECK(current_kind(p) == EventKind::HandleRunBegin);
  CHECK(p.apply(PlayerCommand::GoStart));
  CHECK(p.cursor().event_index == 0);
  CHECK_FALSE(p.apply(PlayerCommand::StepBack));
  CHECK(p.apply(PlayerCommand::GoEnd));
  CHECK(p.cursor().event_index == p.event_count());
  CHECK(p.cursor().handle_runs == p.total_handle_runs());
  CHECK_FALSE(p.apply(PlayerCommand::StepLoop));
}

TEST_CASE("--goto STEP stands just after the STEP-th handle run began") {
  Script sc;
  ls::trace::testing::build_sleepers(sc);
  TracePlayer p(sc.rec);
  SUBCASE("a step in the run") {
    CHECK(p.goto_handle_runs(4));
    CHECK(p.cursor().handle_runs == 4);
    CHECK(p.position() == p.handle_run_event(4) + 1);
    CHECK(p.cursor().virtual_time == 1.0);  // the first timer fired at t=1
  }
  SUBCASE("zero is the start, too far is the end") {
    p.apply(PlayerCommand::StepLoop);
    CHECK(p.goto_handle_runs(0));
    CHECK(p.position() == 0);
    CHECK_FALSE(p.goto_handle_runs(99));
    CHECK(p.position() == static_cast<std::size_t>(p.event_count()));
  }
}

TEST_CASE("F11, Shift+F11 and next clock follow lines, one task's stop and the clock") {
  Script sc;
  ls::trace::testing::build_sleepers(sc);
  TracePlayer p(sc.rec);
  CHECK(p.apply(PlayerCommand::StepLine));
  CHECK(current_kind(p) == EventKind::LineReached);
  CHECK(p.snapshot().m_line == 10);
  SUBCASE("until the running task suspends") {
    CHECK(p.apply(PlayerCommand::StepOut));
    CHECK(current_kind(p) == EventKind::TaskSuspended);
    CHECK(p.recording()[p.position() - 1].m_a == task(1));
  }
  SUBCASE("until the selected task stops") {
    p.goto_handle_runs(2);  // Task-2's first step; Task-3 exists and is selected
    p.select_task(task(3));
    CHECK(p.apply(PlayerCommand::StepOut));
    CHECK(current_kind(p) == EventKind::TaskSuspended);
    CHECK(p.recording()[p.position() - 1].m_a == task(3));
  }
  SUBCASE("next clock change") {
    CHECK(p.apply(PlayerCommand::NextClock));
    CHECK(p.cursor().virtual_time == 1.0);
    CHECK(p.apply(PlayerCommand::NextClock));
    CHECK(p.cursor().virtual_time == 2.0);
    CHECK_FALSE(p.apply(PlayerCommand::NextClock));
  }
}

TEST_CASE("play takes loop steps at the chosen speed and stops at the end") {
  Script sc;
  ls::trace::testing::build_sleepers(sc);
  TracePlayer p(sc.rec);
  p.set_speed(2);
  CHECK(p.apply(PlayerCommand::PlayPause));
  CHECK(p.playing());
  p.tick(0.0);  // the first step comes at once
  CHECK(p.cursor().handle_runs == 1);
  p.tick(0.5);  // 2 steps per second: one more
  CHECK(p.cursor().handle_runs == 2);
  p.tick(100);
  CHECK_FALSE(p.playing());
  CHECK(p.cursor().handle_runs == p.total_handle_runs());
}

TEST_CASE("the indexes: console lines with time and task, lanes, time lookups") {
  Script sc;
  ls::trace::testing::build_sleepers(sc);
  TracePlayer p(sc.rec);
  const auto& lines = p.console();
  REQUIRE(lines.size() == 5);
  CHECK(lines[0].text == "start 1");  // written in two pieces
  CHECK(lines[0].task == task(2));
  CHECK(lines[3].text == "end 2");
  CHECK(lines[3].time == 2.0);
  CHECK(lines[4].text == "[1, 2]");
  REQUIRE(p.lanes().size() == 3);
  const TaskLane& worker = p.lanes()[1];
  REQUIRE(worker.segments.size() == 4);
  CHECK(worker.segments[0].state == LaneState::Pending);
  CHECK(worker.segments[1].state == LaneState::Running);
  CHECK(worker.segments[2].state == LaneState::Sleeping);
  CHECK(worker.segments[3].state == LaneState::Running);
  CHECK(worker.ended > 0);
  CHECK(worker.marks.back().kind == LaneMarkKind::Done);
  CHECK(p.lanes()[0].segments[2].state == LaneState::OnTask);  // main awaits the gather
  CHECK(p.time_at(0) == 0.0);
  CHECK(p.time_at(static_cast<std::size_t>(p.event_count())) == 2.0);
  std::size_t at1 = p.position_at_time(1.0);
  CHECK(p.time_at(at1) == 1.0);
  CHECK(p.time_at(at1 - 1) == 0.0);
}

TEST_CASE("predict mode asks before a step with a choice, scores, then steps") {
  Script sc;
  ls::trace::testing::build_sleepers(sc);
  TracePlayer p(sc.rec);
  p.set_predict_mode(true);
  CHECK(p.apply(PlayerCommand::StepLoop));  // only main is ready: no question
  CHECK(p.cursor().handle_runs == 1);
  CHECK_FALSE(p.prediction().asking);
  CHECK(p.apply(PlayerCommand::StepLoop));  // Task-2 and Task-3 are ready: which first?
  CHECK(p.prediction().asking);
  CHECK(p.position() == p.handle_run_event(2));  // just before the loop picks: the queue is on screen
  CHECK(p.snapshot().ready_size() == 2);
  CHECK(p.cursor().handle_runs == 1);
  CHECK(p.apply(PlayerCommand::StepLoop));  // no skipping the question
  CHECK(p.cursor().handle_runs == 1);
  REQUIRE(p.prediction().choices.size() == 2);
  CHECK(p.prediction().choices[0] == task(2));
  CHECK(p.prediction().answer == task(2));
  SUBCASE("a wrong answer") {
    p.answer(task(3));
    CHECK(p.prediction().right == 0);
    CHECK(p.prediction().asked == 1);
    CHECK(p.prediction().verdict.rfind("Not quite: Task-2 runs next", 0) == 0);
  }
  SUBCASE("a right answer") {
    p.answer(task(2));
    CHECK(p.prediction().right == 1);
    CHECK_FALSE(p.prediction().last_right == false);
  }
  CHECK_FALSE(p.prediction().asking);
  CHECK(p.cursor().handle_runs == 2);
}

TEST_CASE("the session follows the player: line about to run, task markers, explanation") {
  Script sc;
  ls::trace::testing::build_sleepers(sc);
  Session s;
  s.set_player(std::make_unique<TracePlayer>(sc.rec));
  s.sync();
  REQUIRE(s.trace() != nullptr);
  s.command(PlayerCommand::StepLine);
  CHECK(s.current_line() == 10);
  CHECK(s.status().find("line 10") != std::string::npos);
  s.command(PlayerCommand::StepLoop);  // Task-2's first step begins
  s.command(PlayerCommand::StepLine);
  CHECK(s.current_line() == 4);
  bool has_task2 = false;
  for (const TaskLine& t : s.task_lines()) has_task2 = has_task2 || (t.task_id == 2 && t.line == 4);
  CHECK(has_task2);
  CHECK(s.player().cursor().handle_runs == 2);
}

TEST_CASE("a deadlock's end becomes an entry of the Errors panel") {
  Script sc;
  ls::trace::testing::build_lock_cycle(sc);
  Session s;
  s.set_player(std::make_unique<TracePlayer>(sc.rec));
  s.sync();
  REQUIRE(s.errors().size() == 1);
  CHECK(s.errors()[0].runtime);
  CHECK(s.errors()[0].kind == "Deadlock");
  CHECK(s.errors()[0].detail.find("Wait-for cycle") != std::string::npos);
}
