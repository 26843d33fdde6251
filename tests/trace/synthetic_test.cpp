// Synthetic event streams (shared by the trace tests) and the reducer's behaviour on them.
#include <doctest/doctest.h>

#include "engine/trace/explain.h"
#include "engine/trace/timeline.h"
#include "tests/trace/synthetic.h"


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
  double per_event = double(sc.rec.bytes() + tl.keyframe_bytes()) / double(sc.rec.size());
  CHECK(per_event < 48.0);
}

TEST_CASE("the string table gives each distinct text one id and keeps every text") {
  StringTable table;
  CHECK(table.intern("") == 0);
  CHECK(table.get(0).empty());
  std::vector<StrId> ids;
  for (int i = 0; i < 50000; ++i) ids.push_back(table.intern("item " + std::to_string(i)));
  std::string long_text(40000, 'x');  // longer than a quarter arena block: stored on its own
  long_text += "end";
  StrId long_id = table.intern(long_text);
  StrId after = table.intern("short after long");
  CHECK(table.size() == 50003);
  for (int i = 0; i < 50000; i += 997) {
    CHECK(table.get(ids[size_t(i)]) == "item " + std::to_string(i));
    CHECK(table.intern("item " + std::to_string(i)) == ids[size_t(i)]);
  }
  CHECK(table.get(long_id) == long_text);
  CHECK(table.intern(long_text) == long_id);
  CHECK(table.get(after) == "short after long");
  CHECK(table.intern(std::string_view("item 12\0", 8)) != ids[12]);  // an embedded NUL is part of the text
  CHECK(table.get(StrId(table.size() + 5)).empty());
  CHECK(table.bytes() > 50000 * 6);
}
