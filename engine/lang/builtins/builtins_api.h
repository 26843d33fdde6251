// What the builtins offer the rest of the engine (VM, interpreter): str formatting entry points,
// and the hooks/state behind sys and globals()/locals() that the VM reads or sets.
#pragma once
#include <string>
#include <string_view>

#include "engine/lang/object.h"
#include "engine/lang/protocol.h"

namespace ls::lang {

// ---- str formatting (the VM's binary_op(Mod) on a str and f-string helpers may call these) ----
// fmt % args: printf-style formatting with CPython's rules and errors ('args' may be a tuple,
// a mapping for "%(name)s", or a single value).
Value str_mod_format(const Value& fmt, const Value& args);
// fmt.format(*args, **kwargs): the full replacement-field syntax ({0}, {}, {name.attr[0]!r:>{w}}).
Value str_format_call(std::string_view fmt, const Value* args, size_t nargs, const Value* kwvalues,
                      const struct TupleObject* kwnames);
// ascii(v)
std::string ascii_string(const Value& v);

// ---- operators on containers (the VM's binary_op/inplace_op may call these first) -------------
// a | b, a & b, a - b, a ^ b for set/frozenset operands, and for dict keys()/items() views
// with any iterable (giving a set) ('inplace': |= &= -= ^= on a set, which
// is mutated and returned). NotImplemented when an operand is not a set-like.
Value set_binary_op(BinOp op, const Value& a, const Value& b, bool inplace);
// dict | dict and dict |= mapping-or-pairs. NotImplemented otherwise.
Value dict_binary_op(BinOp op, const Value& a, const Value& b, bool inplace);

// ---- state the VM reads -----------------------------------------------------------------------
// sys.setrecursionlimit(n) stores n here; 0 = not set. The VM's effective limit should be
// min(n, RunOptions::recursion_limit) when n > 0 (the configured limit bounds it).
extern int g_sys_recursion_limit;
// sys.set_asyncgen_hooks(firstiter, finalizer): Null/None when unset. The VM calls
// firstiter(agen) on an async generator's first iteration and finalizer(agen) when an unfinished
// one is finalized.
extern Value g_asyncgen_firstiter;
extern Value g_asyncgen_finalizer;
// The time a running program sees (time.monotonic()): the virtual clock, plus what a simulated
// worker of to_thread/run_in_executor has slept while one runs. Output timestamps use it.
double program_time();
// Resets the builtins' per-run state (virtual-clock offsets of workers, hooks, recursion limit);
// the interpreter may call it at the start of each run.
void reset_builtins_state();

}  // namespace ls::lang
