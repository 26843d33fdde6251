// The app's session (see session.h).
#include "app/gui/session.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/lang/lexer.h"
#include "engine/lang/parser.h"

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
  return reload();
}

bool Session::reload() {
  std::ifstream in(m_path, std::ios::binary);
  if (!in) {
    load_text({}, false, "cannot read " + m_path);
    return false;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  load_text(buffer.str(), true, {});
  return true;
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
  m_status = m_errors.empty() ? "Opened " + std::filesystem::path(m_path).filename().string() +
                                    ". The recording engine is not available yet: the loop panels are placeholders."
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
    m_status = std::string(label(command)) + ": recording not available yet.";
}

}  // namespace ls::gui
