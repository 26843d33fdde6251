// Recorded runs: a whole run at once (CLI), or lazily on an engine thread that runs ahead only
// as far as the consumer (the app's cursor) asks.
#pragma once
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <iosfwd>
#include <mutex>
#include <string>
#include <thread>

#include "engine/lang/interpreter.h"
#include "engine/trace/recorder.h"
#include "engine/trace/recording.h"

namespace ls::trace {

// Runs the program at 'path' while recording every event into 'rec' (which ends with RunEnded).
// Program stdout/stderr are forwarded to 'out'/'err' (may be null). Returns the exit code.
// 'setup' runs once the recorder exists, before the program starts (to attach hooks).
int record_file(const std::string& path, const lang::RunOptions& options, Recording& rec,
                RecorderOptions recorder_options, std::ostream* out, std::ostream* err,
                const std::function<void(Recorder&)>& setup = {});

// The exit-code -> RunEnd mapping used for the RunEnded event (the event cap and a stopped lazy
// recording are told apart by the recorder, not by the code).
RunEnd run_end_reason(int exit_code);

// A recording made on demand. The engine thread parks after each slice of events until the
// consumer asks for more with demand(); the recording is only read while the engine is parked
// or finished, so no locking is needed around it.
class LiveRecording {
 public:
  LiveRecording(std::string path, lang::RunOptions options, RecorderOptions recorder_options = {},
                std::size_t slice = 4096);
  ~LiveRecording();  // stops the engine thread (the run ends with RunEnd::Stopped)
  LiveRecording(const LiveRecording&) = delete;
  LiveRecording& operator=(const LiveRecording&) = delete;

  // Makes at least 'count' events available (fewer only when the run ended). Blocks meanwhile.
  void demand(std::size_t count);
  const Recording& recording() const { return m_rec; }
  bool finished();
  int exit_code();

 private:
  void engine_main();
  void park(std::size_t size);  // engine side, after each append

  std::string m_path;
  lang::RunOptions m_options;
  RecorderOptions m_recorder_options;
  std::size_t m_slice;
  Recording m_rec;
  std::mutex m_mutex;
  std::condition_variable m_cv;
  std::size_t m_target;          // the engine runs until the recording has this many events
  bool m_parked = false;
  bool m_done = false;
  bool m_stop = false;
  bool m_aborting = false;       // engine side: the run is being stopped (no more parking)
  Recorder* m_recorder = nullptr;  // engine side: the recorder of the run
  int m_exit_code = 0;
  std::thread m_thread;  // the engine thread (run_file puts the program itself on a large stack)
};

}  // namespace ls::trace
