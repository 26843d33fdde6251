// Line events for program code: decides, instruction by instruction, when a frame reaches a new line.
#pragma once

namespace ls::lang {
struct Frame;
}

namespace ls::trace {

// Called by the VM before each instruction while a run is recorded (g_trace_sink set: the
// dispatch loop then takes its slow path every instruction; when nobody records it costs nothing).
// 'f' is the running frame, its pc() the instruction about to run. Library frames are ignored.
// A program frame reports line_reached(line) when it starts, when it resumes after a yield/await,
// when its line changes, and when it jumps backward within one line (a loop on one line);
// returning from a call into the middle of a line reports nothing (as CPython's line tracing).
// Only the main program's file is reported (a module imported from next to it is not).
void vm_instruction(const lang::Frame* f);

// Forgets the last frame seen (a new recording starts).
void reset_line_tracker();

}  // namespace ls::trace
