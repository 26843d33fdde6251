// The JSON Lines and Chrome trace writers: schema, determinism, escaping.
#include <doctest/doctest.h>

#include <sstream>

#include "engine/trace/export.h"
#include "tests/trace/synthetic.h"

using namespace ls::trace;
using namespace ls::trace::testing;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

}  // namespace

TEST_CASE("JSON Lines: a header, then one line per event with index, time, kind, fields and explanation") {
  Script sc;
  sc.rec.m_program = "sleepers.py";
  build_sleepers(sc);
  std::ostringstream out;
  write_json_lines(sc.rec, out);
  auto lines = lines_of(out.str());
  REQUIRE(lines.size() == sc.rec.size() + 1);
  CHECK(lines[0] == "{\"format\":\"loopscope-trace\",\"version\":1,\"program\":\"sleepers.py\",\"max_time\":3600,\"events\":" +
                        std::to_string(sc.rec.size()) + "}");
  CHECK(lines[1] ==
        "{\"i\":0,\"t\":0,\"kind\":\"task_created\",\"task\":\"task:1\",\"name\":\"Task-1\",\"parent\":null,\"coro\":\"main\","
        "\"eager\":false,\"explain\":\"The program creates Task-1 to run main(); its first step is queued.\"}");
  bool saw_timer = false, saw_clock = false;
  for (auto& l : lines) {
    if (l.find("\"kind\":\"timer_added\"") != std::string::npos && l.find("\"when\":2,") != std::string::npos) {
      saw_timer = true;
      CHECK(l.find("Task-3 awaits asyncio.sleep(2): the loop sets a timer for t=2.000 and Task-3 waits.") != std::string::npos);
    }
    if (l.find("\"kind\":\"clock_moved\"") != std::string::npos && l.find("\"to\":1,") != std::string::npos) {
      saw_clock = true;
      CHECK(l.find("\"t\":1,") != std::string::npos);
    }
  }
  CHECK(saw_timer);
  CHECK(saw_clock);
  CHECK(lines.back().find("\"kind\":\"run_ended\"") != std::string::npos);
  CHECK(lines.back().find("\"reason\":\"normal\"") != std::string::npos);
}

TEST_CASE("JSON strings escape quotes, backslashes and control characters") {
  std::string s;
  append_json_string(s, "a\"b\\c\n\x01é");
  CHECK(s == "\"a\\\"b\\\\c\\n\\u0001é\"");
  std::string n;
  append_number(n, 0.1);
  append_number(n, 3600.0);
  CHECK(n == "0.13600");
}

TEST_CASE("the Chrome trace names one track per task and is the same every time") {
  Script a, b;
  build_sleepers(a);
  build_sleepers(b);
  std::ostringstream o1, o2;
  write_chrome_trace(a.rec, o1);
  write_chrome_trace(b.rec, o2);
  CHECK(o1.str() == o2.str());
  std::string t = o1.str();
  CHECK(t.find("\"args\":{\"name\":\"Task-2\"}") != std::string::npos);
  CHECK(t.find("\"name\":\"waiting for asyncio.sleep(1)\"") != std::string::npos);
  CHECK(t.find("\"name\":\"output\"") != std::string::npos);
  // Every B has its E on the same track.
  int depth = 0;
  for (std::size_t p = 0; (p = t.find("\"ph\":\"", p)) != std::string::npos; ++p) {
    char ph = t[p + 6];
    if (ph == 'B') ++depth;
    if (ph == 'E') --depth;
  }
  CHECK(depth == 0);
}
