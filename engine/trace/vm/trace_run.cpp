// Recorded runs of a program: output capture, the RunEnded event, and the lazy engine thread.
#include "engine/trace/vm/trace_run.h"

#include <ostream>
#include <sstream>
#include <streambuf>
#include <system_error>

#include "engine/lang/runtime.h"
#include "engine/trace/vm/trace_module.h"

namespace ls::trace {

namespace {

// A streambuf that records each write as an OutputWritten event and forwards it.
class RecordingBuf : public std::streambuf {
 public:
  RecordingBuf(Recorder& rec, bool to_stderr, std::ostream* forward) : m_rec(rec), m_stderr(to_stderr), m_forward(forward) {}
  std::string m_last_line;  // last complete non-empty line (stderr: the fatal message)

 protected:
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    std::string_view text(s, std::size_t(n));
    m_rec.output_written(text, m_stderr);
    if (m_forward) m_forward->write(s, n);
    for (char c : text) {
      if (c == '\n') {
        if (!m_current.empty()) m_last_line = m_current;
        m_current.clear();
      } else {
        m_current += c;
      }
    }
    return n;
  }
  int_type overflow(int_type ch) override {
    if (ch == traits_type::eof()) return traits_type::not_eof(ch);
    char c = char(ch);
    xsputn(&c, 1);
    return ch;
  }

 private:
  Recorder& m_rec;
  bool m_stderr;
  std::ostream* m_forward;
  std::string m_current;
};

}  // namespace

RunEnd run_end_reason(int code) {
  switch (code) {
    case 1: return RunEnd::Exception;
    case 3: return RunEnd::Deadlock;
    case 4: return RunEnd::TimeLimit;
    case 5:  // BlockedLoopError
    case 6:  // InstructionLimitError (the event cap also exits with 6: record_file tells them apart)
    case 7:  // TaskLimitError
      return RunEnd::Budget;
    default: return RunEnd::Normal;
  }
}

int record_file(const std::string& path, const lang::RunOptions& options, Recording& rec, RecorderOptions ropts,
                std::ostream* out, std::ostream* err, const std::function<void(Recorder&)>& setup) {
  rec.m_program = path;
  rec.m_max_time = options.max_time;
  Recorder recorder(rec, ropts);
  if (setup) setup(recorder);
  RecordingBuf out_buf(recorder, false, out);
  RecordingBuf err_buf(recorder, true, err);
  std::ostream out_stream(&out_buf);
  std::ostream err_stream(&err_buf);
  recorder.m_on_cap = [&recorder]() {
    lang::abort_run(6, std::string(recorder.recording().str(recorder.recording().back().m_b)));
  };
  set_active_recorder(&recorder);
  int code = 0;
  try {
    code = lang::run_file(path, options, out_stream, err_stream);
  } catch (...) {
    set_active_recorder(nullptr);
    throw;
  }
  out_stream.flush();
  err_stream.flush();
  set_active_recorder(nullptr);
  // The VM resets its clock when the run ends: keep the last recorded time for RunEnded.
  recorder.set_clock_source(nullptr);  // the clock stays at the last event's
  recorder.m_after_append = nullptr;
  RunEnd reason = recorder.capped() ? RunEnd::EventCap : recorder.m_stopped ? RunEnd::Stopped : run_end_reason(code);
  std::string message = reason == RunEnd::Normal ? std::string() : err_buf.m_last_line;
  recorder.end(reason, code, message);
  return code;
}

// ---- LiveRecording ----------------------------------------------------------------------------

LiveRecording::LiveRecording(std::string path, lang::RunOptions options, RecorderOptions ropts, std::size_t slice)
    : m_path(std::move(path)), m_options(std::move(options)), m_recorder_options(ropts), m_slice(slice ? slice : 1),
      m_target(m_slice) {
  try {
    m_thread = std::thread([this] { engine_main(); });
  } catch (const std::system_error&) {
    // The system has no thread to give: the recording ends at once, as a failed run.
    m_exit_code = 1;
    m_done = true;
  }
}

LiveRecording::~LiveRecording() {
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_stop = true;
  }
  m_cv.notify_all();
  if (m_thread.joinable()) m_thread.join();
}

void LiveRecording::engine_main() {
  int code = 1;
  try {
    code = record_file(m_path, m_options, m_rec, m_recorder_options, nullptr, nullptr,
                       [this](Recorder& r) {
                         m_recorder = &r;
                         r.m_after_append = [this](std::size_t size) { park(size); };
                       });
  } catch (...) {
    code = 1;
  }
  std::lock_guard<std::mutex> lock(m_mutex);
  m_exit_code = code;
  m_done = true;
  m_cv.notify_all();
}

void LiveRecording::park(std::size_t size) {
  if (size < m_target || m_aborting) return;  // fast path: no locking while running ahead is allowed
  std::unique_lock<std::mutex> lock(m_mutex);
  m_parked = true;
  m_cv.notify_all();
  m_cv.wait(lock, [&] { return m_stop || m_target > size; });
  m_parked = false;
  if (m_stop) {
    lock.unlock();
    m_aborting = true;  // the abort message is output too: it must not park again
    if (m_recorder) m_recorder->m_stopped = true;
    lang::abort_run(7, "the recording was stopped");
  }
}

void LiveRecording::demand(std::size_t count) {
  std::unique_lock<std::mutex> lock(m_mutex);
  if (m_done) return;
  // Wait for the engine to be parked (it may still be running its first slice).
  m_cv.wait(lock, [&] { return m_done || m_parked; });
  if (m_done || m_rec.size() >= count) return;
  m_target = count + m_slice;
  m_parked = false;
  m_cv.notify_all();
  m_cv.wait(lock, [&] { return m_done || (m_parked && m_rec.size() >= count); });
}

bool LiveRecording::finished() {
  std::lock_guard<std::mutex> lock(m_mutex);
  return m_done;
}

int LiveRecording::exit_code() {
  std::lock_guard<std::mutex> lock(m_mutex);
  return m_exit_code;
}

}  // namespace ls::trace
