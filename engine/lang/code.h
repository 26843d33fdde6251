// Code objects: the compiled bytecode of one function/module/class body, plus the source registry for tracebacks.
#pragma once
#include <string>
#include <vector>

#include "engine/lang/builtin_types.h"
#include "engine/lang/opcodes.h"

namespace ls::lang {

struct StrObject;
struct DictObject;

// One LOAD_GLOBAL inline cache: valid while both namespaces are unmutated (the value, borrowed,
// is then still held by its dict).
struct GlobalCacheEntry {
  DictObject* globals = nullptr;
  DictObject* builtins = nullptr;
  uint64_t globals_mutations = 0;
  uint64_t builtins_mutations = 0;
  Object* object = nullptr;  // the cached value when it is a heap object
  Value inline_value;        // the cached value otherwise
};

// One LOAD_ATTR / LOAD_METHOD / STORE_ATTR inline cache: what the attribute machinery decided
// for instances of 'type' while g_type_epoch was 'epoch' (any type namespace change, type
// creation or destruction invalidates it). The descriptor, borrowed, is then still held by the
// type's namespace.
enum class AttrPlan : uint8_t {
  Generic,       // no shortcut: run the full attribute protocol
  InstanceDict,  // load/store: the instance __dict__ decides (no data descriptor, no hooks);
                 // LOAD_METHOD: the type has no such attribute, an instance dict entry is it
  Method,        // LOAD_METHOD: a plain function/method descriptor unless the instance dict shadows it
};
enum class AttrUse : uint8_t { Load, Method, Store };
struct AttrCacheEntry {
  TypeObject* type = nullptr;
  uint64_t epoch = 0;
  AttrPlan plan = AttrPlan::Generic;
  Object* descr = nullptr;  // Method: the function found on the type
  Value class_value;        // InstanceDict loads: the class's plain value (str, int, None...) when
                            // the instance dict lacks the name (Future._state = 'PENDING')
  mutable uint32_t dict_hint = UINT32_MAX;  // entry index of the name in the last instance dict seen
};

// One instruction: an opcode and its operand.
struct Instr {
  Op op;
  uint8_t aux = 0;  // a second operand in the padding: COMPARE_JUMP_IF_FALSE's compare op
  uint32_t arg = 0;
};

enum CodeFlags : uint32_t {
  kCoVarargs = 1,         // has *args
  kCoVarkeywords = 2,     // has **kwargs
  kCoGenerator = 4,       // def with yield
  kCoCoroutine = 8,       // async def
  kCoAsyncGenerator = 16, // async def with yield
  kCoModule = 32,         // module body (names are globals)
  kCoClassBody = 64,      // class body (names go to the class namespace)
  kCoComprehension = 128, // an inlined-as-function comprehension
};

struct CodeObject : Object {
  std::string m_name;                   // co_name: "f", "<module>", "<listcomp>", "<lambda>"
  std::string m_qualname;               // co_qualname: "Outer.f.<locals>.g"
  std::string m_filename;               // as shown in tracebacks
  std::vector<Instr> m_code;            // the bytecode
  std::vector<int> m_lines;             // source line of each instruction (parallel to m_code)
  std::vector<Value> m_consts;          // constants (LOAD_CONST), including nested code objects
  std::vector<StrObject*> m_names;      // interned names (globals, attributes, imports)
  std::vector<std::string> m_varnames;  // fast locals: parameters first
  std::vector<std::string> m_cellvars;  // locals captured by nested functions
  std::vector<std::string> m_freevars;  // variables captured from enclosing functions
  std::vector<int> m_cell_arg;          // for each cellvar: the parameter index it starts from, or -1
  int m_argcount = 0;                   // positional parameters (incl. positional-only)
  int m_posonlyargcount = 0;
  int m_kwonlyargcount = 0;
  uint32_t m_flags = 0;                 // CodeFlags
  int m_stacksize = 0;                  // maximum value-stack depth
  int m_firstlineno = 1;
  bool m_is_library = false;            // compiled from the embedded library (skipped by await_location)
  Value m_doc;                          // docstring (None when absent)
  std::vector<GlobalCacheEntry> m_global_cache;  // per instruction, filled lazily by LOAD_GLOBAL
  std::vector<AttrCacheEntry> m_attr_cache;      // per instruction, filled lazily by LOAD_ATTR & co.
  // Derived by finalize() once the compiler is done:
  int m_nslots = 0;                     // nslots()
  std::vector<StrObject*> m_varname_objs;  // m_varnames interned (keyword arguments match by identity)
  bool m_simple_args = false;           // positional parameters only, no cells/frees, not a generator
  // Per instruction: 1 when it continues the line of the instruction before it (same line, not
  // the first instruction, not just after a yield). The recorder's line tracker skips such an
  // instruction at once when it directly follows the previous one in the same frame.
  std::vector<uint8_t> m_same_line;

  CodeObject();
  int nlocals() const { return int(m_varnames.size()); }
  int ncells() const { return int(m_cellvars.size()); }
  int nfree() const { return int(m_freevars.size()); }
  // Number of value slots a frame needs for locals + cells + frees.
  int nslots() const { return nlocals() + ncells() + nfree(); }
  void finalize();
  int line_at(size_t pc) const { return pc < m_lines.size() ? m_lines[pc] : m_firstlineno; }
};

// Source text of every compiled file, for the source lines of tracebacks and warnings.
void register_source(const std::string& filename, const std::string& source);
// The line 'line' (1-based) of 'filename' stripped of surrounding whitespace; "" if unknown.
std::string source_line(const std::string& filename, int line);

// Human-readable bytecode listing of 'code' and every nested code object.
std::string disassemble(const CodeObject* code);

}  // namespace ls::lang
