// The virtual machine: frames, generators/coroutines, and the entry points that run bytecode.
#pragma once
#include <string>

#include "engine/lang/code.h"
#include "engine/lang/dict_object.h"
#include "engine/lang/function_object.h"
#include "engine/lang/native.h"

namespace ls::lang {

struct GeneratorObject;

// A handler block pushed by SETUP_FINALLY/SETUP_CLEANUP.
struct Block {
  uint32_t handler;  // instruction index of the handler
  uint32_t level;    // stack depth to restore before pushing the exception
};
constexpr int kMaxBlocks = 24;

// One activation of a code object. Frames live on the heap (generator frames as long as
// their generator); the value stack and locals are in the trailing m_slots array.
struct Frame {
  CodeObject* m_code;           // owned reference
  Value m_func;                 // the FunctionObject being run (Null for module/class bodies run directly)
  DictObject* m_globals;        // borrowed from m_func / the module
  DictObject* m_builtins;       // borrowed
  Value m_locals_dict;          // module and class bodies: the namespace of LOAD_NAME/STORE_NAME
  Frame* m_back = nullptr;      // the frame that is waiting for this one (while it runs)
  GeneratorObject* m_gen = nullptr;  // the generator owning this frame, or null
  const Instr* m_ip = nullptr;  // next instruction (in m_code->m_code); pc() is its index
  uint32_t m_sp = 0;            // value-stack depth
  int m_nblocks = 0;
  bool m_entry = false;         // the first frame of one run_frame() call (returning leaves the C++ loop)
  bool m_pending_throw = false; // resume by raising m_resume_exc
  Value m_exc;                  // exception being handled in this frame (sys.exc_info), Null/None if none
  Block m_blocks[kMaxBlocks];
  int m_nslots;                 // locals + cells + frees
  int m_capacity;               // m_nslots + stack size
  Value m_slots[1];             // locals, cells, frees, then the value stack

  Value* locals() { return m_slots; }
  Value* stack() { return m_slots + m_nslots; }
  // Index of the next instruction (0: the frame has not started).
  uint32_t pc() const { return uint32_t(m_ip - m_code->m_code.data()); }
  void set_pc(uint32_t pc) { m_ip = m_code->m_code.data() + pc; }
  int line() const { uint32_t p = pc(); return m_code->line_at(p ? p - 1 : 0); }
};

Frame* new_frame(CodeObject* code, const Value& func, DictObject* globals, DictObject* builtins);
void free_frame(Frame* f);

enum class GenKind : uint8_t { Generator, Coroutine, AsyncGenerator };

// A Python frame object viewing a live generator's frame (gi_frame/cr_frame; frame_object.cpp).
Value make_frame_view(const Value& generator);
void init_frame_type();

// Generators, coroutines and async generators: a suspended frame plus its state.
struct GeneratorObject : Object {
  Frame* m_frame;               // null once finished
  GenKind m_kind;
  Value m_name, m_qualname;     // str
  CodeObject* m_code;           // owned reference (kept after the frame is gone)
  bool m_running = false;       // executing right now
  bool m_started = false;       // has run at least once
  bool m_closed = false;        // async generators: aclose() done or finished
  bool m_hooks_called = false;  // async generators: firstiter hook called
  Value m_finalizer;            // async generators: finalizer hook from sys.set_asyncgen_hooks
  bool m_running_async = false; // async generators: an asend/athrow is in progress
  GeneratorObject(GenKind kind, Frame* frame, CodeObject* code, Value name, Value qualname);
  ~GeneratorObject() override;
  bool finished() const { return m_frame == nullptr; }
  // The object this suspended generator is delegating to (await / yield from), or Null.
  Value awaiting() const;
};

// Result of resuming a frame or generator from C++.
struct ResumeResult {
  bool yielded;  // true: suspended with 'value'; false: returned 'value'
  Value value;
};

// Runs a module or class body with 'locals' as its namespace.
Value run_code(CodeObject* code, DictObject* globals, const Value& locals);
// Calls a Python function (re-entrant).
Value call_function(FunctionObject* f, CallArgs& args);
// Resumes a generator/coroutine: send 'value', or raise 'exc' inside it when not Null.
ResumeResult gen_resume(GeneratorObject* gen, const Value& value, const Value& exc);
// gen.send(v) / gen.throw(e) / gen.close() from C++ with Python semantics
// (StopIteration when finished: returns false and stores the return value in 'out').
bool gen_send(GeneratorObject* gen, const Value& value, Value& out);
bool gen_throw(GeneratorObject* gen, const Value& exc, Value& out);
void gen_close(GeneratorObject* gen);
// True for the awaitables an async generator's asend()/athrow()/aclose() return: CPython counts
// them as coroutines (asyncio.iscoroutine(agen.aclose()) is True).
bool is_async_gen_awaitable(const Value& v);

// The innermost running Python frame (for super(), warnings, tracebacks), or null.
Frame* current_frame();
// The exception currently being handled (sys.exc_info()[1]) or None.
Value current_handled_exception();

void init_vm_types();

}  // namespace ls::lang
