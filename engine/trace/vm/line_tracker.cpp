// Line events for program code (see line_tracker.h): the last program frame and instruction seen.
#include "engine/trace/vm/line_tracker.h"

#include <string>

#include "engine/lang/vm.h"
#include "engine/trace/sink.h"

namespace ls::trace {

namespace {

const lang::Frame* g_last_frame = nullptr;  // the program frame of the previous program instruction
std::uint32_t g_last_pc = 0;                // and that instruction's index
// Lines are reported for the lesson's own file only (the first program frame is its module);
// a helper module imported from next to it would give line numbers of another file.
std::string g_main_file;
const lang::CodeObject* g_last_code = nullptr;  // cache: the last code object checked
bool g_last_code_main = false;                  // whether it belongs to the main file

}  // namespace

void reset_line_tracker() {
  g_last_frame = nullptr;
  g_last_pc = 0;
  g_main_file.clear();
  g_last_code = nullptr;
  g_last_code_main = false;
}

void vm_instruction(const lang::Frame* f) {
  if (!f) return;
  const lang::CodeObject* code = f->m_code;
  if (code->m_is_library) return;
  if (code != g_last_code) {
    if (g_main_file.empty()) g_main_file = code->m_filename;
    g_last_code = code;
    g_last_code_main = code->m_filename == g_main_file;
  }
  if (!g_last_code_main) return;
  std::uint32_t pc = f->pc();
  // The next instruction of the same line in the same frame: nothing to report (the checks
  // below would all say so).
  if (f == g_last_frame && pc == g_last_pc + 1 && pc < code->m_same_line.size() && code->m_same_line[pc]) {
    g_last_pc = pc;
    return;
  }
  if (pc >= code->m_lines.size()) return;
  int line = code->m_lines[pc];
  const lang::Op op = code->m_code[pc].op;
  // The implicit "return None" at the end of a body carries the def line (line 1 for a module):
  // not a line the learner wrote there, so it is not reported.
  if (pc > 0 && line == code->m_firstlineno &&
      (op == lang::Op::RETURN_VALUE ||
       (op == lang::Op::LOAD_CONST && pc + 1 < code->m_code.size() && code->m_code[pc + 1].op == lang::Op::RETURN_VALUE)))
    return;
  bool report;
  if (pc == 0) {
    report = true;  // the frame starts
  } else if (code->m_code[pc - 1].op == lang::Op::YIELD_VALUE) {
    report = true;  // resumed after a yield (an await that suspended)
  } else if (f == g_last_frame) {
    // A backward jump within one line is a loop on that line, except the jump back to SEND
    // that every await makes after a resume.
    report = line != code->m_lines[g_last_pc] || (pc <= g_last_pc && op != lang::Op::SEND);
  } else {
    report = line != code->m_lines[pc - 1];  // back from a call: only if this instruction starts a line
  }
  g_last_frame = f;
  g_last_pc = pc;
  if (report && line > 0)
    if (TraceSink* s = g_trace_sink) s->line_reached(line);
}

}  // namespace ls::trace
