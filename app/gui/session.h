// The app's session: the open lesson (source, colours, syntax error, Markdown), the cursor's lines and the player. No ImGui here.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/gui/markdown.h"
#include "app/gui/player.h"
#include "app/gui/syntax_colour.h"
#include "app/gui/task_palette.h"
#include "engine/lang/diagnostic.h"
#include "engine/lesson/lesson.h"

namespace ls::gui {

class TracePlayer;

// A task's current line, drawn as a coloured marker in the Code panel's gutter.
struct TaskLine {
  int task_id = 0;  // asyncio's task number (Task-3 → 3)
  int line = 0;     // 1-based source line the task is stopped at
  Colour colour;    // normally task_colour(task_id)
};

// One entry of the Errors panel.
struct ErrorEntry {
  std::string kind;     // "SyntaxError", "IndentationError", "cannot read file" ...
  std::string message;  // CPython's wording
  std::string detail;   // plain words (may be "")
  int line = 0;         // 1-based (0: no position)
  int col = 0;          // 1-based character column (0: none)
  int end_col = 0;      // 1-based character column just past the range (0: one character)
  bool runtime = false; // from the recorded run's end (exception, deadlock, blocked loop, limit)
  long event = -1;      // runtime: the event index where the run ended (-1: none)
};

class Session {
 public:
  Session();

  // Opens "path": reads it, colours it, parses it, reads the lesson docstring. A file that
  // cannot be read still opens (empty source, one error entry). Returns false in that case.
  bool open(const std::string& path);
  // Re-reads the open file (after it changed on disk), keeping the current line where it can.
  bool reload();

  const std::string& path() const { return m_path; }
  const std::string& source() const { return m_source; }
  // The lesson's title, or the file name when the docstring has none.
  std::string title() const;
  const lesson::Lesson& lesson() const { return m_lesson; }
  // The explanation, parsed once per load.
  const std::vector<Block>& explanation() const { return m_explanation; }
  // The coloured source lines (computed once per load, never per frame).
  const std::vector<ColouredLine>& lines() const { return m_lines; }
  const std::vector<ErrorEntry>& errors() const { return m_errors; }
  // First and last line of the module docstring (the lesson text), or {0, 0} when there is none.
  std::pair<int, int> docstring_lines() const { return m_docstring_lines; }
  // Bumps every time the file is (re)loaded, so panels can drop caches.
  int generation() const { return m_generation; }

  // The line about to run (0: none).
  void set_current_line(int line) { m_current_line = line; }
  int current_line() const { return m_current_line; }
  // Every task's current line (replaces the previous set).
  void set_task_lines(std::vector<TaskLine> lines) {
    m_task_lines = std::move(lines);
    ++m_task_lines_version;
  }
  const std::vector<TaskLine>& task_lines() const { return m_task_lines; }
  // Bumps on every set_task_lines, so the Code panel re-indexes the markers only then.
  int task_lines_version() const { return m_task_lines_version; }
  // The narration for the current line ("" when none).
  std::string current_narration() const;

  // ---- the editor: edits to the lesson, run before (or without) saving them ----
  // Starts editing; the buffer holds the file's text, or the edits kept from before.
  void begin_edit();
  // Stops editing; the buffer and its edits stay (Ctrl+E brings them back).
  void end_edit() { m_editing = false; }
  bool editing() const { return m_editing; }
  // The text being edited (the editor widget writes into it; call after begin_edit).
  std::string& edit_buffer() { return *m_edit_buffer; }
  // True when there are edits the file on disk does not have.
  bool has_unsaved_edits() const { return m_edit_buffer && *m_edit_buffer != m_disk_source; }
  // Runs the buffer: the Code panel, the lesson text and the recording follow the edited
  // program; the file on disk is left alone.
  void run_edits();
  // Writes the buffer to the file (a temporary file, then a rename: never half a file), then
  // runs it. On failure the edits stay and "error" says why.
  bool save_edits(std::string& error);
  // Drops the edits and reloads the file from disk.
  void discard_edits();

  // The player (a NullPlayer until recordings exist).
  Player& player() { return *m_player; }
  const Player& player() const { return *m_player; }
  void set_player(std::unique_ptr<Player> player) { m_player = std::move(player); }
  // The recording player, once its first events arrived (null before, and without a recording).
  TracePlayer* trace();
  const TracePlayer* trace() const;
  // Record lessons when they open (on by default; tests of the file model turn it off).
  void set_recording_enabled(bool on) { m_record = on; }
  // Once per frame: adopts new recordings and, after a cursor move, updates the current line,
  // the task markers, the status line and the run's errors.
  void sync();
  // Moves the cursor after 'handle_runs' loop steps as soon as the recording is there (--goto).
  void goto_when_ready(std::int64_t handle_runs) { m_restore_runs = handle_runs; }
  // Scripted runs: waits for the recording (if any) and applies it. Returns true with a recording.
  bool wait_for_recording();
  // Runs a command through the player and remembers it for the status line and the state dump.
  void command(PlayerCommand command);
  PlayerCommand last_command() const { return m_last_command; }
  // The status line's sentence.
  const std::string& status() const { return m_status; }
  void set_status(std::string text) { m_status = std::move(text); }

 private:
  void load_text(std::string text, bool read_ok, const std::string& read_error);
  void start_recording();
  void add_run_errors();

  std::string m_path;                       // the lesson file
  std::string m_source;                     // the text shown and run (the file's, or the edits run)
  std::string m_disk_source;                // the file's text as last read or saved
  std::optional<std::string> m_edit_buffer;  // the editor's text (none: no edit session)
  bool m_editing = false;                   // the Code panel is the editor
  lesson::Lesson m_lesson;                  // title, metadata, explanation, narration
  std::vector<Block> m_explanation;         // the explanation's Markdown blocks
  std::vector<ColouredLine> m_lines;        // coloured source lines
  std::vector<ErrorEntry> m_errors;         // syntax / file errors
  std::pair<int, int> m_docstring_lines;    // the module docstring's lines ({0, 0}: none)
  int m_generation = 0;                     // load counter
  int m_current_line = 0;                   // the line about to run
  std::vector<TaskLine> m_task_lines;       // every task's line
  int m_task_lines_version = 0;             // set_task_lines counter
  std::unique_ptr<Player> m_player;         // the recording's controls
  PlayerCommand m_last_command = PlayerCommand::None;  // the last command given
  std::string m_status;                     // the status line
  bool m_record = true;                     // record lessons on open
  std::uint64_t m_synced_version = ~0ull;   // the player version sync() last saw
  bool m_run_errors_added = false;          // the run's end is in m_errors
  std::int64_t m_restore_runs = -1;         // after a reload: go back to this many handle runs
};

}  // namespace ls::gui
