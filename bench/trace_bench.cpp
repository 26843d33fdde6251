// Google Benchmark for engine/trace: recording cost, bytes per event, seeking in a 1,000,000-event
// recording, and (with the engine) recording overhead on the asyncio programs in bench/programs.
#include <benchmark/benchmark.h>

#include <random>
#include <sstream>

#include "engine/trace/timeline.h"
#include "tests/trace/synthetic.h"

#ifdef LS_BENCH_WITH_ENGINE
#include "engine/lang/interpreter.h"
#include "engine/trace/vm/trace_run.h"
#endif

using namespace ls::trace;
using namespace ls::trace::testing;

namespace {

// One shared 1M-event recording (built once).
struct Big {
  Script sc;
  std::unique_ptr<Timeline> tl;
  Big() {
    build_stress(sc, 1'000'000);
    tl = std::make_unique<Timeline>(sc.rec);
  }
};
Big& big() {
  static Big b;
  return b;
}

// Appending events through the Recorder (ClockMoved checks, interning for output).
void BM_RecordEvents(benchmark::State& state) {
  for (auto _ : state) {
    Script sc;
    build_stress(sc, std::size_t(state.range(0)));
    benchmark::DoNotOptimize(sc.rec.size());
    state.counters["bytes_per_event"] = double(sc.rec.bytes()) / double(sc.rec.size());
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_RecordEvents)->Arg(100'000)->Unit(benchmark::kMillisecond);

// Memory of the 1M recording plus its keyframes, per event.
void BM_MemoryPerEvent(benchmark::State& state) {
  Big& b = big();
  for (auto _ : state) benchmark::DoNotOptimize(b.sc.rec.bytes());
  std::size_t key_bytes = b.tl->keyframe_bytes();
  state.counters["events"] = double(b.sc.rec.size());
  state.counters["bytes_per_event"] = double(b.sc.rec.bytes()) / double(b.sc.rec.size());
  state.counters["keyframes"] = double(b.tl->keyframe_count());
  state.counters["keyframe_bytes_per_event"] = double(key_bytes) / double(b.sc.rec.size());
}
BENCHMARK(BM_MemoryPerEvent);

// Seek to random steps (a fresh snapshot each time: the worst case, no reuse).
void BM_SeekRandom(benchmark::State& state) {
  Big& b = big();
  std::mt19937_64 rng(42);
  std::uniform_int_distribution<std::size_t> pick(0, b.sc.rec.size());
  for (auto _ : state) {
    Snapshot s = b.tl->at(pick(rng));
    benchmark::DoNotOptimize(s.m_index);
  }
}
BENCHMARK(BM_SeekRandom)->Unit(benchmark::kMicrosecond);

// Seek one step backward from a random place (what "previous event" costs).
void BM_SeekBackOneStep(benchmark::State& state) {
  Big& b = big();
  std::mt19937_64 rng(7);
  std::uniform_int_distribution<std::size_t> pick(1, b.sc.rec.size());
  Snapshot s;
  for (auto _ : state) {
    std::size_t at = pick(rng);
    state.PauseTiming();
    b.tl->seek(s, at);
    state.ResumeTiming();
    b.tl->seek(s, at - 1);
    benchmark::DoNotOptimize(s.m_index);
  }
}
BENCHMARK(BM_SeekBackOneStep)->Unit(benchmark::kMicrosecond);

#ifdef LS_BENCH_WITH_ENGINE
// A bench program run plainly (arg 0) or recorded (arg 1).
const char* const kPrograms[] = {"lock_contention.py", "queue_pingpong.py", "tasks_gather.py"};

void BM_Program(benchmark::State& state) {
  std::string path = std::string(LOOPSCOPE_SOURCE_DIR) + "/bench/programs/" + kPrograms[state.range(0)];
  bool record = state.range(1) != 0;
  std::size_t events = 0, bytes = 0;
  for (auto _ : state) {
    std::ostringstream out, err;
    ls::lang::RunOptions opts;
    opts.argv = {path};
    if (record) {
      Recording rec;
      ls::trace::record_file(path, opts, rec, {}, &out, &err);
      events = rec.size();
      bytes = rec.bytes();
    } else {
      ls::lang::run_file(path, opts, out, err);
    }
  }
  state.SetLabel(std::string(kPrograms[state.range(0)]) + (record ? " recorded" : " plain"));
  state.counters["events"] = double(events);
  if (events) state.counters["bytes_per_event"] = double(bytes) / double(events);  // events + strings + indices
}
BENCHMARK(BM_Program)->ArgsProduct({{0, 1, 2}, {0, 1}})->Unit(benchmark::kMillisecond)->Iterations(3);
#endif

}  // namespace

BENCHMARK_MAIN();
