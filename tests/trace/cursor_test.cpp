// Cursor movements, forward and backward, and the deadlock explanation.
#include <doctest/doctest.h>

#include "engine/trace/cursor.h"
#include "tests/trace/synthetic.h"

using namespace ls::trace;
using namespace ls::trace::testing;

TEST_CASE("cursor movements go to the matching event and back") {
  Script sc;
  build_sleepers(sc);
  Timeline tl(sc.rec);
  Cursor c(tl);
  Ref t2 = make_ref(RefKind::Task, 2);

  SUBCASE("next and previous event") {
    CHECK_FALSE(c.step(Cursor::Dir::Backward));
    CHECK(c.step(Cursor::Dir::Forward));
    CHECK(c.position() == 1);
    CHECK(c.current()->m_kind == EventKind::TaskCreated);
    CHECK(c.step(Cursor::Dir::Backward));
    CHECK(c.position() == 0);
  }
  SUBCASE("handle runs") {
    CHECK(c.handle_run(Cursor::Dir::Forward));
    CHECK(c.current()->m_kind == EventKind::HandleRunBegin);
    std::size_t first = c.position();
    CHECK(c.handle_run(Cursor::Dir::Forward));
    CHECK(c.position() > first);
    CHECK(c.handle_run(Cursor::Dir::Backward));
    CHECK(c.position() == first);
    CHECK_FALSE(c.handle_run(Cursor::Dir::Backward));
    CHECK(c.position() == first);
  }
  SUBCASE("lines of one task, and until it stops") {
    CHECK(c.task_line(Cursor::Dir::Forward, t2));
    CHECK(c.snapshot().task(t2)->m_line == 4);
    CHECK(c.task_line(Cursor::Dir::Forward, t2));
    CHECK(c.snapshot().task(t2)->m_line == 5);
    CHECK(c.task_stop(Cursor::Dir::Forward, t2));
    CHECK(c.current()->m_kind == EventKind::TaskSuspended);
    CHECK(c.snapshot().task(t2)->m_state == TaskState::Waiting);
    CHECK(c.task_stop(Cursor::Dir::Forward, t2));
    CHECK(c.current()->m_kind == EventKind::TaskDone);
    CHECK(c.task_line(Cursor::Dir::Backward, t2));
    CHECK(c.snapshot().task(t2)->m_line == 6);
  }
  SUBCASE("any line") {
    CHECK(c.line(Cursor::Dir::Forward));
    CHECK(c.snapshot().m_line == 10);
    CHECK(c.line(Cursor::Dir::Forward));
    CHECK(c.snapshot().m_line == 11);
  }
  SUBCASE("clock changes, start and end") {
    CHECK(c.clock_change(Cursor::Dir::Forward));
    CHECK(c.snapshot().m_clock == 1.0);
    CHECK(c.clock_change(Cursor::Dir::Forward));
    CHECK(c.snapshot().m_clock == 2.0);
    CHECK(c.clock_change(Cursor::Dir::Backward));
    CHECK(c.snapshot().m_clock == 1.0);
    c.to_end();
    CHECK(c.position() == sc.rec.size());
    CHECK(c.snapshot().m_ended);
    c.to_start();
    CHECK(c.position() == 0);
  }
  SUBCASE("the event that printed an output line") {
    CHECK(c.to_output_line(1));
    CHECK(sc.rec.str(c.current()->m_a) == "start 2");
    CHECK(c.to_output_line(3));
    CHECK(sc.rec.str(c.current()->m_a) == "end 2\n");
    CHECK(c.snapshot().m_clock == 2.0);
    CHECK_FALSE(c.to_output_line(7));
  }
}

TEST_CASE("a deadlock names the wait-for cycle") {
  Script sc;
  build_lock_cycle(sc);
  Timeline tl(sc.rec);
  const Snapshot& s = tl.head();
  REQUIRE(s.m_ended);
  CHECK(s.m_end_reason == RunEnd::Deadlock);
  CHECK(s.m_deadlock.m_cycle == std::vector<Ref>{make_ref(RefKind::Task, 1), make_ref(RefKind::Task, 2), make_ref(RefKind::Task, 1)});
  CHECK(deadlock_text(s, sc.rec) ==
        "Deadlock: every task is waiting and nothing can wake them.\n"
        "Wait-for cycle: Task-1 waits for Task-2 (Lock 2) waits for Task-1 (Lock 1).\n");
  auto edges = s.await_edges();
  CHECK(edges.size() == 2);
}

TEST_CASE("a deadlock names the event nobody sets and every task stuck on it") {
  Script sc;
  build_event_never_set(sc);
  Timeline tl(sc.rec);
  const Snapshot& s = tl.head();
  CHECK(s.m_deadlock.m_cycle.empty());
  REQUIRE(s.m_deadlock.m_blockers.size() == 1);
  CHECK(deadlock_text(s, sc.rec) ==
        "Deadlock: every task is waiting and nothing can wake them.\n"
        "Event 1 is never set: Task-1 and Task-2 wait for it.\n");
}
