// Frame-time statistics for --bench-frames: percentiles of per-frame milliseconds.
#pragma once
#include <string>
#include <vector>

namespace ls::gui {

// The "p"-th percentile (0..100) of "samples" by nearest rank; 0 for no samples.
double percentile(std::vector<double> samples, double p);

// The report --bench-frames prints: frame count, p50/p90/p99 of the whole frame and of ImGui's
// CPU frame building, and the time from process start to the first presented frame.
std::string bench_report(const std::vector<double>& frame_ms, const std::vector<double>& build_ms,
                         double first_frame_ms);

}  // namespace ls::gui
