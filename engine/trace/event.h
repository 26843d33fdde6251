// One recorded state change of a run: the event kinds (from events.def), object references and flags.
#pragma once
#include <cstdint>
#include <cstring>
#include <string_view>

namespace ls::trace {

enum class EventKind : std::uint8_t {
#define LS_EVENT(kind, json, A, a, B, b, C, c, D, d, F, f, comment) kind,
#include "engine/trace/events.def"
#undef LS_EVENT
};
constexpr int kEventKindCount = 0
#define LS_EVENT(kind, json, A, a, B, b, C, c, D, d, F, f, comment) +1
#include "engine/trace/events.def"
#undef LS_EVENT
    ;

// The JSON name of a kind ("task_suspended").
std::string_view kind_name(EventKind kind);

// How a field slot of an event is interpreted (events.def column types).
enum class FieldType : std::uint8_t { None, Ref, Str, Int, Time, SInt };
// The flag column: a small enum per kind.
enum class FlagType : std::uint8_t { None, Bool, Outcome, PrimKind, Role, Stream, RunEnd };

struct KindInfo {
  std::string_view json;      // kind name in JSON output
  FieldType type[4];          // slots a, b, c, d
  std::string_view name[4];   // field names in JSON
  FlagType flag_type;
  std::string_view flag_name;
  std::string_view comment;   // what the event means (docs/trace.md repeats it)
};
const KindInfo& kind_info(EventKind kind);

// ---- object references ---------------------------------------------------------------------
// A Ref names a traced object: 3 high bits say what it is, 29 low bits number it (from 1, one
// counter per kind, in order of first sight). 0 is "none".
using Ref = std::uint32_t;
enum class RefKind : std::uint8_t { None = 0, Task = 1, Future = 2, Handle = 3, Prim = 4 };
constexpr Ref make_ref(RefKind k, std::uint32_t index) { return (Ref(k) << 29) | index; }
constexpr RefKind ref_kind(Ref r) { return RefKind(r >> 29); }
constexpr std::uint32_t ref_index(Ref r) { return r & 0x1FFFFFFFu; }

// Interned string id (StringTable); 0 is the empty string.
using StrId = std::uint32_t;

// ---- flags -----------------------------------------------------------------------------------
enum class Outcome : std::uint8_t { Result = 0, Exception = 1, Cancelled = 2 };
enum class PrimKind : std::uint8_t { Lock, Event, Condition, Semaphore, BoundedSemaphore, Queue, PriorityQueue, LifoQueue, Barrier };
enum class Role : std::uint8_t { Acquire, Wait, Get, Put };
enum class Stream : std::uint8_t { Stdout, Stderr };
enum class RunEnd : std::uint8_t { Normal, Exception, Deadlock, TimeLimit, Budget, EventCap, Stopped };

std::string_view flag_text(FlagType type, std::uint8_t value);
std::string_view prim_kind_name(PrimKind k);

// ---- the record ------------------------------------------------------------------------------
// 24 bytes. The slots' meaning per kind is in events.def. The virtual time of an event is not
// stored: it is the time of the last ClockMoved before it (Snapshot::m_clock).
struct Event {
  EventKind m_kind{};        // which state change
  std::uint8_t m_flag = 0;   // small enum (FlagType of the kind)
  std::uint16_t m_unused = 0;
  std::uint32_t m_a = 0;     // slot a (Ref, StrId or int)
  std::uint32_t m_b = 0;     // slot b
  std::uint32_t m_c = 0;     // slot c
  std::uint64_t m_d = 0;     // slot d: a double (Time), an int64 (SInt) or a StrId

  double time() const { double t; std::memcpy(&t, &m_d, 8); return t; }
  void set_time(double t) { std::memcpy(&m_d, &t, 8); }
  std::int64_t sint() const { return std::int64_t(m_d); }
  bool operator==(const Event&) const = default;
};
static_assert(sizeof(Event) == 24);

}  // namespace ls::trace
