// The lesson-authoring verbs: `loopscope check PATH...` and `loopscope new LESSON.py`.
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

#include "engine/lang/interpreter.h"

namespace ls::app {

// Validates every lesson file in "paths" (folders are searched recursively; helper modules
// marked `conformance: helper module` are skipped): the docstring's title and metadata, the
// narration comments, that it parses, and that it runs within the budgets of "options" and
// ends with the exit code its recorded expectation names (0 when none). Problems go to "out"
// as `file:line:col: error: ...`. Returns 0 when every lesson is fine, 1 otherwise.
int check_lessons(const std::vector<std::string>& paths, const lang::RunOptions& options, std::ostream& out);

// Writes a commented lesson template to "path", never over an existing file. Returns 0, or 1
// with the reason on "err".
int write_lesson_template(const std::string& path, std::ostream& out, std::ostream& err);

}  // namespace ls::app
