// Writing a recording out: JSON Lines (docs/trace.md) and Chrome Trace Event Format (Perfetto).
#pragma once
#include <iosfwd>
#include <string>
#include <string_view>

#include "engine/trace/recording.h"

namespace ls::trace {

// One header line, then one line per event: index, virtual time, kind, fields, explanation.
void write_json_lines(const Recording& rec, std::ostream& out);
// A Chrome trace: one track per task (running / waiting slices), one for the loop's handle
// runs, instant events for output, cancellations and warnings.
void write_chrome_trace(const Recording& rec, std::ostream& out);

// Helpers shared by both writers (deterministic formatting).
void append_json_string(std::string& out, std::string_view text);
void append_number(std::string& out, double v);  // shortest round-trip form, integers without ".0"
std::string ref_text(Ref r);                     // "task:2", "future:5", "handle:7", "prim:1", or "" for none

}  // namespace ls::trace
