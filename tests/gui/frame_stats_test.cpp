// Tests for the --bench-frames statistics.
#include <doctest/doctest.h>

#include "app/gui/frame_stats.h"

using namespace ls::gui;

TEST_CASE("percentiles by nearest rank") {
  std::vector<double> v;
  for (int i = 100; i >= 1; --i) v.push_back(i);
  CHECK(percentile(v, 50) == 50);
  CHECK(percentile(v, 90) == 90);
  CHECK(percentile(v, 99) == 99);
  CHECK(percentile(v, 100) == 100);
  CHECK(percentile({}, 50) == 0);
  CHECK(percentile({7}, 99) == 7);
}

TEST_CASE("the bench report names the percentiles and the first frame") {
  std::string r = bench_report({10, 20, 30}, {1, 1, 2}, 123.4);
  CHECK(r.find("frames: 3") != std::string::npos);
  CHECK(r.find("p50 20.00") != std::string::npos);
  CHECK(r.find("first frame: 123.4 ms") != std::string::npos);
}
