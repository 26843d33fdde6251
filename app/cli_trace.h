// The "trace" verb: record a run and write its event log (JSON Lines and/or Chrome trace).
#pragma once
#include <iosfwd>

#include "app/cli_args.h"

namespace ls::app {

// Records cmd.file and writes the files named by cmd.trace. Messages go to 'err'.
// Returns the program's exit code (2 when an output file cannot be written).
int trace_command(const Command& cmd, std::ostream& err);

}  // namespace ls::app
