// The controls the toolbar and keys drive (play, step, seek), as an interface the recording plugs into later.
#pragma once
#include <cstdint>
#include <string>

namespace ls::gui {

// Where the learner is in a recorded run. All zeros until a recording exists.
struct Cursor {
  std::int64_t event_index = 0;  // index of the current event in the event log
  std::int64_t handle_runs = 0;  // handles the loop has run so far
  double virtual_time = 0;       // the virtual clock at the cursor, seconds
};

// Every command a learner can give. The names are the dump-state's "last_command" strings.
enum class PlayerCommand : std::uint8_t {
  None,
  PlayPause,   // F5 / Space
  StepLoop,    // F10: next event-loop step (one handle run)
  StepLine,    // F11: next line
  StepOut,     // Shift+F11: until this task suspends or finishes
  StepBack,    // Shift+F10 / Left
  GoStart,     // Home
  GoEnd,       // End
  NextClock,   // next clock change
};

// The command's stable name ("step_loop").
const char* to_string(PlayerCommand command);
// The command's name for people ("Next loop step"), used in tooltips and the status line.
const char* label(PlayerCommand command);

// Drives a recorded run. The app holds one; today's implementation (NullPlayer) has no
// recording, so every command is accepted and changes nothing.
class Player {
 public:
  virtual ~Player() = default;
  // True when a recording exists and the panels can show loop state.
  virtual bool has_recording() const = 0;
  // Carries out "command"; returns false when it had nothing to do (e.g. no recording).
  virtual bool apply(PlayerCommand command) = 0;
  // Moves the cursor to event "index" (the scrubber).
  virtual void seek(std::int64_t index) = 0;
  virtual Cursor cursor() const = 0;
  // Number of events in the recording (the scrubber's range); 0 without one.
  virtual std::int64_t event_count() const = 0;
  virtual bool playing() const = 0;
  // Playback speed in events per second.
  virtual double speed() const = 0;
  virtual void set_speed(double events_per_second) = 0;
  // Called once per frame with the seconds since the last frame (advances playback).
  virtual void tick(double dt) = 0;
};

// The player until engine/trace exists: no recording, cursor at zero, commands are no-ops.
class NullPlayer final : public Player {
 public:
  bool has_recording() const override { return false; }
  bool apply(PlayerCommand) override { return false; }
  void seek(std::int64_t) override {}
  Cursor cursor() const override { return {}; }
  std::int64_t event_count() const override { return 0; }
  bool playing() const override { return false; }
  double speed() const override { return m_speed; }
  void set_speed(double events_per_second) override { m_speed = events_per_second; }
  void tick(double) override {}

 private:
  double m_speed = 4;  // events per second the speed control shows
};

}  // namespace ls::gui
