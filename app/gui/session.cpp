// The app's session (see session.h).
#include "app/gui/session.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/gui/settings.h"
#include "app/gui/trace_player.h"
#include "engine/lang/lexer.h"
#include "engine/lang/parser.h"
#include "engine/trace/explain.h"
#include "engine/trace/snapshot.h"

namespace ls::gui {

const char* label(PlayerCommand command) {
  switch (command) {
    case PlayerCommand::None: return "";
    case PlayerCommand::PlayPause: return "Play/pause";
    case PlayerCommand::StepLoop: return "Next loop step";
    case PlayerCommand::StepLine: return "Next line";
    case PlayerCommand::StepOut: return "Until this task suspends";
    case PlayerCommand::StepBack: return "Step back";
    case PlayerCommand::GoStart: return "Go to start";
    case PlayerCommand::GoEnd: return "Go to end";
    case PlayerCommand::NextClock: return "Next clock change";
  }
  return "";
}

const char* to_string(PlayerCommand command) {
  switch (command) {
    case PlayerCommand::None: return "none";
    case PlayerCommand::PlayPause: return "play_pause";
    case PlayerCommand::StepLoop: return "step_loop";
    case PlayerCommand::StepLine: return "step_line";
    case PlayerCommand::StepOut: return "step_out";
    case PlayerCommand::StepBack: return "step_back";
    case PlayerCommand::GoStart: return "go_start";
    case PlayerCommand::GoEnd: return "go_end";
    case PlayerCommand::NextClock: return "next_clock";
  }
  return "none";
}

Session::Session() : m_player(std::make_unique<NullPlayer>()) {}

bool Session::open(const std::string& path) {
  m_path = path;
  m_current_line = 0;
  set_task_lines({});
  m_player = std::make_unique<NullPlayer>();
  return reload();
}

bool Session::reload() {
  std::ifstream in(m_path, std::ios::binary);
  if (!in) {
    load_text({}, false, "cannot read " + m_path);
    m_player = std::make_unique<NullPlayer>();
    return false;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  m_disk_source = buffer.str();
  // Reloading drops the editor (the app reloads only without unsaved edits, or to discard
  // them): the Code panel shows the new text, and Ctrl+E edits it. Refilling a text field that
  // ImGui may hold active would be overwritten by its own copy.
  m_edit_buffer.reset();
  m_editing = false;
  load_text(m_disk_source, true, {});
  start_recording();
  return true;
}

void Session::begin_edit() {
  if (!m_edit_buffer) m_edit_buffer = m_disk_source;
  m_editing = true;
}

void Session::run_edits() {
  if (!m_edit_buffer) return;
  load_text(*m_edit_buffer, true, {});
  start_recording();
  if (has_unsaved_edits()) m_status = "Running your edits (not saved: Ctrl+S saves them).";
}

bool Session::save_edits(std::string& error) {
  if (!m_edit_buffer) return true;
  if (!write_file_atomically(m_path, *m_edit_buffer, error)) return false;
  m_disk_source = *m_edit_buffer;
  load_text(m_disk_source, true, {});
  start_recording();
  m_status = "Saved " + std::filesystem::path(m_path).filename().string() + ".";
  return true;
}

void Session::discard_edits() { reload(); }

// A lesson without syntax errors is recorded on an engine thread; a reload keeps the cursor
// after as many loop steps as before (where the new run has them).
void Session::start_recording() {
  const std::int64_t keep = m_player->has_recording() ? m_player->cursor().handle_runs : -1;
  const double speed = m_player->speed();
  m_synced_version = ~0ull;
  m_run_errors_added = false;
  if (!m_record || !m_errors.empty()) {
    m_player = std::make_unique<NullPlayer>();
    m_player->set_speed(speed);
    return;
  }
  m_player = std::make_unique<NullPlayer>();  // the old recording stops before the new one starts
  // Edits that are run but not saved are recorded in the file's place.
  std::optional<std::string> text;
  if (m_source != m_disk_source) text = m_source;
  m_player = std::make_unique<TracePlayer>(m_path, std::move(text));
  m_player->set_speed(speed);
  m_restore_runs = keep;
  m_status = "Recording " + std::filesystem::path(m_path).filename().string() + "...";
}

TracePlayer* Session::trace() {
  auto* tp = dynamic_cast<TracePlayer*>(m_player.get());
  return tp && tp->has_recording() ? tp : nullptr;
}

const TracePlayer* Session::trace() const {
  const auto* tp = dynamic_cast<const TracePlayer*>(m_player.get());
  return tp && tp->has_recording() ? tp : nullptr;
}

bool Session::wait_for_recording() {
  auto* tp = dynamic_cast<TracePlayer*>(m_player.get());
  if (!tp) return false;
  tp->wait_ready();
  sync();
  return true;
}

void Session::sync() {
  auto* tp = dynamic_cast<TracePlayer*>(m_player.get());
  if (!tp) return;
  if (!tp->ready()) return;
  if (m_restore_runs >= 0) {
    tp->goto_handle_runs(m_restore_runs);
    m_restore_runs = -1;
  }
  if (!m_run_errors_added && tp->complete()) add_run_errors();
  if (tp->version() == m_synced_version) return;
  m_synced_version = tp->version();
  const trace::Snapshot& s = tp->snapshot();
  // The line about to run: the running task's, or where the task of the running handle resumes.
  int line = 0;
  trace::Ref t = s.running_task();
  if (!t && s.m_phase == trace::LoopPhase::RunningHandle && trace::ref_kind(s.m_running_handle.m_target) == trace::RefKind::Task)
    t = s.m_running_handle.m_target;
  if (const trace::TaskInfo* ti = s.task(t))
    line = static_cast<int>(ti->m_line ? ti->m_line : ti->m_await_line);
  else
    line = static_cast<int>(s.m_line);  // between task steps: the last line that ran
  if (line > 0) m_current_line = line;
  std::vector<TaskLine> lines;
  for (std::size_t i = 0; i < s.m_tasks.size(); ++i) {
    const trace::TaskInfo& ti = s.m_tasks[i];
    const std::uint32_t at = ti.m_line ? ti.m_line : ti.m_await_line;
    if (!ti.m_exists || at == 0 || ti.m_state == trace::TaskState::Done ||
        ti.m_state == trace::TaskState::Raised || ti.m_state == trace::TaskState::Cancelled)
      continue;
    const int id = static_cast<int>(i + 1);
    lines.push_back({id, static_cast<int>(at), task_colour(id)});
  }
  set_task_lines(std::move(lines));
  const Prediction& p = tp->prediction();
  if (p.asking)
    m_status = "Predict: which task runs next? Pick it in the Event loop panel.";
  else
    m_status = tp->explanation();
}

// The recorded run ended badly: one entry for the Errors panel, on the line the traceback names.
void Session::add_run_errors() {
  m_run_errors_added = true;
  const TracePlayer* tp = trace();
  if (!tp) return;
  const trace::Snapshot& end = tp->timeline().head();
  if (!end.m_ended || end.m_end_reason == trace::RunEnd::Normal || end.m_end_reason == trace::RunEnd::Stopped) return;
  const trace::Recording& rec = tp->recording();
  ErrorEntry e;
  e.runtime = true;
  e.event = static_cast<long>(rec.size()) - 1;
  std::string message(rec.str(end.m_end_message));
  // The traceback's last "File "<this lesson>", line N" is where the exception came from.
  const std::string file = std::filesystem::path(m_path).filename().string();
  for (const ConsoleLine& l : tp->console()) {
    if (!l.to_stderr) continue;
    std::size_t f = l.text.find("File \"");
    std::size_t at = l.text.find("\", line ");
    if (f == std::string::npos || at == std::string::npos) continue;
    std::string named = l.text.substr(f + 6, at - f - 6);
    if (std::filesystem::path(named).filename().string() != file) continue;
    e.line = std::atoi(l.text.c_str() + at + 8);
  }
  switch (end.m_end_reason) {
    case trace::RunEnd::Deadlock:
      e.kind = "Deadlock";
      e.detail = trace::deadlock_text(end, rec);
      e.line = 0;
      break;
    case trace::RunEnd::Budget:
      e.kind = "Blocked loop";
      e.detail = "A task ran too long without reaching an await, so the event loop could run nothing else. "
                 "Every await gives the loop a turn; a long computation never does.";
      if (e.line == 0) e.line = static_cast<int>(end.m_line);
      break;
    case trace::RunEnd::TimeLimit:
      e.kind = "Time limit";
      e.detail = "The program was still waiting when the virtual clock reached its limit.";
      break;
    case trace::RunEnd::EventCap:
      e.kind = "Recording limit";
      e.detail = "The recording stopped after too many events; this lesson may never end.";
      break;
    default: {
      e.kind = "Exception";
      std::size_t colon = message.find(": ");
      if (colon != std::string::npos && colon < 60 && message.find(' ') > colon) {
        e.kind = message.substr(0, colon);
        message = message.substr(colon + 2);
      } else if (message.find(' ') == std::string::npos && !message.empty()) {
        e.kind = message;
        message.clear();
      }
      e.detail = "The exception was not caught: the run ends here (t=" + trace::format_time(end.m_clock) + ").";
      break;
    }
  }
  e.message = message;
  if (e.line > static_cast<int>(m_lines.size())) e.line = 0;
  if (e.line > 0) {
    const std::string& text = m_lines[e.line - 1].text;
    std::size_t first = text.find_first_not_of(" \t");
    e.col = first == std::string::npos ? 1 : static_cast<int>(first) + 1;
    e.end_col = static_cast<int>(text.size()) + 1;
  }
  m_errors.push_back(std::move(e));
  ++m_generation;
}

void Session::load_text(std::string text, bool read_ok, const std::string& read_error) {
  m_source = std::move(text);
  m_lines = colour_source(m_source);
  m_lesson = lesson::read_lesson(m_source);
  m_errors.clear();
  m_docstring_lines = {0, 0};
  lang::LexResult lexed = lang::tokenize(m_source);
  if (lexed.tokens.size() >= 2 && lexed.tokens[0].kind == lang::TokenKind::String &&
      lexed.tokens[1].kind == lang::TokenKind::Newline) {
    m_docstring_lines = {lexed.tokens[0].line, lexed.tokens[0].end_line};
    // A file with a syntax error further down still has its lesson text: read the docstring alone.
    if (m_lesson.title.empty()) {
      lesson::Lesson doc = lesson::read_lesson(std::string(lexed.tokens[0].text(m_source)) + "\n");
      m_lesson.title = doc.title;
      m_lesson.metadata = doc.metadata;
      m_lesson.explanation = doc.explanation;
    }
  }
  m_explanation = parse_markdown(m_lesson.explanation);
  if (!read_ok) {
    m_errors.push_back({"OSError", read_error, "the file could not be opened", 0, 0, 0});
  } else {
    lang::ParseResult parsed = lang::parse_module(m_source, m_path);
    if (!parsed.ok()) {
      const lang::SyntaxErrorInfo& e = parsed.error;
      m_errors.push_back({e.kind, e.message, e.detail, e.line, e.col,
                          e.end_line == e.line ? e.end_col : 0});
    }
  }
  // Keep the cursor's line when it still exists in the new text.
  if (m_current_line > static_cast<int>(m_lines.size())) m_current_line = 0;
  ++m_generation;
  m_status = m_errors.empty() ? "Opened " + std::filesystem::path(m_path).filename().string() + "."
                              : "This file has an error: see the Errors panel.";
}

std::string Session::title() const {
  if (!m_lesson.title.empty()) return m_lesson.title;
  return std::filesystem::path(m_path).filename().string();
}

std::string Session::current_narration() const {
  if (m_current_line <= 0) return {};
  std::string text = m_lesson.narration_for(m_current_line);
  if (!text.empty()) return text;
  // A `#:` comment alone on its line: show what it says about the line it narrates.
  for (const lesson::Narration& n : m_lesson.narration)
    if (n.comment_line == m_current_line) return n.text;
  return {};
}

void Session::command(PlayerCommand command) {
  m_last_command = command;
  bool done = m_player->apply(command);
  if (!done && !m_player->has_recording())
    m_status = std::string(label(command)) + (dynamic_cast<TracePlayer*>(m_player.get())
                                                  ? ": still recording, one moment."
                                                  : ": recording not available yet.");
  else if (!done)
    m_status = std::string(label(command)) + ": nothing further in that direction.";
  else
    sync();
}

}  // namespace ls::gui
