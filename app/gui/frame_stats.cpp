// Frame-time statistics for --bench-frames (see frame_stats.h).
#include "app/gui/frame_stats.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ls::gui {

double percentile(std::vector<double> samples, double p) {
  if (samples.empty()) return 0;
  std::sort(samples.begin(), samples.end());
  double rank = std::ceil(p / 100.0 * static_cast<double>(samples.size()));
  std::size_t index = rank < 1 ? 0 : static_cast<std::size_t>(rank) - 1;
  return samples[std::min(index, samples.size() - 1)];
}

std::string bench_report(const std::vector<double>& frame_ms, const std::vector<double>& build_ms,
                         double first_frame_ms) {
  char buf[512];
  double p50 = percentile(frame_ms, 50);
  std::snprintf(buf, sizeof buf,
                "frames: %zu\n"
                "frame ms: p50 %.2f  p90 %.2f  p99 %.2f  (%.0f fps at p50)\n"
                "imgui build ms: p50 %.3f  p90 %.3f  p99 %.3f\n"
                "first frame: %.1f ms after start\n",
                frame_ms.size(), p50, percentile(frame_ms, 90), percentile(frame_ms, 99),
                p50 > 0 ? 1000.0 / p50 : 0.0, percentile(build_ms, 50), percentile(build_ms, 90),
                percentile(build_ms, 99), first_frame_ms);
  return buf;
}

}  // namespace ls::gui
