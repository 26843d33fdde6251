// The event-kind table built from events.def, and the names of the flag enums.
#include "engine/trace/event.h"

namespace ls::trace {

namespace {

const KindInfo kKinds[] = {
#define LS_EVENT(kind, json, A, a, B, b, C, c, D, d, F, f, comment)                          \
  KindInfo{json, {FieldType::A, FieldType::B, FieldType::C, FieldType::D}, {a, b, c, d}, \
           FlagType::F, f, comment},
#include "engine/trace/events.def"
#undef LS_EVENT
};

}  // namespace

const KindInfo& kind_info(EventKind kind) { return kKinds[int(kind)]; }
std::string_view kind_name(EventKind kind) { return kKinds[int(kind)].json; }

std::string_view prim_kind_name(PrimKind k) {
  static constexpr std::string_view names[] = {"Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore",
                                               "Queue", "PriorityQueue", "LifoQueue", "Barrier"};
  return unsigned(k) < 9 ? names[unsigned(k)] : "?";
}

std::string_view flag_text(FlagType type, std::uint8_t v) {
  switch (type) {
    case FlagType::None: return "";
    case FlagType::Bool: return v ? "true" : "false";
    case FlagType::Outcome: {
      static constexpr std::string_view n[] = {"result", "exception", "cancelled"};
      return v < 3 ? n[v] : "?";
    }
    case FlagType::PrimKind: return prim_kind_name(PrimKind(v));
    case FlagType::Role: {
      static constexpr std::string_view n[] = {"acquire", "wait", "get", "put"};
      return v < 4 ? n[v] : "?";
    }
    case FlagType::Stream: return v ? "stderr" : "stdout";
    case FlagType::RunEnd: {
      static constexpr std::string_view n[] = {"normal", "exception", "deadlock", "time_limit", "budget", "event_cap", "stopped"};
      return v < 7 ? n[v] : "?";
    }
  }
  return "";
}

}  // namespace ls::trace
