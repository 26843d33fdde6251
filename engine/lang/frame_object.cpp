// Frame objects as Python sees them: gi_frame / cr_frame / ag_frame of a generator that has not
// finished. The VM's frames are internal heap blocks (vm.h); this is a small view of one, kept
// alive by the generator it belongs to. It answers what asyncio's reprs and teaching code read:
// f_code, f_lineno (live: the line the generator is suspended at, or its def line before it
// starts, as CPython 3.12 reports), f_globals and f_back (None: a suspended frame has no caller).
#include <cstdio>

#include "engine/lang/builtin_types.h"
#include "engine/lang/code.h"
#include "engine/lang/dict_object.h"
#include "engine/lang/native.h"
#include "engine/lang/str_object.h"
#include "engine/lang/type_object.h"
#include "engine/lang/vm.h"

namespace ls::lang {

TypeObject* g_frame_type = nullptr;

namespace {

struct FrameViewObject : Object {
  Value m_gen;  // the GeneratorObject whose frame this is
  explicit FrameViewObject(Value gen) : Object(g_frame_type), m_gen(std::move(gen)) {}
};

GeneratorObject* gen_of(const Value& v) { return v.as<FrameViewObject>()->m_gen.as<GeneratorObject>(); }

// The line as CPython 3.12 reports it: the def line until the first resumption, then the line
// of the instruction the frame is at. A frame that has since finished keeps its def line.
int frame_line(const GeneratorObject* g) {
  if (!g->m_frame || !g->m_started) return g->m_code->m_firstlineno;
  return g->m_frame->line();
}

Value f_code_get(CallArgs& a) { return Value(gen_of(a[0])->m_code); }
Value f_lineno_get(CallArgs& a) { return Value::integer(frame_line(gen_of(a[0]))); }
Value f_globals_get(CallArgs& a) {
  const GeneratorObject* g = gen_of(a[0]);
  return g->m_frame && g->m_frame->m_globals ? Value(g->m_frame->m_globals) : Value::none();
}
Value f_back_get(CallArgs&) { return Value::none(); }

Value frame_repr(const Value& v) {
  const GeneratorObject* g = gen_of(v);
  char addr[32];
  std::snprintf(addr, sizeof addr, "%p", static_cast<const void*>(v.obj()));
  return make_str(std::string("<frame at ") + addr + ", file '" + g->m_code->m_filename + "', line " +
                  std::to_string(frame_line(g)) + ", code " + g->m_code->m_name + ">");
}

}  // namespace

Value make_frame_view(const Value& generator) { return Value(new FrameViewObject(generator)); }

void init_frame_type() {
  g_frame_type = new_builtin_type("frame", g_object_type, Layout::Other);
  g_frame_type->m_slots.repr = frame_repr;
  add_property(g_frame_type, "f_code", f_code_get);
  add_property(g_frame_type, "f_lineno", f_lineno_get);
  add_property(g_frame_type, "f_globals", f_globals_get);
  add_property(g_frame_type, "f_back", f_back_get);
}

}  // namespace ls::lang
