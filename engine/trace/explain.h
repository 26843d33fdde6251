// One plain sentence per event, for learners, from the event and the snapshot just before it.
#pragma once
#include <string>

#include "engine/trace/event.h"
#include "engine/trace/recording.h"
#include "engine/trace/snapshot.h"

namespace ls::trace {

// 'before' is the snapshot just before 'e' (Timeline::at(index of e)).
std::string explain(const Event& e, const Snapshot& before, const Recording& rec);
// What a queued handle will run, in words ("the next step of Task-2").
std::string describe_handle(const HandleEntry& h, const Snapshot& s, const Recording& rec);
// The same for a callback's name and the task/future it belongs to (0: none).
std::string describe_callback(StrId callback, Ref target, const Snapshot& s, const Recording& rec);
// "1.000": the format explanations use for virtual times.
std::string format_time(double t);

}  // namespace ls::trace
