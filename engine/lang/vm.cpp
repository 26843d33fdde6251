// The bytecode interpreter: frames, argument binding, the dispatch loop (one function), and exception unwinding.
//
// Index: frames | argument binding | helpers used by the loop | run_frame (the dispatch loop)
//        | entry points (call_function, run_code)
#include "engine/lang/vm.h"

// GCC 12 inlines Value's (forced-inline) assignment into PUSH(Value::boolean(...)) and then
// warns that the Bool's payload, read as an Object pointer on a path it cannot rule out, points
// outside any object. The path is dead (the tag is checked first); GCC 13 no longer warns.
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ < 13
#pragma GCC diagnostic ignored "-Warray-bounds"
#endif

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>

#include "engine/lang/builtins/builtins_api.h"
#include "engine/lang/exceptions.h"
#include "engine/lang/int_object.h"
#include "engine/lang/interp_state.h"
#include "engine/lang/list_object.h"
#include "engine/lang/module_object.h"
#include "engine/lang/num/int64_ops.h"
#include "engine/lang/protocol.h"
#include "engine/lang/set_object.h"
#include "engine/lang/str_object.h"
#include "engine/lang/tuple_object.h"
#include "engine/trace/sink.h"

namespace ls::lang {

extern TypeObject* g_method_descriptor_type;
Value import_name(const std::string& name, const Value& globals, const Value& fromlist, int level);
Value import_from(const Value& module, StrObject* name);
void import_star(const Value& module, DictObject* ns);
void exception_group_split(const Value& eg, const Value& pred, Value& match, Value& rest);
Value get_awaitable(const Value& v, int where);
Value get_aiter(const Value& v);
Value get_anext(const Value& v);
bool send_into(const Value& receiver, const Value& value, Value& out);
Value make_async_gen_wrapped(const Value& v);
Value make_generator(FunctionObject* func, Frame* frame);

// ==== frames =====================================================================================
// Released frames are kept for reuse in pools by capacity class (16 slots per class), each an
// intrusive list threaded through m_back: a Python call takes its frame from the head of a list
// and a return puts it back, without malloc or a vector's bookkeeping.
constexpr int kFramePools = 64;
constexpr int kFramePoolMax = 256;  // frames kept per class
static Frame* g_frame_pool[kFramePools];
static int g_frame_pool_size[kFramePools];

// new_frame's body, inlined into the CALL fast path.
static LS_ALWAYS_INLINE Frame* acquire_frame(CodeObject* code, DictObject* globals, DictObject* builtins) {
  int nslots = code->m_nslots;
  int capacity = nslots + code->m_stacksize;
  int bucket = (capacity + 15) / 16;
  Frame* f;
  if (bucket < kFramePools && g_frame_pool[bucket]) {
    f = g_frame_pool[bucket];
    g_frame_pool[bucket] = f->m_back;
    --g_frame_pool_size[bucket];
  } else {
    size_t cap = bucket < kFramePools ? size_t(bucket) * 16 : size_t(capacity);
    void* mem = std::malloc(sizeof(Frame) + (cap - 1) * sizeof(Value));
    if (!mem) throw std::bad_alloc();
    f = static_cast<Frame*>(mem);
    std::memset(mem, 0, sizeof(Frame) + (cap - 1) * sizeof(Value));  // all Values Null
    f->m_capacity = int(cap);
  }
  // A pooled frame's m_func, m_locals_dict and m_exc are Null (release_frame), like its slots.
  f->m_code = code;
  incref(code);
  f->m_globals = globals;
  f->m_builtins = builtins;
  f->m_back = nullptr;
  f->m_gen = nullptr;
  f->m_ip = code->m_code.data();
  f->m_sp = 0;
  f->m_nblocks = 0;
  f->m_entry = false;
  f->m_pending_throw = false;
  f->m_nslots = nslots;
  return f;
}

Frame* new_frame(CodeObject* code, const Value& func, DictObject* globals, DictObject* builtins) {
  Frame* f = acquire_frame(code, globals, builtins);
  f->m_func = func;
  return f;
}

// free_frame's body, inlined into RETURN_VALUE.
static LS_ALWAYS_INLINE void release_frame(Frame* f) {
  // Slots above the recorded depth are always Null (pops move out), except one parked
  // exception/value just above it; every path that frees a frame records m_sp first.
  int used = f->m_nslots + int(f->m_sp) + 1;
  if (used > f->m_capacity) used = f->m_capacity;
#ifdef LS_CHECK_STACK
  for (int i = used; i < f->m_capacity; ++i)
    if (!f->m_slots[i].is_null()) {
      std::fprintf(stderr, "loopscope: internal error: frame of %s released with a value above its stack top (slot %d, sp %u, line %d)\n",
                   f->m_code->m_name.c_str(), i - f->m_nslots, f->m_sp, f->line());
      std::abort();
    }
#endif
  // Moving out leaves each slot Null (what acquire_frame expects) with the decref inlined.
  for (int i = 0; i < used; ++i) {
    Value old(std::move(f->m_slots[i]));
  }
  { Value old(std::move(f->m_func)); }
  if (!f->m_locals_dict.is_null()) f->m_locals_dict = Value();
  if (!f->m_exc.is_null()) f->m_exc = Value();
  decref(f->m_code);
  int bucket = f->m_capacity / 16;
  if (f->m_capacity % 16 == 0 && bucket < kFramePools && g_frame_pool_size[bucket] < kFramePoolMax) {
    f->m_back = g_frame_pool[bucket];
    g_frame_pool[bucket] = f;
    ++g_frame_pool_size[bucket];
    return;
  }
  std::free(f);
}

void free_frame(Frame* f) { release_frame(f); }

Frame* current_frame() { return g_state ? g_state->m_current : nullptr; }

Value current_handled_exception() {
  for (Frame* f = current_frame(); f; f = f->m_back)
    if (f->m_exc.is_obj()) return f->m_exc;
  return Value::none();
}

// ==== argument binding ===============================================================================
static std::string quoted_names(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}

// Moves call arguments into the frame's locals, with CPython's errors. 'args' may be moved from.
static void bind_arguments(FunctionObject* fn, Frame* f, Value* args, size_t nargs, TupleObject* kwnames, Value* kwvalues) {
  CodeObject* code = fn->m_code;
  Value* locals = f->locals();
  size_t argcount = size_t(code->m_argcount);
  size_t kwonly = size_t(code->m_kwonlyargcount);
  bool varargs = code->m_flags & kCoVarargs;
  bool varkw = code->m_flags & kCoVarkeywords;
  // Fast path: exact positional call.
  size_t nkw = kwnames ? kwnames->size() : 0;
  if (nargs == argcount && nkw == 0 && !varargs && !varkw && kwonly == 0) {
    for (size_t i = 0; i < nargs; ++i) locals[i] = std::move(args[i]);
  } else {
    // Only error messages need the name.
    auto fname = [fn] { return std::string(str_view(fn->m_qualname)); };
    size_t n = nargs < argcount ? nargs : argcount;
    for (size_t i = 0; i < n; ++i) locals[i] = std::move(args[i]);
    size_t vi = argcount + kwonly;
    if (varargs) {
      std::vector<Value> extra;
      for (size_t i = n; i < nargs; ++i) extra.push_back(std::move(args[i]));
      locals[vi] = make_tuple(std::move(extra));
    } else if (nargs > argcount) {
      size_t ndef = fn->m_defaults.is_null() ? 0 : as_tuple(fn->m_defaults)->size();
      size_t kwgiven = 0;
      for (size_t k = 0; k < nkw; ++k) {
        std::string_view kn = str_view(kwnames->m_items[k]);
        for (size_t j = argcount; j < argcount + kwonly; ++j)
          if (code->m_varnames[j] == kn) ++kwgiven;
      }
      std::string was = nargs == 1 ? "was" : "were";
      std::string msg;
      if (ndef == 0)
        msg = fname() + "() takes " + std::to_string(argcount) + " positional argument" + (argcount == 1 ? "" : "s") + " but " +
              std::to_string(nargs);
      else
        msg = fname() + "() takes from " + std::to_string(argcount - ndef) + " to " + std::to_string(argcount) +
              " positional arguments but " + std::to_string(nargs);
      if (kwgiven)
        msg += std::string(" positional argument") + (nargs == 1 ? "" : "s") + " (and " + std::to_string(kwgiven) +
               " keyword-only argument" + (kwgiven == 1 ? "" : "s") + ") were given";
      else
        msg += " " + was + " given";
      throw_type_error(msg);
    }
    DictObject* kwdict = nullptr;
    if (varkw) {
      Value d = make_dict();
      kwdict = as_dict(d);
      locals[vi + (varargs ? 1 : 0)] = d;
    }
    std::vector<std::string> posonly_as_kw;
    for (size_t k = 0; k < nkw; ++k) {
      const Value& kname = kwnames->m_items[k];
      std::string_view kn = str_view(kname);
      size_t j = size_t(code->m_posonlyargcount);
      bool found = false;
      for (; j < argcount + kwonly; ++j) {
        if (code->m_varname_objs[j] == kname.obj() || code->m_varnames[j] == kn) {
          found = true;
          break;
        }
      }
      if (!found) {
        bool posonly = false;
        for (size_t p = 0; p < size_t(code->m_posonlyargcount); ++p)
          if (code->m_varnames[p] == kn) posonly = true;
        if (kwdict) {
          kwdict->set(kname, std::move(kwvalues[k]));
          continue;
        }
        if (posonly) {
          posonly_as_kw.emplace_back(kn);
          continue;
        }
        raise_error(Err::UnexpectedKeyword, {fname(), kn});
      }
      if (!locals[j].is_null()) raise_error(Err::MultipleValues, {fname(), kn});
      locals[j] = std::move(kwvalues[k]);
    }
    if (!posonly_as_kw.empty()) {
      std::string names;
      for (size_t i = 0; i < posonly_as_kw.size(); ++i) names += (i ? ", " : "") + posonly_as_kw[i];
      raise_error(Err::PositionalOnlyAsKeyword, {fname(), names});
    }
    // Defaults and missing arguments.
    if (nargs < argcount || nkw) {
      size_t ndef = 0;
      TupleObject* defs = nullptr;
      if (!fn->m_defaults.is_null()) {
        defs = as_tuple(fn->m_defaults);
        ndef = defs->size();
      }
      std::vector<std::string> missing;
      for (size_t i = 0; i < argcount; ++i) {
        if (!locals[i].is_null()) continue;
        if (i + ndef >= argcount) locals[i] = defs->m_items[i + ndef - argcount];
        else missing.push_back(code->m_varnames[i]);
      }
      if (!missing.empty())
        throw_type_error(fname() + "() missing " + std::to_string(missing.size()) + " required positional argument" +
                         (missing.size() == 1 ? "" : "s") + ": " + quoted_names(missing));
    }
    if (kwonly) {
      std::vector<std::string> missing;
      for (size_t j = argcount; j < argcount + kwonly; ++j) {
        if (!locals[j].is_null()) continue;
        Value d;
        if (!fn->m_kwdefaults.is_null()) d = as_dict(fn->m_kwdefaults)->get(code->m_varname_objs[j]);
        if (!d.is_null()) locals[j] = d;
        else missing.push_back(code->m_varnames[j]);
      }
      if (!missing.empty())
        throw_type_error(fname() + "() missing " + std::to_string(missing.size()) + " required keyword-only argument" +
                         (missing.size() == 1 ? "" : "s") + ": " + quoted_names(missing));
    }
  }
  // Cells and free variables.
  int nl = code->nlocals();
  for (int i = 0; i < code->ncells(); ++i) {
    int a = code->m_cell_arg[size_t(i)];
    Value init = a >= 0 ? locals[a] : Value();
    locals[nl + i] = Value(new CellObject(std::move(init)));
  }
  if (code->nfree()) {
    auto& cells = as_tuple(fn->m_closure)->m_items;
    for (int i = 0; i < code->nfree(); ++i) locals[nl + code->ncells() + i] = cells[size_t(i)];
  }
}

// Builds a frame for calling 'fn' (arguments bound). The caller runs or wraps it.
static Frame* frame_for_call(FunctionObject* fn, Value* args, size_t nargs, TupleObject* kwnames, Value* kwvalues) {
  Frame* f = new_frame(fn->m_code, Value(fn), fn->m_globals.as<DictObject>(),
                       fn->m_builtins.is_null() ? g_state->m_builtins : fn->m_builtins.as<DictObject>());
  try {
    bind_arguments(fn, f, args, nargs, kwnames, kwvalues);
  } catch (...) {
    free_frame(f);
    throw;
  }
  return f;
}

// ==== helpers used by the loop ======================================================================
static Value traceback_push(const Value& exc, Frame* f) {
  auto* e = exc.as<BaseExceptionObject>();
  int line = f->line();
  e->m_traceback = Value(new TracebackObject(e->m_traceback, f->m_code, line));
  return exc;
}

// An exception is leaving frame 'f' (no handler left in it). CPython's traceback keeps each
// frame it passes through alive, with its local variables, for as long as the exception
// lives: what a failing function held is released when the exception is (after the except
// block that caught it), not when the frame is left. The frame's object locals move into its
// traceback entry. The exception itself is left out: it would hold itself, and nothing could
// free that cycle.
static void keep_frame_locals(const Value& exc, Frame* f) {
  auto* e = exc.as<BaseExceptionObject>();
  if (!e->m_traceback.is_obj() || f->m_nslots == 0) return;
  auto* tb = e->m_traceback.as<TracebackObject>();
  if (tb->m_code != f->m_code || !tb->m_locals.is_null()) return;
  std::vector<Value> kept;
  for (int i = 0; i < f->m_nslots; ++i) {
    Value& v = f->m_slots[i];
    if (v.is_obj() && !v.is(exc)) kept.push_back(std::move(v));
  }
  if (!kept.empty()) tb->m_locals = make_tuple(std::move(kept));
}

// Sets __context__ of a freshly raised exception to the exception being handled (avoiding cycles).
static void set_context(const Value& exc, Frame* f) {
  Value handled;
  for (Frame* x = f; x; x = x->m_back)
    if (x->m_exc.is_obj()) {
      handled = x->m_exc;
      break;
    }
  if (handled.is_null() || handled.is(exc)) return;
  // Break a cycle: if exc appears in handled's context chain, cut it there.
  Value o = handled;
  while (o.is_obj()) {
    auto* oe = o.as<BaseExceptionObject>();
    if (oe->m_context.is(exc)) {
      oe->m_context = Value::none();
      break;
    }
    o = oe->m_context;
  }
  exc.as<BaseExceptionObject>()->m_context = handled;
}

// raise X: X may be an exception class (instantiated) or instance.
static Value make_raisable(const Value& v) {
  if (is_instance(v, g_type_type) && is_subtype(v.as<TypeObject>(), g_BaseException)) return call(v, {});
  if (is_instance(v, g_BaseException)) return v;
  raise_error(Err::ExceptionsMustDerive);
}

static bool exc_matches(const Value& exc, const Value& type) {
  if (is_tuple(type)) {
    for (auto& t : as_tuple(type)->m_items)
      if (exc_matches(exc, t)) return true;
    return false;
  }
  if (!is_instance(type, g_type_type) || !is_subtype(type.as<TypeObject>(), g_BaseException))
    raise_error(Err::CatchingNonException);
  return is_instance(exc, type.as<TypeObject>());
}

static Value format_value(const Value& v, int conv, const Value& spec) {
  Value x = v;
  if (conv == 1) x = str(v);
  else if (conv == 2) x = repr(v);
  else if (conv == 3) x = make_str(ascii_string(v));
  if (spec.is_null()) {
    if (is_str(x) && x.obj()->m_type == g_str_type) return x;
    return format(x, "");
  }
  return format(x, str_view(spec));
}

// Pushes the unpacked items above 'sp'; returns the new stack top.
static Value* unpack_into(const Value& seq, Value* sp, size_t before, size_t after, bool starred) {
  std::vector<Value> items;
  if (is_tuple(seq)) items = as_tuple(seq)->m_items;
  else if (is_list(seq)) items = as_list(seq)->m_items;
  else {
    TypeObject* t = type_of(seq);
    if (!t->m_slots.iter && (!t->m_heap || (type_lookup_user(t, intern("__iter__")).is_null() &&
                                             type_lookup_user(t, intern("__getitem__")).is_null())))
      raise_error(Err::CannotUnpack, {t->m_name});
    Value it = get_iter(seq);
    Value x;
    while (next(it, x)) {
      items.push_back(x);
      if (!starred && items.size() > before) raise_error(Err::TooManyToUnpack, {std::to_string(before)});
    }
  }
  if (!starred) {
    if (items.size() > before) raise_error(Err::TooManyToUnpack, {std::to_string(before)});
    if (items.size() < before) raise_error(Err::NotEnoughToUnpack, {std::to_string(before), std::to_string(items.size())});
    for (size_t i = items.size(); i-- > 0;) *sp++ = std::move(items[i]);
    return sp;
  }
  if (items.size() < before + after)
    raise_error(Err::NotEnoughToUnpackStar, {std::to_string(before + after), std::to_string(items.size())});
  size_t mid = items.size() - before - after;
  for (size_t i = 0; i < after; ++i) *sp++ = std::move(items[items.size() - 1 - i]);
  std::vector<Value> middle(items.begin() + long(before), items.begin() + long(before + mid));
  *sp++ = make_list(std::move(middle));
  for (size_t i = before; i-- > 0;) *sp++ = std::move(items[i]);
  return sp;
}

// NameError with CPython's "Did you mean" / "Did you forget to import" hint.
[[noreturn]] static void raise_name_error(Frame* f, StrObject* name) {
  Value exc = new_exception(g_NameError, error_text(Err::NameNotDefined, {name->view()}));
  std::vector<std::string> cands;
  if (f->m_locals_dict.is_null() || f->m_locals_dict.obj() != f->m_globals) {
    if (!f->m_locals_dict.is_null() && is_dict(f->m_locals_dict)) {
      as_dict(f->m_locals_dict)->for_each([&](const Value& k, const Value&) {
        if (is_str(k)) cands.emplace_back(str_view(k));
      });
    } else {
      for (int i = 0; i < f->m_code->nlocals(); ++i)
        if (!f->locals()[i].is_null()) cands.push_back(f->m_code->m_varnames[size_t(i)]);
    }
  }
  for (DictObject* d : {f->m_globals, f->m_builtins})
    d->for_each([&](const Value& k, const Value&) {
      if (is_str(k)) cands.emplace_back(str_view(k));
    });
  std::string wrong(name->view());
  std::string s = closest_name(wrong, cands);
  auto* e = exc.as<BaseExceptionObject>();
  if (!s.empty()) e->m_suggestion = ". Did you mean: '" + s + "'?";
  else if (is_stdlib_module_name(wrong)) e->m_suggestion = ". Did you forget to import '" + wrong + "'?";
  throw PyException(exc);
}

// The inline attribute cache of the instruction being run (at 'index'), planned for type 't'.
static LS_ALWAYS_INLINE const AttrCacheEntry& attr_cache(Frame* f, size_t index, TypeObject* t, StrObject* name, AttrUse use) {
  CodeObject* code = f->m_code;
  if (code->m_attr_cache.empty()) code->m_attr_cache.resize(code->m_code.size());
  AttrCacheEntry& c = code->m_attr_cache[index];
  if (c.type != t || c.epoch != g_type_epoch) plan_attribute(c, t, name, use);
  return c;
}

static Value load_global(Frame* f, StrObject* name) {
  Value v = f->m_globals->get(name);
  if (!v.is_null()) return v;
  v = f->m_builtins->get(name);
  if (!v.is_null()) return v;
  raise_name_error(f, name);
}

// Python-level `super()` without arguments: uses the calling frame's first argument and __class__ cell.
Value zero_arg_super(Frame* f) {
  CodeObject* code = f->m_code;
  if (code->m_argcount == 0 && !(code->m_flags & kCoVarargs)) raise_error(Err::SuperNoArgs);
  Value first = f->locals()[0];
  // The first argument may have been moved into a cell.
  for (int i = 0; i < code->ncells(); ++i)
    if (code->m_cell_arg[size_t(i)] == 0) first = f->locals()[code->nlocals() + i].as<CellObject>()->m_value;
  if (first.is_null()) raise_error(Err::SuperNoArgs);
  int idx = -1;
  for (int i = 0; i < code->nfree(); ++i)
    if (code->m_freevars[size_t(i)] == "__class__") idx = code->nlocals() + code->ncells() + i;
  if (idx < 0) raise_error(Err::SuperNoClass);
  Value cls = f->locals()[idx].as<CellObject>()->m_value;
  if (!is_instance(cls, g_type_type)) raise_error(Err::SuperNoClass);
  extern Value make_super(TypeObject * start, const Value& obj);
  return make_super(cls.as<TypeObject>(), first);
}

void update_budget_check() {
  InterpState* s = g_state;
  uint64_t limit = s->m_options.max_instructions;
  if (s->m_in_step) {
    uint64_t step_end = s->m_step_start + s->m_options.step_budget;
    if (step_end < limit) limit = step_end;
  }
  // Memory is checked every few thousand instructions as well.
  uint64_t memory_check = g_instructions + 4096;
  if (memory_check < limit) limit = memory_check;
  // While a run is recorded, program frames take the slow path every instruction (budget_exceeded
  // reports their lines); library frames do not. TRACE_FRAME_SWITCH re-decides when frames change.
  bool lines = ls::trace::g_trace_sink && s->m_current && !s->m_current->m_code->m_is_library;
  s->m_budget_due = limit;
  g_next_check = (s->m_pending_abort >= 0 || lines) ? 0 : limit;
}
#define TRACE_FRAME_SWITCH()                              \
  do {                                                    \
    if (ls::trace::g_trace_sink) update_budget_check();   \
  } while (0)

static LS_ALWAYS_INLINE bool int_compare(int64_t x, int64_t y, CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return x < y;
    case CompareOp::Le: return x <= y;
    case CompareOp::Eq: return x == y;
    case CompareOp::Ne: return x != y;
    case CompareOp::Gt: return x > y;
    case CompareOp::Ge: return x >= y;
  }
  return false;
}

// ==== the dispatch loop =============================================================================
// Runs 'entry' (and the frames it calls) until 'entry' returns or yields. Python->Python calls
// push frames without recursing in C++. Exceptions unwind through handler blocks and frames;
// one leaving 'entry' is rethrown as a C++ PyException. The caller owns 'entry'.
static inline int recursion_limit(InterpState* st) {
  int limit = st->m_recursion_limit;
  if (g_sys_recursion_limit > 0 && g_sys_recursion_limit < limit) limit = g_sys_recursion_limit;
  return limit;
}

// C++ stack the nested dispatch loops may use (native code calling back into Python): beyond
// it a RecursionError is raised instead of overflowing, also in threads with small stacks.
constexpr std::ptrdiff_t kMaxNativeStack = 3 << 20;

#ifdef LS_CHECK_STACK
[[noreturn]] static void stack_slot_in_use(Frame* f) {
  std::fprintf(stderr, "loopscope: internal error: a value-stack slot above the top was not empty (%s, line %d)\n",
               f->m_code->m_name.c_str(), f->line());
  std::abort();
}
#endif

// GCC 12 keeps the stack top and the instruction pointer of this large function in memory
// (spilled around the calls its handlers make), which puts a store-to-load round trip on every
// push, pop and dispatch. Pinning both to callee-saved registers, as OCaml's bytecode
// interpreter does, made fib 22% and method calls 27% faster (docs/engine-vm.md, seventh pass).
// Neither variable may have its address taken. Other compilers and targets get plain locals.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define LS_VM_REGISTER(decl, reg) register decl asm(reg)
#else
#define LS_VM_REGISTER(decl, reg) decl
#endif

// Two versions of the loop. A recorded run (kCountEach) counts every instruction and checks
// its budgets (and reports lines to the recorder) before each one. Otherwise the loop counts
// whole stretches of code where control goes back: a backward jump adds the loop body's
// length, a return the function's, and budgets are checked at backward jumps and calls, so no
// loop or recursion escapes them while straight-line code pays nothing per instruction.
template <bool kCountEach>
static ResumeResult run_frame_loop(Frame* entry) {
  // The interpreter state is read through the global, not kept in a register: the loop needs
  // it only on calls and returns, and its registers are better spent on 'ip' and 'sp'.
#define st g_state
  if (st->m_depth >= recursion_limit(st)) raise_error(Err::RecursionLimit);
  char probe;
  if (st->m_stack_base && st->m_stack_base - &probe > kMaxNativeStack) raise_error(Err::RecursionLimit);
  entry->m_entry = true;
  entry->m_back = st->m_current;
  st->m_current = entry;
  ++st->m_depth;
  TRACE_FRAME_SWITCH();
  Frame* f = entry;
  LS_VM_REGISTER(Value* sp, "r14") = f->stack() + f->m_sp;
  bool reraise = false;
  Value pending;
  if (f->m_pending_throw) {
    f->m_pending_throw = false;
    pending = std::move(f->m_slots[f->m_nslots + f->m_sp]);  // the exception was parked above the stack
    f->m_slots[f->m_nslots + f->m_sp] = Value();
  }

  // Slots at and above 'sp' are always Null (pops move out, DROP clears), so a push constructs
  // in place without looking at the old value. Sanitizer builds check that invariant.
#ifdef LS_CHECK_STACK
#define STACK_SLOT_FREE() (sp->is_null() ? (void)0 : stack_slot_in_use(f))
#else
#define STACK_SLOT_FREE() ((void)0)
#endif
#define PUSH(v) (STACK_SLOT_FREE(), new (sp++) Value(v))
#define PUSHM(v) (STACK_SLOT_FREE(), new (sp++) Value(std::move(v)))
#define PUSH_NULL_SLOT() (STACK_SLOT_FREE(), ++sp)
#define POP() (Value(std::move(*--sp)))  // a prvalue: the slot is emptied even when bound to a const reference
#define TOP() (sp[-1])
#define PEEK(n) (sp[-int(n)])
#define DROP() (*--sp = Value())
  // A backward jump outside a recording (a loop going round) counts the loop body and checks
  // the budgets once it has landed.
#define JUMPTO(t)                                              \
  do {                                                         \
    const Instr* to_ = code_base + (t);                        \
    const bool back_ = !kCountEach && to_ < ip;                \
    if (back_) g_instructions += uint64_t(ip - to_);           \
    ip = to_;                                                  \
    f->m_ip = ip;                                              \
    if (back_) CHECK_BUDGETS();                                \
  } while (0)
  // Between two instructions (f->m_ip the next one): the budget checks that are due.
#define CHECK_BUDGETS()                    \
  do {                                     \
    if (g_instructions >= g_next_check) {  \
      f->m_sp = uint32_t(sp - f->stack()); \
      budget_exceeded();                   \
    }                                      \
  } while (0)
#define LOCALS() (f->m_slots)
  // The running frame's next instruction lives in a local (a register), its bytecode's start
  // in another (read by jumps only); f->m_ip is written through. ENTER_FRAME reloads both
  // whenever 'f' changes or a handler moved its instruction pointer.
  const Instr* code_base = nullptr;
  LS_VM_REGISTER(const Instr* ip, "r12") = nullptr;
#define ENTER_FRAME() (code_base = f->m_code->m_code.data(), ip = f->m_ip)
  // Index of the instruction being run (its inline caches).
#define INDEX() (size_t(ip - code_base) - 1)
  // The instruction being run: read where it sits rather than copied into locals, which leaves
  // the registers to 'ip' and 'sp'.
#define OPCODE (ip[-1].op)
#define OPARG (ip[-1].arg)
#define OPAUX (ip[-1].aux)
  // A Python->Python call: 'nf' (arguments bound) becomes the running frame of this loop.
#define PUSH_FRAME(nf)                  \
  do {                                  \
    f->m_sp = uint32_t(sp - f->stack()); \
    (nf)->m_back = f;                   \
    st->m_current = (nf);               \
    ++st->m_depth;                      \
    TRACE_FRAME_SWITCH();               \
    f = (nf);                           \
    ENTER_FRAME();                      \
    sp = f->stack();                    \
  } while (0)
#define NAME(i) (f->m_code->m_names[(i)])

  for (;;) {
    try {
      if (!pending.is_null()) goto unwind;
      ENTER_FRAME();
      for (;;) {
        if constexpr (kCountEach) {
          ++g_instructions;
          CHECK_BUDGETS();
        }
        ++ip;
        f->m_ip = ip;  // written through for tracebacks and the recorder; never read back here
        switch (OPCODE) {
          case Op::NOP:
          case Op::RETURN_GENERATOR:
          case Op::STOPITERATION_ERROR:
          case Op::DICT_TO_LOCALS:
            break;
          case Op::POP_TOP: DROP(); break;
          case Op::COPY: {
            Value v = PEEK(OPARG);
            PUSHM(v);
            break;
          }
          case Op::SWAP: std::swap(sp[-1], sp[-int(OPARG)]); break;
          case Op::PUSH_NULL: PUSH_NULL_SLOT(); break;
          case Op::LOAD_CONST: PUSH(f->m_code->m_consts[OPARG]); break;
          case Op::LOAD_FAST: {
            const Value& v = LOCALS()[OPARG];
            if (v.is_null()) raise_error(Err::UnboundLocal, {f->m_code->m_varnames[OPARG]});
            PUSH(v);
            break;
          }
          case Op::STORE_FAST: LOCALS()[OPARG] = POP(); break;
          case Op::DELETE_FAST:
            if (LOCALS()[OPARG].is_null()) raise_error(Err::UnboundLocal, {f->m_code->m_varnames[OPARG]});
            LOCALS()[OPARG] = Value();
            break;
          case Op::LOAD_DEREF:
          case Op::LOAD_CLASSDEREF: {
            CodeObject* code = f->m_code;
            int idx = int(OPARG);
            if (OPCODE == Op::LOAD_CLASSDEREF) {
              const std::string& n = idx < code->ncells() ? code->m_cellvars[size_t(idx)] : code->m_freevars[size_t(idx - code->ncells())];
              Value v = as_dict(f->m_locals_dict)->get(intern(n));
              if (!v.is_null()) {
                PUSHM(v);
                break;
              }
            }
            Value& cell = LOCALS()[code->nlocals() + idx];
            const Value& v = cell.as<CellObject>()->m_value;
            if (v.is_null()) {
              if (idx < code->ncells()) raise_error(Err::UnboundLocal, {code->m_cellvars[size_t(idx)]});
              raise_error(Err::UnboundFree, {code->m_freevars[size_t(idx - code->ncells())]});
            }
            PUSH(v);
            break;
          }
          case Op::STORE_DEREF:
            LOCALS()[f->m_code->nlocals() + int(OPARG)].as<CellObject>()->m_value = POP();
            break;
          case Op::DELETE_DEREF:
            LOCALS()[f->m_code->nlocals() + int(OPARG)].as<CellObject>()->m_value = Value();
            break;
          case Op::LOAD_CLOSURE: PUSH(LOCALS()[f->m_code->nlocals() + int(OPARG)]); break;
          case Op::LOAD_GLOBAL:
          case Op::LOAD_GLOBAL_NULL: {
            CodeObject* code = f->m_code;
            if (code->m_global_cache.empty()) code->m_global_cache.resize(code->m_code.size());
            GlobalCacheEntry& c = code->m_global_cache[INDEX()];
            if (c.globals == f->m_globals && c.builtins == f->m_builtins &&
                c.globals_mutations == f->m_globals->m_mutations && c.builtins_mutations == f->m_builtins->m_mutations) {
              if (c.object) PUSH(Value(c.object));
              else PUSH(c.inline_value);
            } else {
              Value v = load_global(f, NAME(OPARG));
              c.globals = f->m_globals;
              c.builtins = f->m_builtins;
              c.globals_mutations = f->m_globals->m_mutations;
              c.builtins_mutations = f->m_builtins->m_mutations;
              c.object = v.is_obj() ? v.obj() : nullptr;
              c.inline_value = v.is_obj() ? Value() : v;
              PUSHM(v);
            }
            if (OPCODE == Op::LOAD_GLOBAL_NULL) PUSH_NULL_SLOT();
            break;
          }
          case Op::STORE_GLOBAL: f->m_globals->set(Value(NAME(OPARG)), POP()); break;
          case Op::DELETE_GLOBAL:
            if (f->m_globals->remove(Value(NAME(OPARG))).is_null()) raise_error(Err::NameNotDefined, {NAME(OPARG)->view()});
            break;
          case Op::LOAD_NAME: {
            StrObject* n = NAME(OPARG);
            Value v;
            if (!f->m_locals_dict.is_null()) {
              if (is_dict(f->m_locals_dict)) v = as_dict(f->m_locals_dict)->get(n);
              else {
                try {
                  v = getitem(f->m_locals_dict, Value(n));
                } catch (PyException& e) {
                  if (!e.matches(g_KeyError)) throw;
                }
              }
            }
            if (v.is_null()) v = load_global(f, n);
            PUSHM(v);
            break;
          }
          case Op::STORE_NAME: {
            Value v = POP();
            if (is_dict(f->m_locals_dict)) as_dict(f->m_locals_dict)->set(Value(NAME(OPARG)), std::move(v));
            else setitem(f->m_locals_dict, Value(NAME(OPARG)), v);
            break;
          }
          case Op::DELETE_NAME:
            if (as_dict(f->m_locals_dict)->remove(Value(NAME(OPARG))).is_null())
              raise_error(Err::NameNotDefined, {NAME(OPARG)->view()});
            break;
          case Op::LOAD_ATTR: {
            Value& top = TOP();
            if (top.is_obj()) {
              Object* o = top.obj();
              StrObject* name = NAME(OPARG);
              const AttrCacheEntry& c = attr_cache(f, INDEX(), o->m_type, name, AttrUse::Load);
              if (c.plan == AttrPlan::InstanceDict) {
                const Value* slot = o->m_dict ? o->m_dict->find_str_hinted(name, c.dict_hint) : nullptr;
                if (!slot && !c.class_value.is_null()) slot = &c.class_value;
                if (slot) {
                  top = Value(*slot);
                  break;
                }
              }
            }
            Value obj = POP();
            PUSHM(getattr(obj, NAME(OPARG)));
            break;
          }
          case Op::LOAD_METHOD: {
            StrObject* name = NAME(OPARG);
            {
              Value& top = TOP();
              const AttrCacheEntry& c = attr_cache(f, INDEX(), type_of(top), name, AttrUse::Method);
              if (c.plan == AttrPlan::Method) {
                Object* o = top.is_obj() ? top.obj() : nullptr;
                if (!o || !o->m_dict || o->m_dict->lacks_str(name)) {
                  Value self = std::move(top);
                  top = Value(c.descr);
                  PUSHM(self);
                  break;
                }
              } else if (c.plan == AttrPlan::InstanceDict && top.is_obj() && top.obj()->m_dict) {
                if (const Value* slot = top.obj()->m_dict->find_str_hinted(name, c.dict_hint)) {
                  top = Value(*slot);
                  PUSH(Value());
                  break;
                }
              }
            }
            // Not a plain method (or shadowed by the instance): the attribute itself, no self.
            Value obj = POP();
            PUSHM(getattr(obj, name));
            PUSH(Value());
            break;
          }
          case Op::STORE_ATTR: {
            Value obj = POP();
            Value v = POP();
            if (obj.is_obj() && obj.obj()->m_dict) {
              Object* o = obj.obj();
              StrObject* name = NAME(OPARG);
              const AttrCacheEntry& c = attr_cache(f, INDEX(), o->m_type, name, AttrUse::Store);
              if (c.plan == AttrPlan::InstanceDict) {
                if (!o->m_dict->replace_str_hinted(name, v, c.dict_hint)) {
                  o->m_dict->set(Value(name), std::move(v));
                  // New instances of the class get dicts of this size up front.
                  uint32_t n = uint32_t(o->m_dict->size());
                  if (n > o->m_type->m_dict_size_hint && n <= 64) o->m_type->m_dict_size_hint = n;
                }
                break;
              }
            }
            setattr(obj, NAME(OPARG), v);
            break;
          }
          case Op::DELETE_ATTR: {
            Value obj = POP();
            delattr(obj, NAME(OPARG));
            break;
          }
          case Op::BINARY_SUBSCR: {
            Value key = POP();
            Value obj = POP();
            if (obj.is_obj() && key.is_int()) {
              TypeObject* t = obj.obj()->m_type;
              if (t == g_list_type) {
                auto& items = obj.as<ListObject>()->m_items;
                int64_t i = key.as_int();
                if (i < 0) i += int64_t(items.size());
                if (i >= 0 && i < int64_t(items.size())) {
                  PUSH(items[size_t(i)]);
                  break;
                }
              } else if (t == g_tuple_type) {
                auto& items = obj.as<TupleObject>()->m_items;
                int64_t i = key.as_int();
                if (i < 0) i += int64_t(items.size());
                if (i >= 0 && i < int64_t(items.size())) {
                  PUSH(items[size_t(i)]);
                  break;
                }
              }
            }
            if (obj.is_obj() && obj.obj()->m_type == g_dict_type) {
              Value v = obj.as<DictObject>()->get(key);
              if (v.is_null()) throw_key_error(key);
              PUSHM(v);
              break;
            }
            PUSHM(getitem(obj, key));
            break;
          }
          case Op::STORE_SUBSCR: {
            Value key = POP();
            Value obj = POP();
            Value v = POP();
            if (obj.is_obj() && obj.obj()->m_type == g_dict_type) {
              obj.as<DictObject>()->set(key, std::move(v));
              break;
            }
            setitem(obj, key, v);
            break;
          }
          case Op::DELETE_SUBSCR: {
            Value key = POP();
            Value obj = POP();
            delitem(obj, key);
            break;
          }
          case Op::BINARY_OP:
          case Op::INPLACE_OP: {
            Value b = POP();
            Value& a = TOP();
            BinOp op = BinOp(OPARG);
            if (a.is_int() && b.is_int()) {
              int64_t x = a.as_int(), y = b.as_int(), r;
              bool done = false;
              switch (op) {
                case BinOp::Add: done = num::checked_add(x, y, &r); break;
                case BinOp::Sub: done = num::checked_sub(x, y, &r); break;
                case BinOp::Mul: done = num::checked_mul(x, y, &r); break;
                case BinOp::FloorDiv: done = y != 0 && num::floor_div(x, y, &r); break;
                case BinOp::Mod:
                  if (y != 0) r = num::floor_mod(x, y), done = true;
                  break;
                case BinOp::And: r = x & y, done = true; break;
                case BinOp::Or: r = x | y, done = true; break;
                case BinOp::Xor: r = x ^ y, done = true; break;
                case BinOp::LShift: done = y >= 0 && num::checked_lshift(x, y, &r); break;
                case BinOp::RShift:
                  if (y >= 0) r = num::rshift(x, y), done = true;
                  break;
                default: break;
              }
              if (done) {
                a = Value::integer(r);
                break;
              }
            } else if (a.is_float() && b.is_float()) {
              double x = a.as_float(), y = b.as_float();
              if (op == BinOp::Add) { a = Value::real(x + y); break; }
              if (op == BinOp::Sub) { a = Value::real(x - y); break; }
              if (op == BinOp::Mul) { a = Value::real(x * y); break; }
            }
            Value av = std::move(a);
            a = OPCODE == Op::BINARY_OP ? binary_op(op, av, b) : inplace_op(op, av, b);
            break;
          }
          case Op::UNARY_NEGATIVE: {
            Value v = POP();
            PUSHM(unary_op(UnaryOp::Neg, v));
            break;
          }
          case Op::UNARY_POSITIVE: {
            Value v = POP();
            PUSHM(unary_op(UnaryOp::Pos, v));
            break;
          }
          case Op::UNARY_INVERT: {
            Value v = POP();
            PUSHM(unary_op(UnaryOp::Invert, v));
            break;
          }
          case Op::UNARY_NOT: {
            Value v = POP();
            PUSH(Value::boolean(!truthy(v)));
            break;
          }
          case Op::COMPARE_OP: {
            Value b = POP();
            Value& a = TOP();
            if (a.is_int() && b.is_int()) {
              a = Value::boolean(int_compare(a.as_int(), b.as_int(), CompareOp(OPARG)));
              break;
            }
            Value av = std::move(a);
            a = compare(av, b, CompareOp(OPARG));
            break;
          }
          case Op::COMPARE_JUMP_IF_FALSE: {
            Value b = POP();
            Value a = POP();
            bool t;
            if (a.is_int() && b.is_int()) {
              t = int_compare(a.as_int(), b.as_int(), CompareOp(OPAUX));
            } else {
              Value r = compare(a, b, CompareOp(OPAUX));
              t = r.is_bool() ? r.as_bool() : truthy(r);
            }
            if (!t) JUMPTO(OPARG);
            break;
          }
          case Op::IS_OP: {
            Value b = POP();
            Value a = POP();
            PUSH(Value::boolean(a.is(b) != (OPARG == 1)));
            break;
          }
          case Op::CONTAINS_OP: {
            Value b = POP();
            Value a = POP();
            PUSH(Value::boolean(contains(b, a) != (OPARG == 1)));
            break;
          }
          case Op::BUILD_TUPLE: {
            std::vector<Value> items(OPARG);
            for (uint32_t i = OPARG; i-- > 0;) items[i] = POP();
            PUSHM(make_tuple(std::move(items)));
            break;
          }
          case Op::BUILD_LIST: {
            std::vector<Value> items(OPARG);
            for (uint32_t i = OPARG; i-- > 0;) items[i] = POP();
            PUSHM(make_list(std::move(items)));
            break;
          }
          case Op::BUILD_SET: {
            Value s = make_set();
            Value* base = sp - OPARG;
            for (uint32_t i = 0; i < OPARG; ++i) as_set(s)->add(base[i]);
            for (uint32_t i = 0; i < OPARG; ++i) DROP();
            PUSHM(s);
            break;
          }
          case Op::BUILD_MAP: {
            Value d = make_dict();
            Value* base = sp - 2 * OPARG;
            for (uint32_t i = 0; i < OPARG; ++i) as_dict(d)->set(base[2 * i], base[2 * i + 1]);
            for (uint32_t i = 0; i < 2 * OPARG; ++i) DROP();
            PUSHM(d);
            break;
          }
          case Op::BUILD_STRING: {
            std::string s;
            Value* base = sp - OPARG;
            for (uint32_t i = 0; i < OPARG; ++i) s.append(str_view(base[i]));
            for (uint32_t i = 0; i < OPARG; ++i) DROP();
            PUSHM(make_str(s));
            break;
          }
          case Op::BUILD_SLICE: {
            Value step = OPARG == 3 ? POP() : Value::none();
            Value stop = POP();
            Value start = POP();
            PUSHM(Value(new SliceObject(start, stop, step)));
            break;
          }
          case Op::LIST_APPEND: {
            Value v = POP();
            PEEK(OPARG).as<ListObject>()->m_items.push_back(std::move(v));
            break;
          }
          case Op::SET_ADD: {
            Value v = POP();
            PEEK(OPARG).as<SetObject>()->add(v);
            break;
          }
          case Op::MAP_ADD: {
            Value v = POP();
            Value k = POP();
            PEEK(OPARG).as<DictObject>()->set(k, std::move(v));
            break;
          }
          case Op::LIST_EXTEND: {
            Value it = POP();
            auto* l = PEEK(OPARG).as<ListObject>();
            if (is_list(it) || is_tuple(it)) {
              auto& src = is_list(it) ? as_list(it)->m_items : as_tuple(it)->m_items;
              std::vector<Value> copy = src;
              l->m_items.insert(l->m_items.end(), copy.begin(), copy.end());
            } else {
              TypeObject* t = type_of(it);
              if (!t->m_slots.iter && (!t->m_heap || type_lookup_user(t, intern("__iter__")).is_null()))
                throw_type_error("Value after * must be an iterable, not " + t->m_name);
              for_each(it, [&](const Value& x) { l->m_items.push_back(x); });
            }
            break;
          }
          case Op::SET_UPDATE: {
            Value it = POP();
            auto* s = PEEK(OPARG).as<SetObject>();
            if (is_set_like(it)) s->merge(as_set(it));
            else for_each(it, [&](const Value& x) { s->add(x); });
            break;
          }
          case Op::DICT_UPDATE:
          case Op::DICT_MERGE: {
            Value m = POP();
            auto* d = PEEK(OPARG).as<DictObject>();
            if (!is_dict(m) && getattr_opt(m, intern("keys")).is_null()) {
              if (OPCODE == Op::DICT_MERGE) throw_type_error("argument after ** must be a mapping, not " + type_of(m)->m_name);
              throw_type_error("'" + type_of(m)->m_name + "' object is not a mapping");
            }
            std::vector<std::pair<Value, Value>> items;
            if (is_dict(m)) as_dict(m)->for_each([&](const Value& k, const Value& v) { items.emplace_back(k, v); });
            else for_each(call_method(m, "keys"), [&](const Value& k) { items.emplace_back(k, getitem(m, k)); });
            for (auto& [k, v] : items) {
              if (OPCODE == Op::DICT_MERGE && d->contains(k)) {
                if (!is_str(k)) raise_error(Err::KeywordsMustBeStrings);
                throw_type_error("got multiple values for keyword argument '" + std::string(str_view(k)) + "'");
              }
              d->set(k, v);
            }
            break;
          }
          case Op::LIST_TO_TUPLE: {
            Value l = POP();
            PUSHM(make_tuple(as_list(l)->m_items));
            break;
          }
          case Op::FORMAT_VALUE: {
            Value spec = (OPARG & 4) ? POP() : Value();
            Value v = POP();
            PUSHM(format_value(v, int(OPARG & 3), spec));
            break;
          }
          case Op::UNPACK_SEQUENCE: {
            Value seq = POP();
            if (seq.is_obj() && seq.obj()->m_type == g_tuple_type && as_tuple(seq)->size() == OPARG) {
              auto& items = as_tuple(seq)->m_items;
              for (uint32_t i = OPARG; i-- > 0;) PUSH(items[i]);
              break;
            }
            f->m_sp = uint32_t(sp - f->stack());
            sp = unpack_into(seq, sp, OPARG, 0, false);
            break;
          }
          case Op::UNPACK_EX: {
            Value seq = POP();
            sp = unpack_into(seq, sp, OPARG & 0xFFFF, OPARG >> 16, true);
            break;
          }
          case Op::JUMP: JUMPTO(OPARG); break;
          case Op::POP_JUMP_IF_FALSE: {
            Value v = POP();
            bool t = v.is_bool() ? v.as_bool() : truthy(v);
            if (!t) JUMPTO(OPARG);
            break;
          }
          case Op::POP_JUMP_IF_TRUE: {
            Value v = POP();
            bool t = v.is_bool() ? v.as_bool() : truthy(v);
            if (t) JUMPTO(OPARG);
            break;
          }
          case Op::JUMP_IF_FALSE_OR_POP:
            if (!truthy(TOP())) JUMPTO(OPARG);
            else DROP();
            break;
          case Op::JUMP_IF_TRUE_OR_POP:
            if (truthy(TOP())) JUMPTO(OPARG);
            else DROP();
            break;
          case Op::POP_JUMP_IF_NONE: {
            Value v = POP();
            if (v.is_none()) JUMPTO(OPARG);
            break;
          }
          case Op::POP_JUMP_IF_NOT_NONE: {
            Value v = POP();
            if (!v.is_none()) JUMPTO(OPARG);
            break;
          }
          case Op::GET_ITER: {
            Value v = POP();
            PUSHM(get_iter(v));
            break;
          }
          case Op::FOR_ITER: {
            Value& it = TOP();
            Value out;
            TypeObject* t = type_of(it);
            bool got;
            if (t->m_slots.next && !t->m_heap) got = t->m_slots.next(it, out);
            else got = next(it, out);
            if (got) {
              PUSHM(out);
            } else {
              DROP();
              JUMPTO(OPARG);
            }
            break;
          }
          case Op::CALL:
          case Op::CALL_KW:
          case Op::CALL_EX: {
            if constexpr (!kCountEach) CHECK_BUDGETS();  // recursion without loops is checked here
            // Fast path: a positional call of a plain function (or bound method) whose parameters
            // are exactly the arguments. The arguments move straight into the new frame.
            if (OPCODE == Op::CALL) {
              Value* base = sp - OPARG - 2;  // callable, self|Null, args
              if (base[0].is_obj() && base[0].obj()->m_type == g_method_type && base[1].is_null()) {
                auto* bm = base[0].as<BoundMethodObject>();
                base[1] = bm->m_self;
                Value fn = bm->m_func;
                base[0] = std::move(fn);
              }
              if (base[0].is_obj() && base[0].obj()->m_type == g_function_type) {
                auto* fn = base[0].as<FunctionObject>();
                CodeObject* code = fn->m_code;
                uint32_t nargs = OPARG + (base[1].is_null() ? 0u : 1u);
                uint32_t argc = uint32_t(code->m_argcount);
                // Trailing parameters the call leaves out take their defaults (Handle(cb, args, loop)).
                const TupleObject* defaults = nullptr;
                uint32_t ndefaults = 0;
                if (nargs < argc && !fn->m_defaults.is_null()) {
                  defaults = as_tuple(fn->m_defaults);
                  ndefaults = uint32_t(defaults->size());
                }
                if (code->m_simple_args && nargs <= argc && nargs + ndefaults >= argc) {
                  if (st->m_depth >= recursion_limit(st)) raise_error(Err::RecursionLimit);
                  Frame* nf = acquire_frame(code, fn->m_globals.as<DictObject>(),
                                            fn->m_builtins.is_null() ? st->m_builtins : fn->m_builtins.as<DictObject>());
                  Value* args = base[1].is_null() ? base + 2 : base + 1;
                  // A new frame's slots and m_func are Null: construct in place.
                  for (uint32_t i = 0; i < nargs; ++i) new (&nf->m_slots[i]) Value(std::move(args[i]));
                  for (uint32_t i = nargs; i < argc; ++i) new (&nf->m_slots[i]) Value(defaults->m_items[i + ndefaults - argc]);
                  new (&nf->m_func) Value(std::move(base[0]));
                  sp = base;  // every slot from 'base' up is Null now
                  PUSH_FRAME(nf);
                  break;
                }
              } else if (base[0].is_obj() && base[0].obj()->m_type == g_method_descriptor_type && !base[1].is_null() &&
                         base[0].as<MethodDescriptorObject>()->m_kind == MethodKind::Method &&
                         is_instance(base[1], base[0].as<MethodDescriptorObject>()->m_owner)) {
                // A native method found by LOAD_METHOD (list.append, deque.popleft, coro.send, ...).
                f->m_sp = uint32_t(sp - f->stack());
                CallArgs a{base + 1, OPARG + 1};
                auto* md = base[0].as<MethodDescriptorObject>();
                Value result;
                if (md->m_resume) {
                  // gen.send()/throw()/__next__(): a finished generator's StopIteration is raised
                  // here directly instead of being thrown through the C++ unwinder.
                  if (!md->m_resume(a, result)) {
                    pending = new_stop_iteration(std::move(result));
                    while (sp > base) DROP();
                    goto unwind;
                  }
                } else {
                  result = md->m_fn(a);
                }
                while (sp > base) DROP();
                PUSHM(result);
                break;
              } else if (base[0].is_obj() && base[0].obj()->m_type == g_builtin_function_type && base[1].is_null() &&
                         base[0].as<NativeFunctionObject>()->m_self.is_null()) {
                // A module's native function (len, isinstance, _loopscope.time, ...), positional.
                f->m_sp = uint32_t(sp - f->stack());
                CallArgs a{base + 2, OPARG};
                Value result = base[0].as<NativeFunctionObject>()->m_fn(a);
                while (sp > base) DROP();
                PUSHM(result);
                break;
              }
            }
            TupleObject* kwnames = nullptr;
            Value kwnames_v;
            Value* args;
            size_t nargs;
            Value ex_args, ex_kwargs;
            std::vector<Value> ex_storage;
            size_t nkw = 0;
            if (OPCODE == Op::CALL_KW) {
              kwnames_v = POP();
              kwnames = kwnames_v.as<TupleObject>();
              nkw = kwnames->size();
              args = sp - OPARG;
              nargs = OPARG - nkw;
            } else if (OPCODE == Op::CALL_EX) {
              if (OPARG & 1) ex_kwargs = POP();
              ex_args = POP();
              if (!is_tuple(ex_args)) ex_args = tuple_from_iterable(ex_args);
              // Lay out [self?] + args + kwvalues in a side buffer.
              Value& self = TOP();
              if (!self.is_null()) ex_storage.push_back(self);
              for (auto& x : as_tuple(ex_args)->m_items) ex_storage.push_back(x);
              nargs = ex_storage.size();
              if (!ex_kwargs.is_null() && as_dict(ex_kwargs)->size()) {
                std::vector<Value> names;
                as_dict(ex_kwargs)->for_each([&](const Value& k, const Value& v) {
                  if (!is_str(k)) raise_error(Err::KeywordsMustBeStrings);
                  names.push_back(k);
                  ex_storage.push_back(v);
                });
                kwnames_v = make_tuple(std::move(names));
                kwnames = kwnames_v.as<TupleObject>();
                nkw = kwnames->size();
              }
              args = ex_storage.data();
            } else {
              args = sp - OPARG;
              nargs = OPARG;
            }
            Value* base = OPCODE == Op::CALL_EX ? sp - 2 : args - 2;  // callable, self|Null
            Value& callable = base[0];
            Value& selfslot = base[1];
            if (OPCODE != Op::CALL_EX && !selfslot.is_null()) {
              --args;
              ++nargs;
            }
            if (OPCODE != Op::CALL_EX && selfslot.is_null() && callable.is_obj() && callable.obj()->m_type == g_method_type) {
              auto* bm = callable.as<BoundMethodObject>();
              selfslot = bm->m_self;
              Value fn = bm->m_func;
              callable = fn;
              --args;
              ++nargs;
            }
            if (OPCODE == Op::CALL_EX && callable.is_obj() && callable.obj()->m_type == g_method_type) {
              // f(*args) of a bound method (the loop running a callback such as task._step):
              // self joins the arguments so that a Python function runs in this loop below.
              auto* bm = callable.as<BoundMethodObject>();
              ex_storage.insert(ex_storage.begin(), bm->m_self);
              Value fn = bm->m_func;
              callable = std::move(fn);
              args = ex_storage.data();
              ++nargs;
            }
            Value* kwvalues = args + nargs;
            if (callable.is_obj() && callable.obj()->m_type == g_function_type) {
              auto* fn = callable.as<FunctionObject>();
              CodeObject* code = fn->m_code;
              if (!(code->m_flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator))) {
                if (st->m_depth >= recursion_limit(st)) raise_error(Err::RecursionLimit);
                Frame* nf = frame_for_call(fn, args, nargs, kwnames, kwvalues);
                // pop callable, self, args, kwvalues from our stack
                while (sp > base) DROP();
                PUSH_FRAME(nf);
                break;
              }
              Frame* nf = frame_for_call(fn, args, nargs, kwnames, kwvalues);
              Value gen = make_generator(fn, nf);
              while (sp > base) DROP();
              PUSHM(gen);
              break;
            }
            Value result;
            if (callable.is_obj() && callable.obj()->m_type == g_method_descriptor_type &&
                callable.as<MethodDescriptorObject>()->m_kind == MethodKind::Method && nargs > 0 &&
                is_instance(args[0], callable.as<MethodDescriptorObject>()->m_owner)) {
              f->m_sp = uint32_t(sp - f->stack());
              CallArgs a{args, nargs, kwvalues, kwnames};
              result = callable.as<MethodDescriptorObject>()->m_fn(a);
            } else if (is_instance(callable, g_super_type) == false && callable.is_obj() &&
                       callable.obj() == g_super_type && nargs == 0 && nkw == 0) {
              result = zero_arg_super(f);
            } else {
              f->m_sp = uint32_t(sp - f->stack());
              CallArgs a{args, nargs, kwvalues, kwnames};
              Value c = callable;
              result = call(c, a);
            }
            while (sp > base) DROP();
            PUSHM(result);
            break;
          }
          case Op::MAKE_FUNCTION: {
            Value codev = POP();
            auto* fn = new FunctionObject(codev.as<CodeObject>(), Value(f->m_globals));
            Value fv(fn);
            fn->m_builtins = Value(f->m_builtins);
            if (OPARG & 8) fn->m_closure = POP();
            if (OPARG & 4) fn->m_annotations = POP();
            if (OPARG & 2) fn->m_kwdefaults = POP();
            if (OPARG & 1) fn->m_defaults = POP();
            fn->m_doc = codev.as<CodeObject>()->m_doc;
            static StrObject* s_name = intern("__name__");
            Value mod = f->m_globals->get(s_name);
            fn->m_module = mod.is_null() ? Value::none() : mod;
            PUSHM(fv);
            break;
          }
          case Op::RETURN_VALUE: {
            if constexpr (!kCountEach) g_instructions += uint64_t(ip - code_base);
            Value retval = POP();
            if (f == entry) {
              f->m_sp = uint32_t(sp - f->stack());
              st->m_current = f->m_back;
              --st->m_depth;
              TRACE_FRAME_SWITCH();
              return ResumeResult{false, std::move(retval)};
            }
            Frame* parent = f->m_back;
            f->m_sp = uint32_t(sp - f->stack());
            release_frame(f);
            --st->m_depth;
            f = parent;
            ENTER_FRAME();
            st->m_current = f;
            TRACE_FRAME_SWITCH();
            sp = f->stack() + f->m_sp;
            PUSHM(retval);
            break;
          }
          case Op::LOAD_BUILD_CLASS: {
            static StrObject* s_bc = intern("__build_class__");
            Value v = f->m_builtins->get(s_bc);
            if (v.is_null()) raise_error(Err::NameNotDefined, {"__build_class__"});
            PUSHM(v);
            break;
          }
          case Op::SETUP_ANNOTATIONS: {
            static StrObject* s_ann = intern("__annotations__");
            DictObject* ns = as_dict(f->m_locals_dict);
            if (ns->get(s_ann).is_null()) ns->set(Value(s_ann), make_dict());
            break;
          }
          case Op::IMPORT_NAME: {
            Value fromlist = POP();
            Value level = POP();
            f->m_sp = uint32_t(sp - f->stack());
            PUSHM(import_name(std::string(NAME(OPARG)->view()), Value(f->m_globals), fromlist, int(level.as_int())));
            break;
          }
          case Op::IMPORT_FROM: {
            Value m = import_from(TOP(), NAME(OPARG));
            PUSHM(m);
            break;
          }
          case Op::IMPORT_STAR: {
            Value m = POP();
            import_star(m, as_dict(f->m_locals_dict.is_null() ? Value(f->m_globals) : f->m_locals_dict));
            break;
          }
          case Op::RAISE_VARARGS: {
            if (OPARG == 0) {
              Value cur = current_handled_exception();
              if (cur.is_none()) raise_error(Err::NoActiveException);
              reraise = true;
              pending = std::move(cur);
              goto unwind;
            }
            Value cause = OPARG == 2 ? POP() : Value();
            Value exc = make_raisable(POP());
            if (OPARG == 2) {
              if (cause.is_none()) {
                exc.as<BaseExceptionObject>()->m_cause = Value::none();
              } else {
                if (is_instance(cause, g_type_type) && is_subtype(cause.as<TypeObject>(), g_BaseException)) cause = call(cause, {});
                else if (!is_instance(cause, g_BaseException)) raise_error(Err::CauseMustDerive);
                exc.as<BaseExceptionObject>()->m_cause = cause;
              }
              exc.as<BaseExceptionObject>()->m_suppress_context = true;
            }
            set_context(exc, f);
            pending = std::move(exc);
            goto unwind;
          }
          case Op::SETUP_FINALLY:
          case Op::SETUP_CLEANUP: {
            if (f->m_nblocks >= kMaxBlocks) throw_error(g_SystemError, "too many statically nested blocks");
            uint32_t depth = uint32_t(sp - f->stack());
            if (OPCODE == Op::SETUP_CLEANUP) --depth;
            f->m_blocks[f->m_nblocks++] = Block{OPARG, depth};
            break;
          }
          case Op::POP_BLOCK: --f->m_nblocks; break;
          case Op::PUSH_EXC_INFO: {
            Value exc = POP();
            PUSH(f->m_exc.is_null() ? Value::none() : f->m_exc);
            f->m_exc = exc;
            PUSHM(exc);
            break;
          }
          case Op::POP_EXCEPT: f->m_exc = POP(); break;
          case Op::POP_EXCEPT_RERAISE: {
            Value exc = POP();
            f->m_exc = POP();
            reraise = true;
            pending = std::move(exc);
            goto unwind;
          }
          case Op::RERAISE: {
            Value exc = POP();
            reraise = true;
            pending = std::move(exc);
            goto unwind;
          }
          case Op::CHECK_EXC_MATCH: {
            Value type = POP();
            bool m = exc_matches(TOP(), type);
            PUSH(Value::boolean(m));
            break;
          }
          case Op::CHECK_EG_MATCH: {
            Value type = POP();
            Value rest = POP();
            if (rest.is_none()) {
              PUSH(Value::none());
              PUSH(Value::none());
              break;
            }
            exc_matches(rest, type);  // validates the type
            if (!is_instance(rest, g_BaseExceptionGroup)) {
              if (exc_matches(rest, type)) {
                Value g = call(Value(is_instance(rest, g_Exception) ? g_ExceptionGroup : g_BaseExceptionGroup),
                               {make_str(""), make_tuple({rest})});
                g.as<BaseExceptionObject>()->m_traceback = rest.as<BaseExceptionObject>()->m_traceback;
                PUSH(Value::none());
                PUSHM(g);
              } else {
                PUSHM(rest);
                PUSH(Value::none());
              }
              break;
            }
            Value match, remainder;
            exception_group_split(rest, type, match, remainder);
            PUSH(remainder.is_null() ? Value::none() : remainder);
            PUSH(match.is_null() ? Value::none() : match);
            if (!match.is_null()) f->m_exc = match;
            break;
          }
          case Op::PREP_RERAISE_STAR: {
            Value raised = POP();
            Value orig = POP();
            std::vector<Value> items;
            for (auto& x : as_list(raised)->m_items)
              if (!x.is_none()) items.push_back(x);
            if (items.empty()) PUSH(Value::none());
            else if (items.size() == 1) PUSHM(items[0]);
            else {
              bool all_exc = true;
              for (auto& x : items)
                if (!is_instance(x, g_Exception)) all_exc = false;
              PUSHM(call(Value(all_exc ? g_ExceptionGroup : g_BaseExceptionGroup), {make_str(""), make_list(items)}));
            }
            break;
          }
          case Op::LOAD_ASSERTION_ERROR: PUSH(Value(g_AssertionError)); break;
          case Op::BEFORE_WITH:
          case Op::BEFORE_ASYNC_WITH: {
            bool async = OPCODE == Op::BEFORE_ASYNC_WITH;
            Value mgr = POP();
            static StrObject* s_enter = intern("__enter__");
            static StrObject* s_exit = intern("__exit__");
            static StrObject* s_aenter = intern("__aenter__");
            static StrObject* s_aexit = intern("__aexit__");
            TypeObject* t = type_of(mgr);
            Value enter = type_lookup(t, async ? s_aenter : s_enter);
            Value exitf = type_lookup(t, async ? s_aexit : s_exit);
            if (enter.is_null() || exitf.is_null())
              raise_error(async ? Err::AsyncWithNoProtocol : Err::WithNoProtocol, {t->m_name});
            Value bound_exit = getattr(mgr, async ? s_aexit : s_exit);
            PUSHM(bound_exit);
            f->m_sp = uint32_t(sp - f->stack());
            Value r = call(getattr(mgr, async ? s_aenter : s_enter), {});
            PUSHM(r);
            break;
          }
          case Op::WITH_EXCEPT_START: {
            Value exc = TOP();
            Value exitf = PEEK(3);
            Value tb = exc.as<BaseExceptionObject>()->m_traceback;
            f->m_sp = uint32_t(sp - f->stack());
            PUSHM(call(exitf, {Value(type_of(exc)), exc, tb}));
            break;
          }
          case Op::WITH_EXIT_NORMAL: {
            Value exitf = POP();
            f->m_sp = uint32_t(sp - f->stack());
            Value r = call(exitf, {Value::none(), Value::none(), Value::none()});
            if (OPARG) PUSHM(r);
            break;
          }
          case Op::GET_AWAITABLE: {
            Value v = POP();
            PUSHM(get_awaitable(v, int(OPARG)));
            break;
          }
          case Op::GET_AITER: {
            Value v = POP();
            PUSHM(get_aiter(v));
            break;
          }
          case Op::GET_ANEXT: {
            f->m_sp = uint32_t(sp - f->stack());
            Value aw = get_anext(TOP());
            PUSHM(aw);
            break;
          }
          case Op::END_ASYNC_FOR: {
            Value exc = POP();
            if (is_instance(exc, g_StopAsyncIteration)) {
              DROP();
              f->m_exc = f->m_exc;  // unchanged
              break;
            }
            reraise = true;
            pending = std::move(exc);
            goto unwind;
          }
          case Op::GET_YIELD_FROM_ITER: {
            Value v = TOP();
            if (v.is_obj() && v.obj()->m_type == g_coroutine_type) {
              if (!(f->m_code->m_flags & (kCoCoroutine | kCoAsyncGenerator))) raise_error(Err::YieldFromCoroutine);
              break;
            }
            if (v.is_obj() && v.obj()->m_type == g_generator_type) break;
            DROP();
            PUSHM(get_iter(v));
            break;
          }
          case Op::SEND: {
            Value v = POP();
            f->m_sp = uint32_t(sp - f->stack());
            Value out;
            bool yielded = send_into(TOP(), v, out);
            if (yielded) {
              PUSHM(out);
            } else {
              TOP() = std::move(out);
              JUMPTO(OPARG);
            }
            break;
          }
          case Op::YIELD_VALUE: {
            Value v = POP();
            f->m_sp = uint32_t(sp - f->stack());
            st->m_current = f->m_back;
            --st->m_depth;
            TRACE_FRAME_SWITCH();
            return ResumeResult{true, std::move(v)};
          }
          case Op::ASYNC_GEN_WRAP: {
            Value v = POP();
            PUSHM(make_async_gen_wrapped(v));
            break;
          }
          case Op::COUNT:
          default:
            __builtin_unreachable();  // the compiler emits only real opcodes: no range check in the dispatch
        }
      }
    } catch (PyException& e) {
      pending = std::move(e.m_exc);
    } catch (RunAbort&) {
      // Unwind every frame of this invocation, then let the abort continue outwards.
      f->m_sp = uint32_t(sp - f->stack());
      while (f != entry) {
        Frame* parent = f->m_back;
        free_frame(f);
        --st->m_depth;
        f = parent;
      }
      st->m_current = entry->m_back;
      --st->m_depth;
      throw;
    }
    // ---- exception unwinding ----
    // Exceptions raised by the loop itself jump here directly: a C++ throw caught in this same
    // function costs tens of thousands of instructions (the unwinder scans run_frame's large
    // call-site table), which dominated asyncio programs.
  unwind:
    Value exc = std::move(pending);
    pending = Value();
    if (!is_instance(exc, g_BaseException)) exc = new_exception(g_SystemError, "non-exception raised");
    if (!reraise) {
      if (exc.as<BaseExceptionObject>()->m_context.is_none()) set_context(exc, f);
      traceback_push(exc, f);
    }
    reraise = false;
    for (;;) {
      if (f->m_nblocks > 0) {
        Block b = f->m_blocks[--f->m_nblocks];
        Value* target = f->stack() + b.level;
        while (sp > target) DROP();
        while (sp < target) PUSH(Value::none());
        PUSHM(exc);
        f->set_pc(b.handler);
        break;
      }
      // No handler in this frame: leave it.
      while (sp > f->stack()) DROP();
      f->m_sp = 0;
      keep_frame_locals(exc, f);
      if (f == entry) {
        st->m_current = f->m_back;
        --st->m_depth;
        TRACE_FRAME_SWITCH();
        throw PyException(std::move(exc));
      }
      Frame* parent = f->m_back;
      free_frame(f);
      --st->m_depth;
      f = parent;
      st->m_current = f;
      TRACE_FRAME_SWITCH();
      sp = f->stack() + f->m_sp;
      traceback_push(exc, f);
    }
  }
#undef PUSH
#undef PUSHM
#undef PUSH_NULL_SLOT
#undef POP
#undef TOP
#undef PEEK
#undef DROP
#undef JUMPTO
#undef CHECK_BUDGETS
#undef LOCALS
#undef NAME
#undef ENTER_FRAME
#undef INDEX
#undef OPCODE
#undef OPARG
#undef OPAUX
#undef st
#undef PUSH_FRAME
}

static ResumeResult run_frame(Frame* entry) {
  return ls::trace::g_trace_sink ? run_frame_loop<true>(entry) : run_frame_loop<false>(entry);
}

// ==== entry points ===============================================================================
Value call_function(FunctionObject* fn, CallArgs& a) {
  // Binding moves the arguments: bind copies (on the C++ stack when few).
  size_t n = a.nargs + a.nkw();
  Value small[8];
  std::vector<Value> big;
  if (n > 8) big.resize(n);
  Value* argv = n > 8 ? big.data() : small;
  for (size_t i = 0; i < a.nargs; ++i) argv[i] = a.args[i];
  for (size_t i = 0; i < a.nkw(); ++i) argv[a.nargs + i] = a.kwvalues[i];
  Frame* f = frame_for_call(fn, argv, a.nargs, a.kwnames, argv + a.nargs);
  if (fn->m_code->m_flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator)) return make_generator(fn, f);
  ResumeResult r;
  try {
    r = run_frame(f);
  } catch (...) {
    free_frame(f);
    throw;
  }
  free_frame(f);
  return std::move(r.value);
}

Value run_code(CodeObject* code, DictObject* globals, const Value& locals) {
  static StrObject* s_builtins = intern("__builtins__");
  Value b = globals->get(s_builtins);
  DictObject* builtins = g_state->m_builtins;
  if (b.is_obj() && is_dict(b)) builtins = as_dict(b);
  Frame* f = new_frame(code, Value(), globals, builtins);
  f->m_locals_dict = locals;
  ResumeResult r;
  try {
    r = run_frame(f);
  } catch (...) {
    free_frame(f);
    throw;
  }
  free_frame(f);
  return std::move(r.value);
}

// Runs a generator frame (used by generators.cpp). 'mode': 0 send value, 1 throw exc, 2 stack prepared.
ResumeResult resume_frame(Frame* f, const Value& value, int mode) {
  if (mode == 0) {
    f->m_slots[f->m_nslots + f->m_sp] = value;
    ++f->m_sp;
  } else if (mode == 1) {
    f->m_pending_throw = true;
    f->m_slots[f->m_nslots + f->m_sp] = value;
  }
  return run_frame(f);
}

// Runs a class body function with 'ns' as its namespace; returns what the body returned (the __class__ cell or None).
Value run_class_body(FunctionObject* fn, const Value& ns) {
  Value none[1];
  Frame* f = frame_for_call(fn, none, 0, nullptr, nullptr);
  f->m_locals_dict = ns;
  ResumeResult r;
  try {
    r = run_frame(f);
  } catch (...) {
    free_frame(f);
    throw;
  }
  free_frame(f);
  return std::move(r.value);
}

}  // namespace ls::lang
