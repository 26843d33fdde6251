// Synthetic event streams (shared by the trace tests) and the reducer's behaviour on them.
#include <doctest/doctest.h>

#include "engine/trace/explain.h"
#include "engine/trace/timeline.h"
#include "tests/trace/synthetic.h"

namespace ls::trace::testing {

void build_sleepers(Script& sc) {
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

void build_lock_cycle(Script& sc) {
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

void build_event_never_set(Script& sc) {
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
void build_stress(Script& sc, std::size_t n) {
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

using namespace ls::trace;
using namespace ls::trace::testing;

TEST_CASE("an event record is 24 bytes") { CHECK(sizeof(Event) == 24); }

TEST_CASE("the reducer follows tasks, the ready queue, timers and output") {
  Script sc;
  build_sleepers(sc);
  Timeline tl(sc.rec);
  const Snapshot& end = tl.head();
  REQUIRE(end.m_tasks.size() == 3);
  CHECK(end.m_tasks[0].m_state == TaskState::Done);
  CHECK(sc.rec.str(end.m_tasks[1].m_outcome) == "1");
  CHECK(end.m_clock == 2.0);
  CHECK(end.m_output_count == 7);
  CHECK(end.m_ended);
  CHECK(end.ready_size() == 0);

  SUBCASE("while the workers sleep, both timers are in the heap in deadline order") {
    // Find the first TaskSuspended of Task-3.
    std::size_t i = 0;
    while (!(sc.rec[i].m_kind == EventKind::TaskSuspended && sc.rec[i].m_a == make_ref(RefKind::Task, 3))) ++i;
    Snapshot s = tl.at(i + 1);
    REQUIRE(s.m_timers.size() == 2);
    CHECK(s.m_timers[0].m_when == 1.0);
    CHECK(s.m_timers[1].m_when == 2.0);
    CHECK(s.task(make_ref(RefKind::Task, 2))->m_state == TaskState::Waiting);
    CHECK(s.task(make_ref(RefKind::Task, 2))->m_line == 5);
    // main waits on the gather future, which stands for both workers.
    auto w = s.waits_on(make_ref(RefKind::Task, 1));
    CHECK(w == std::vector<Ref>{make_ref(RefKind::Task, 3), make_ref(RefKind::Task, 2)});
  }
  SUBCASE("right after the tasks are created, their first steps wait in the ready queue in order") {
    std::size_t i = 0;
    while (sc.rec[i].m_kind != EventKind::TaskSuspended) ++i;
    Snapshot s = tl.at(i + 1);
    REQUIRE(s.ready_size() == 2);
    CHECK(describe_handle(s.ready_at(0), s, sc.rec) == "the next step of Task-2");
    CHECK(describe_handle(s.ready_at(1), s, sc.rec) == "the next step of Task-3");
  }
}

TEST_CASE("seeking backward rebuilds exactly the snapshot reached going forward") {
  Script sc;
  build_stress(sc, 20000);
  Timeline tl(sc.rec);
  CHECK(tl.keyframe_count() > 3);
  std::vector<Snapshot> forward;
  Snapshot s;
  for (std::size_t i = 0; i <= sc.rec.size(); i += 997) {
    tl.seek(s, i);
    forward.push_back(s);
  }
  std::size_t k = forward.size();
  for (std::size_t i = (k - 1) * 997 + 1; i-- > 0;) {
    if (i % 997) continue;
    Snapshot back = tl.at(i);
    CHECK(back == forward[--k]);
  }
  // And a snapshot built by folding every event one by one equals the timeline's.
  Snapshot fold;
  for (std::size_t i = 0; i < 12345; ++i) fold.apply(sc.rec[i]);
  CHECK(fold == tl.at(12345));
}

TEST_CASE("a recording stays under 48 bytes per event") {
  Script sc;
  build_stress(sc, 200000);
  Timeline tl(sc.rec);
  double per_event = double(sc.rec.bytes()) / double(sc.rec.size());
  CHECK(per_event < 48.0);
}
