// Generators, coroutines and async generators: resume/send/throw/close, await delegation, async-gen awaitables.
//
// Index: GeneratorObject | resume, throw, close | await/yield-from helpers | Python-level methods
//        | async generators (asend/athrow) | finalization | await_location | type setup
#include <cstdio>

#include "engine/lang/builtins/builtins_api.h"
#include "engine/lang/exceptions.h"
#include "engine/lang/interp_state.h"
#include "engine/lang/protocol.h"
#include "engine/lang/runtime.h"
#include "engine/lang/str_object.h"
#include "engine/lang/tuple_object.h"
#include "engine/lang/vm.h"
#include "engine/trace/sink.h"

namespace ls::lang {

ResumeResult resume_frame(Frame* f, const Value& value, int mode);

static TypeObject* g_asend_type = nullptr;
static TypeObject* g_athrow_type = nullptr;
static TypeObject* g_wrapped_type = nullptr;

// ==== GeneratorObject ===============================================================================
static TypeObject* type_for(GenKind k) {
  switch (k) {
    case GenKind::Generator: return g_generator_type;
    case GenKind::Coroutine: return g_coroutine_type;
    default: return g_async_generator_type;
  }
}

GeneratorObject::GeneratorObject(GenKind kind, Frame* frame, CodeObject* code, Value name, Value qualname)
    : Object(type_for(kind)), m_frame(frame), m_kind(kind), m_name(std::move(name)), m_qualname(std::move(qualname)), m_code(code) {
  incref(code);
  frame->m_gen = this;
  m_flags |= kNeedsFinalize;
}

GeneratorObject::~GeneratorObject() {
  if (m_frame) free_frame(m_frame);
  decref(m_code);
}

static bool is_delegating(Frame* f) {
  uint32_t pc = f->pc();
  if (pc == 0) return false;
  const Instr& in = f->m_code->m_code[pc - 1];
  return in.op == Op::YIELD_VALUE && in.arg == 1;
}

Value GeneratorObject::awaiting() const {
  if (!m_frame || !m_started || m_running || !is_delegating(m_frame) || m_frame->m_sp == 0) return Value();
  return m_frame->stack()[m_frame->m_sp - 1];
}

Value make_generator(FunctionObject* func, Frame* frame) {
  CodeObject* code = func->m_code;
  GenKind kind = (code->m_flags & kCoCoroutine) ? GenKind::Coroutine
                 : (code->m_flags & kCoAsyncGenerator) ? GenKind::AsyncGenerator
                                                       : GenKind::Generator;
  return Value(new GeneratorObject(kind, frame, code, func->m_name, func->m_qualname));
}

static bool is_gen(const Value& v) {
  if (!v.is_obj()) return false;
  TypeObject* t = v.obj()->m_type;
  return t == g_generator_type || t == g_coroutine_type || t == g_async_generator_type;
}

// ==== resume, throw, close ===========================================================================
static void finish(GeneratorObject* g) {
  if (g->m_frame) {
    free_frame(g->m_frame);
    g->m_frame = nullptr;
  }
}

// Converts StopIteration (and StopAsyncIteration for async generators) leaving a generator frame.
[[noreturn]] static void rethrow_from_generator(GeneratorObject* g, PyException& e) {
  Err id;
  bool convert = false;
  if (e.matches(g_StopIteration)) {
    convert = true;
    id = g->m_kind == GenKind::Generator ? Err::GeneratorRaisedStopIteration
         : g->m_kind == GenKind::Coroutine ? Err::CoroutineRaisedStopIteration
                                           : Err::AsyncGenRaisedStopIteration;
  } else if (g->m_kind == GenKind::AsyncGenerator && e.matches(g_StopAsyncIteration)) {
    convert = true;
    id = Err::AsyncGenRaisedStopAsyncIteration;
  }
  if (!convert) throw;
  Value n = new_exception(g_RuntimeError, error_text(id, {}));
  auto* ne = n.as<BaseExceptionObject>();
  ne->m_cause = e.m_exc;
  ne->m_context = e.m_exc;
  ne->m_suppress_context = true;
  throw PyException(n);
}

// mode: 0 send 'value', 1 throw 'value', 2 the frame's stack is already arranged.
static ResumeResult gen_run(GeneratorObject* g, const Value& value, int mode) {
  if (g->m_running)
    raise_error(g->m_kind == GenKind::Coroutine ? Err::CoroutineAlreadyExecuting : Err::GeneratorAlreadyExecuting);
  if (!g->m_frame) {
    if (mode == 1) throw PyException(value);
    if (g->m_kind == GenKind::Coroutine) raise_error(Err::CoroutineReused);
    if (g->m_kind == GenKind::AsyncGenerator) throw_exception(new_exception_args(g_StopAsyncIteration, make_tuple({})));
    return ResumeResult{false, Value::none()};
  }
  if (!g->m_started) {
    if (mode == 0 && !value.is_none()) {
      const char* what = g->m_kind == GenKind::Coroutine ? "coroutine" : g->m_kind == GenKind::Generator ? "generator" : "async generator";
      raise_error(Err::CantSendNonNone, {what});
    }
    if (mode == 0) mode = 2;  // nothing to push on the first resume
  }
  g->m_started = true;
  g->m_running = true;
  Value keep(g);
  ResumeResult r;
  try {
    r = resume_frame(g->m_frame, value, mode);
  } catch (PyException& e) {
    g->m_running = false;
    finish(g);
    rethrow_from_generator(g, e);
  } catch (...) {
    g->m_running = false;
    throw;
  }
  g->m_running = false;
  if (!r.yielded) finish(g);
  return r;
}

ResumeResult gen_resume(GeneratorObject* gen, const Value& value, const Value& exc) {
  if (!exc.is_null()) return gen_run(gen, exc, 1);
  return gen_run(gen, value, 0);
}

static void close_receiver(const Value& recv) {
  if (is_gen(recv)) {
    gen_close(recv.as<GeneratorObject>());
    return;
  }
  Value m = getattr_opt(recv, intern("close"));
  if (!m.is_null()) call(m, {});
}

static ResumeResult gen_throw_impl(GeneratorObject* g, const Value& exc) {
  Frame* f = g->m_frame;
  if (f && g->m_started && !g->m_running && is_delegating(f) && f->m_sp > 0) {
    Value recv = f->stack()[f->m_sp - 1];
    if (is_instance(exc, g_GeneratorExit)) {
      g->m_running = true;
      try {
        close_receiver(recv);
      } catch (PyException& e) {
        g->m_running = false;
        return gen_run(g, e.m_exc, 1);
      }
      g->m_running = false;
      return gen_run(g, exc, 1);
    }
    Value out;
    bool yielded;
    g->m_running = true;
    try {
      if (is_gen(recv) && recv.obj()->m_type != g_async_generator_type) {
        ResumeResult r = gen_throw_impl(recv.as<GeneratorObject>(), exc);
        yielded = r.yielded;
        out = std::move(r.value);
      } else if (type_of(recv)->m_slots.throw_) {
        yielded = type_of(recv)->m_slots.throw_(recv, exc, out);
      } else {
        Value tm = getattr_opt(recv, intern("throw"));
        if (tm.is_null()) {
          g->m_running = false;
          return gen_run(g, exc, 1);
        }
        try {
          out = call(tm, {exc});
          yielded = true;
        } catch (PyException& e) {
          if (!e.matches(g_StopIteration)) throw;
          out = getattr(e.m_exc, "value");
          yielded = false;
        }
      }
    } catch (PyException& e2) {
      g->m_running = false;
      return gen_run(g, e2.m_exc, 1);
    }
    g->m_running = false;
    if (yielded) return ResumeResult{true, out};
    // The delegate finished: continue after the SEND loop with its result.
    const Instr& jump = *f->m_ip;
    uint32_t send_at = jump.arg;
    f->set_pc(f->m_code->m_code[send_at].arg);
    f->stack()[f->m_sp - 1] = out;
    return gen_run(g, Value(), 2);
  }
  return gen_run(g, exc, 1);
}

bool gen_send(GeneratorObject* gen, const Value& value, Value& out) {
  ResumeResult r = gen_run(gen, value, 0);
  out = std::move(r.value);
  return r.yielded;
}

bool gen_throw(GeneratorObject* gen, const Value& exc, Value& out) {
  ResumeResult r = gen_throw_impl(gen, exc);
  out = std::move(r.value);
  return r.yielded;
}

void gen_close(GeneratorObject* g) {
  if (!g->m_frame) return;
  if (!g->m_started) {
    finish(g);
    return;
  }
  // Suspended outside every try/with block and not delegating: GeneratorExit would only leave
  // the frame, so finish it without resuming (and without a costly C++ throw). Frequent with
  // all()/any() stopping early over a generator expression.
  Frame* f = g->m_frame;
  if (g->m_kind != GenKind::AsyncGenerator && !g->m_running && f->m_nblocks == 0 && !is_delegating(f)) {
    finish(g);
    return;
  }
  Value exc = new_exception_args(g_GeneratorExit, make_tuple({}));
  try {
    ResumeResult r = gen_throw_impl(g, exc);
    if (r.yielded) {
      Err id = g->m_kind == GenKind::Coroutine ? Err::CoroutineIgnoredExit
               : g->m_kind == GenKind::Generator ? Err::GeneratorIgnoredExit
                                                 : Err::AsyncGenIgnoredExit;
      raise_error(id);
    }
  } catch (PyException& e) {
    if (e.matches(g_GeneratorExit) || e.matches(g_StopIteration)) return;
    throw;
  }
}

// ==== await / yield from helpers ===================================================================
// Sends 'value' into the delegate of a SEND: true with the yielded value, false with the result.
bool send_into(const Value& receiver, const Value& value, Value& out) {
  TypeObject* t = type_of(receiver);
  if (t == g_coroutine_type || t == g_generator_type) {
    ResumeResult r = gen_run(receiver.as<GeneratorObject>(), value, 0);
    out = std::move(r.value);
    return r.yielded;
  }
  if (t->m_slots.send) return t->m_slots.send(receiver, value, out);
  if (value.is_none() && t->m_slots.next && !t->m_heap) {
    if (t->m_slots.next(receiver, out)) return true;
    out = Value::none();
    return false;
  }
  try {
    if (value.is_none()) out = call(getattr(receiver, "__next__"), {});
    else out = call(getattr(receiver, "send"), {value});
    return true;
  } catch (PyException& e) {
    if (!e.matches(g_StopIteration)) throw;
    out = getattr(e.m_exc, "value");
    return false;
  }
}

Value get_awaitable(const Value& v, int where) {
  TypeObject* t = type_of(v);
  if (t == g_coroutine_type) {
    auto* g = v.as<GeneratorObject>();
    if (!g->m_frame && g->m_started) raise_error(Err::CoroutineReused);
    if (g->m_running || (!g->awaiting().is_null() && false)) throw_runtime_error("coroutine is being awaited already");
    return v;
  }
  if (t == g_asend_type || t == g_athrow_type) return v;
  static StrObject* s_await = intern("__await__");
  Value m = type_lookup(t, s_await);
  if (m.is_null()) {
    if (where == 1) throw_type_error("'async with' received an object from __aenter__ that does not implement __await__: " + t->m_name);
    if (where == 2) throw_type_error("'async with' received an object from __aexit__ that does not implement __await__: " + t->m_name);
    raise_error(Err::NotAwaitable, {t->m_name});
  }
  Value it = call(getattr(v, s_await), {});
  TypeObject* it_t = type_of(it);
  if (it_t == g_coroutine_type) throw_type_error("__await__() returned a coroutine");
  if (!it_t->m_slots.next && !it_t->m_slots.send && (!it_t->m_heap || type_lookup_user(it_t, intern("__next__")).is_null()))
    raise_error(Err::AwaitReturnedNonIterator, {it_t->m_name});
  return it;
}

Value get_aiter(const Value& v) {
  TypeObject* t = type_of(v);
  if (t == g_async_generator_type) return v;
  static StrObject* s_aiter = intern("__aiter__");
  Value m = type_lookup(t, s_aiter);
  if (m.is_null()) raise_error(Err::AsyncForNoAiter, {t->m_name});
  return call(getattr(v, s_aiter), {});
}

struct ASendObject;
static Value make_asend(const Value& agen, const Value& value);

Value get_anext(const Value& aiter) {
  TypeObject* t = type_of(aiter);
  if (t == g_async_generator_type) return make_asend(aiter, Value::none());
  static StrObject* s_anext = intern("__anext__");
  Value m = type_lookup(t, s_anext);
  if (m.is_null()) raise_error(Err::AsyncForNoAnext, {t->m_name});
  Value aw = call(getattr(aiter, s_anext), {});
  return get_awaitable(aw, 0);
}

// ==== async generators =============================================================================
struct WrappedValue : Object {
  Value m_value;
  explicit WrappedValue(Value v) : Object(g_wrapped_type), m_value(std::move(v)) {}
};
Value make_async_gen_wrapped(const Value& v) { return Value(new WrappedValue(v)); }

static void agen_init_hooks(GeneratorObject* g) {
  if (g->m_hooks_called) return;
  g->m_hooks_called = true;
  g->m_finalizer = g_asyncgen_finalizer;
  if (!g_asyncgen_firstiter.is_null() && !g_asyncgen_firstiter.is_none()) call(g_asyncgen_firstiter, {Value(g)});
}

// asend/athrow awaitable: 'm_mode' 0 = asend (anext), 1 = athrow, 2 = aclose.
struct ASendObject : Object {
  Value m_gen;
  Value m_value;   // asend: value to send; athrow: exception
  int m_mode;
  int m_state = 0; // 0 not started, 1 running, 2 done
  ASendObject(TypeObject* t, Value gen, Value v, int mode) : Object(t), m_gen(std::move(gen)), m_value(std::move(v)), m_mode(mode) {}
};

static Value make_asend(const Value& agen, const Value& value) {
  agen_init_hooks(agen.as<GeneratorObject>());
  return Value(new ASendObject(g_asend_type, agen, value, 0));
}

// Interprets what the async generator frame produced for an asend/athrow in progress.
static bool agen_unwrap(ASendObject* a, ResumeResult r, Value& out) {
  auto* g = a->m_gen.as<GeneratorObject>();
  if (r.yielded) {
    if (r.value.is_obj() && r.value.obj()->m_type == g_wrapped_type) {
      a->m_state = 2;
      g->m_running_async = false;
      if (a->m_mode == 2) throw_runtime_error("async generator ignored GeneratorExit");
      out = r.value.as<WrappedValue>()->m_value;
      return false;  // StopIteration(value)
    }
    out = std::move(r.value);
    return true;
  }
  a->m_state = 2;
  g->m_running_async = false;
  g->m_closed = true;
  if (a->m_mode == 2) {
    out = Value::none();
    return false;
  }
  throw_exception(new_exception_args(g_StopAsyncIteration, make_tuple({})));
}

static bool asend_send(const Value& self, const Value& value, Value& out) {
  auto* a = self.as<ASendObject>();
  auto* g = a->m_gen.as<GeneratorObject>();
  if (a->m_state == 2) {
    if (a->m_mode == 0) throw_runtime_error("cannot reuse already awaited __anext__()/asend()");
    if (a->m_mode == 2) throw_runtime_error("cannot reuse already awaited aclose()/athrow()");
    throw_runtime_error("cannot reuse already awaited aclose()/athrow()");
  }
  try {
    if (a->m_state == 0) {
      if (g->m_running_async) {
        if (a->m_mode == 0) throw_runtime_error("anext(): asynchronous generator is already running");
        throw_runtime_error("athrow(): asynchronous generator is already running");
      }
      a->m_state = 1;
      g->m_running_async = true;
      if (a->m_mode == 0) {
        Value v = value.is_none() ? a->m_value : value;
        return agen_unwrap(a, gen_run(g, v, 0), out);
      }
      if (g->m_closed || (!g->m_frame && g->m_started)) {
        a->m_state = 2;
        g->m_running_async = false;
        if (a->m_mode == 2) {
          out = Value::none();
          return false;
        }
        throw_exception(new_exception_args(g_StopAsyncIteration, make_tuple({})));
      }
      if (!g->m_started && a->m_mode == 2) {
        finish(g);
        g->m_closed = true;
        a->m_state = 2;
        g->m_running_async = false;
        out = Value::none();
        return false;
      }
      return agen_unwrap(a, gen_throw_impl(g, a->m_value), out);
    }
    return agen_unwrap(a, gen_run(g, value, 0), out);
  } catch (PyException& e) {
    a->m_state = 2;
    g->m_running_async = false;
    if (a->m_mode == 2 && (e.matches(g_StopAsyncIteration) || e.matches(g_GeneratorExit))) {
      g->m_closed = true;
      out = Value::none();
      return false;
    }
    if (e.matches(g_StopAsyncIteration) || e.matches(g_GeneratorExit)) g->m_closed = true;
    throw;
  }
}

static bool asend_throw(const Value& self, const Value& exc, Value& out) {
  auto* a = self.as<ASendObject>();
  auto* g = a->m_gen.as<GeneratorObject>();
  if (a->m_state == 2) throw_runtime_error("cannot reuse already awaited __anext__()/asend()");
  try {
    a->m_state = 1;
    g->m_running_async = true;
    return agen_unwrap(a, gen_throw_impl(g, exc), out);
  } catch (PyException& e) {
    a->m_state = 2;
    g->m_running_async = false;
    if (a->m_mode == 2 && (e.matches(g_StopAsyncIteration) || e.matches(g_GeneratorExit))) {
      out = Value::none();
      return false;
    }
    throw;
  }
}

// Python-visible send/throw/__next__ for asend/athrow objects.
static Value asend_send_method(CallArgs& a) {
  a.check_method("send", 1, 1);
  Value out;
  if (asend_send(a[0], a[1], out)) return out;
  throw_stop_iteration(out);
}
static Value asend_next_method(CallArgs& a) {
  Value out;
  if (asend_send(a[0], Value::none(), out)) return out;
  throw_stop_iteration(out);
}
static Value make_exc_from_throw_args(CallArgs& a) {
  Value e = a[1];
  if (is_instance(e, g_type_type)) e = a.nargs > 2 && !a[2].is_none() ? call(e, {a[2]}) : call(e, {});
  if (!is_instance(e, g_BaseException)) raise_error(Err::ExceptionsMustDerive);
  return e;
}
static Value asend_throw_method(CallArgs& a) {
  a.check_method("throw", 1, 3);
  Value out;
  if (asend_throw(a[0], make_exc_from_throw_args(a), out)) return out;
  throw_stop_iteration(out);
}
static Value asend_close_method(CallArgs& a) {
  a[0].as<ASendObject>()->m_state = 2;
  return Value::none();
}
static Value self_method(CallArgs& a) { return a[0]; }

static GeneratorObject* agen_self(CallArgs& a) { return a[0].as<GeneratorObject>(); }
static Value agen_anext(CallArgs& a) { return make_asend(a[0], Value::none()); }
static Value agen_asend(CallArgs& a) {
  a.check_method("asend", 1, 1);
  return make_asend(a[0], a[1]);
}
static Value agen_athrow(CallArgs& a) {
  a.check_method("athrow", 1, 3);
  agen_init_hooks(agen_self(a));
  return Value(new ASendObject(g_athrow_type, a[0], make_exc_from_throw_args(a), 1));
}
static Value agen_aclose(CallArgs& a) {
  agen_init_hooks(agen_self(a));
  return Value(new ASendObject(g_athrow_type, a[0], new_exception_args(g_GeneratorExit, make_tuple({})), 2));
}

// ==== Python-level generator/coroutine methods ==================================================
static GeneratorObject* gself(CallArgs& a) { return a[0].as<GeneratorObject>(); }
static bool gen_send_resume(CallArgs& a, Value& out) {
  a.check_method("send", 1, 1);
  ResumeResult r = gen_run(gself(a), a[1], 0);
  out = std::move(r.value);
  return r.yielded;
}
static bool gen_next_resume(CallArgs& a, Value& out) {
  ResumeResult r = gen_run(gself(a), Value::none(), 0);
  out = std::move(r.value);
  return r.yielded;
}
static bool gen_throw_resume(CallArgs& a, Value& out) {
  a.check_method("throw", 1, 3);
  ResumeResult r = gen_throw_impl(gself(a), make_exc_from_throw_args(a));
  out = std::move(r.value);
  return r.yielded;
}
// The methods themselves: the resumption, then StopIteration(value) once finished.
template <ResumeFn resume>
static Value raise_when_finished(CallArgs& a) {
  Value out;
  if (resume(a, out)) return out;
  throw_stop_iteration(std::move(out));
}
static Value gen_close_method(CallArgs& a) {
  gen_close(gself(a));
  return Value::none();
}
static Value gen_name_get(CallArgs& a) { return gself(a)->m_name; }
static Value gen_qualname_get(CallArgs& a) { return gself(a)->m_qualname; }
static Value gen_name_set(CallArgs& a) { gself(a)->m_name = a[1]; return Value::none(); }
static Value gen_qualname_set(CallArgs& a) { gself(a)->m_qualname = a[1]; return Value::none(); }
static Value gen_running_get(CallArgs& a) { return Value::boolean(gself(a)->m_running); }
static Value gen_code_get(CallArgs& a) { return Value(gself(a)->m_code); }
static Value gen_await_get(CallArgs& a) {
  Value v = gself(a)->awaiting();
  return v.is_null() ? Value::none() : v;
}
static Value gen_frame_get(CallArgs& a) {
  if (!gself(a)->m_frame) return Value::none();
  return make_frame_view(a[0]);
}
static Value gen_suspended_get(CallArgs& a) {
  auto* g = gself(a);
  return Value::boolean(g->m_frame && g->m_started && !g->m_running);
}
static Value gen_repr(const Value& v) {
  auto* g = v.as<GeneratorObject>();
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", (void*)g);
  const char* kind = g->m_kind == GenKind::Coroutine ? "coroutine" : g->m_kind == GenKind::Generator ? "generator" : "async_generator";
  return make_str(std::string("<") + kind + " object " + std::string(str_view(g->m_qualname)) + " at " + buf + ">");
}
static bool gen_next_slot(const Value& v, Value& out) {
  ResumeResult r = gen_run(v.as<GeneratorObject>(), Value::none(), 0);
  if (!r.yielded) return false;
  out = std::move(r.value);
  return true;
}
static bool gen_send_slot(const Value& v, const Value& value, Value& out) {
  ResumeResult r = gen_run(v.as<GeneratorObject>(), value, 0);
  out = std::move(r.value);
  return r.yielded;
}
static bool gen_throw_slot(const Value& v, const Value& exc, Value& out) {
  ResumeResult r = gen_throw_impl(v.as<GeneratorObject>(), exc);
  out = std::move(r.value);
  return r.yielded;
}

// ==== finalization ===================================================================================
void warn_program(const std::string& msg, bool main_only, bool tracemalloc_hint) {
  if (g_state && g_state->m_aborted) return;
  Frame* f = current_frame();
  while (f && f->m_code->m_is_library) f = f->m_back;
  std::string out;
  if (f) {
    if (main_only) {
      Value name = f->m_globals ? f->m_globals->get(std::string_view("__name__")) : Value();
      if (name.is_null() || !is_str(name) || str_view(name) != "__main__") return;
    }
    int line = f->line();
    out = f->m_code->m_filename + ":" + std::to_string(line) + ": " + msg + "\n";
    std::string src = source_line(f->m_code->m_filename, line);
    if (!src.empty()) out += "  " + src + "\n";
  } else {
    if (main_only) return;
    out = "sys:1: " + msg + "\n";
  }
  // The warnings module's default action: each text once per location.
  if (g_state && !g_state->m_warned.insert(out).second) return;
  if (tracemalloc_hint) out += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
  if (auto* s = ls::trace::g_trace_sink) s->warning_issued(msg);
  write_stderr(out);
}

// The "coroutine ... was never awaited" warning, printed where CPython's warnings module would.
static void warn_never_awaited(GeneratorObject* g) {
  warn_program("RuntimeWarning: coroutine '" + std::string(str_view(g->m_qualname)) + "' was never awaited", false, true);
}

static void print_unraisable(const std::string& where, PyException& e) {
  std::string out = "Exception ignored in: " + where + "\n";
  print_traceback(e.m_exc, out);
  write_stderr(out);
}

static void finalize_object_impl(Object* o);

// Finalizers run inside destructors, which must not throw: a run abort (budget, deadlock) raised
// here is parked and rethrown by the dispatch loop at its next budget check.
static void finalize_object(Object* o) {
  try {
    finalize_object_impl(o);
  } catch (RunAbort& a) {
    if (g_state) {
      g_state->m_pending_abort = a.exit_code;
      g_next_check = 0;
    }
  } catch (...) {
  }
}

static void finalize_object_impl(Object* o) {
  TypeObject* t = o->m_type;
  Value self(o);
  if (t == g_coroutine_type || t == g_generator_type || t == g_async_generator_type) {
    auto* g = static_cast<GeneratorObject*>(o);
    // As CPython: a generator whose frame has ended needs no finalization (an async generator
    // only reaches the finalizer hook while suspended).
    if (!g->m_frame) return;
    if (g->m_kind == GenKind::Coroutine && !g->m_started) {
      if (g_state && !g_state->m_finalizing) warn_never_awaited(g);
      return;
    }
    if (!g->m_started) return;
    if (g->m_kind == GenKind::AsyncGenerator && !g->m_finalizer.is_null() && !g->m_finalizer.is_none() && !g_state->m_finalizing) {
      Value fin = g->m_finalizer;
      try {
        call(fin, {self});
      } catch (PyException& e) {
        print_unraisable(repr_string(fin), e);
      }
      return;
    }
    try {
      gen_close(g);
    } catch (PyException& e) {
      print_unraisable(repr_string(self), e);
    } catch (RunAbort&) {
    }
    return;
  }
  // User __del__, else the finalizer asked for by _loopscope.finalize_when_freed.
  static StrObject* s_del = intern("__del__");
  static StrObject* s_free = intern("__loopscope_free__");
  Value m = type_lookup_user(t, s_del);
  if (m.is_null()) m = type_lookup_user(t, s_free);
  if (m.is_null()) return;
  try {
    call(m, {self});
  } catch (PyException& e) {
    std::string where;
    try {
      where = repr_string(m);
    } catch (PyException&) {
      where = "__del__";
    }
    print_unraisable(where, e);
  }
}

// ==== await_location ===================================================================================
AwaitLocation await_location(const Value& coro) {
  AwaitLocation loc;
  if (!is_gen(coro)) return loc;
  loc.co_name = coro.as<GeneratorObject>()->m_code->m_name;
  Value c = coro;
  int guard = 0;
  while (is_gen(c) && c.obj()->m_type != g_async_generator_type && guard++ < 1000) {
    auto* g = c.as<GeneratorObject>();
    if (!g->m_code->m_is_library) {
      int line = g->m_frame ? (g->m_started ? g->m_frame->line() : g->m_code->m_firstlineno) : g->m_code->m_firstlineno;
      // Comprehensions are inlined into their function in CPython 3.12: report the enclosing name.
      if (!(g->m_code->m_flags & kCoComprehension) || !loc.found) loc.co_name = g->m_code->m_name;
      loc.found = true;
      loc.line = line;
    }
    Value next = g->awaiting();
    if (next.is_null() || next.obj()->m_type != g_coroutine_type) break;
    c = next;
  }
  return loc;
}

// ==== type setup ===================================================================================
void init_generator_types() {
  g_finalize_hook = finalize_object;
  init_frame_type();
  g_generator_type = new_builtin_type("generator", g_object_type, Layout::Other);
  g_coroutine_type = new_builtin_type("coroutine", g_object_type, Layout::Other);
  g_async_generator_type = new_builtin_type("async_generator", g_object_type, Layout::Other);
  for (TypeObject* t : {g_generator_type, g_coroutine_type, g_async_generator_type}) {
    t->m_slots.repr = gen_repr;
    add_property(t, "__name__", gen_name_get, gen_name_set);
    add_property(t, "__qualname__", gen_qualname_get, gen_qualname_set);
  }
  for (TypeObject* t : {g_generator_type, g_coroutine_type}) {
    t->m_slots.send = gen_send_slot;
    t->m_slots.throw_ = gen_throw_slot;
    add_resume_method(t, "send", raise_when_finished<gen_send_resume>, gen_send_resume);
    add_resume_method(t, "throw", raise_when_finished<gen_throw_resume>, gen_throw_resume);
    add_method(t, "close", gen_close_method);
  }
  g_generator_type->m_slots.iter = [](const Value& v) { return v; };
  g_generator_type->m_slots.next = gen_next_slot;
  add_resume_method(g_generator_type, "__next__", raise_when_finished<gen_next_resume>, gen_next_resume);
  add_method(g_generator_type, "__iter__", self_method);
  add_property(g_generator_type, "gi_running", gen_running_get);
  add_property(g_generator_type, "gi_code", gen_code_get);
  add_property(g_generator_type, "gi_frame", gen_frame_get);
  add_property(g_generator_type, "gi_yieldfrom", gen_await_get);
  add_property(g_generator_type, "gi_suspended", gen_suspended_get);
  add_method(g_coroutine_type, "__await__", self_method);
  g_coroutine_type->m_slots.next = gen_next_slot;
  add_property(g_coroutine_type, "cr_running", gen_running_get);
  add_property(g_coroutine_type, "cr_code", gen_code_get);
  add_property(g_coroutine_type, "cr_frame", gen_frame_get);
  add_property(g_coroutine_type, "cr_await", gen_await_get);
  add_property(g_coroutine_type, "cr_suspended", gen_suspended_get);
  add_method(g_async_generator_type, "__aiter__", self_method);
  add_method(g_async_generator_type, "__anext__", agen_anext);
  add_method(g_async_generator_type, "asend", agen_asend);
  add_method(g_async_generator_type, "athrow", agen_athrow);
  add_method(g_async_generator_type, "aclose", agen_aclose);
  add_property(g_async_generator_type, "ag_running", gen_running_get);
  add_property(g_async_generator_type, "ag_code", gen_code_get);
  add_property(g_async_generator_type, "ag_frame", gen_frame_get);
  add_property(g_async_generator_type, "ag_await", gen_await_get);

  g_wrapped_type = new_builtin_type("async_generator_wrapped_value", g_object_type, Layout::Other);
  g_asend_type = new_builtin_type("async_generator_asend", g_object_type, Layout::Other);
  g_athrow_type = new_builtin_type("async_generator_athrow", g_object_type, Layout::Other);
  for (TypeObject* t : {g_asend_type, g_athrow_type}) {
    t->m_slots.send = asend_send;
    t->m_slots.throw_ = asend_throw;
    t->m_slots.iter = [](const Value& v) { return v; };
    add_method(t, "send", asend_send_method);
    add_method(t, "throw", asend_throw_method);
    add_method(t, "close", asend_close_method);
    add_method(t, "__next__", asend_next_method);
    add_method(t, "__iter__", self_method);
    add_method(t, "__await__", self_method);
  }
}

bool is_async_gen_awaitable(const Value& v) {
  TypeObject* t = type_of(v);
  return t == g_asend_type || t == g_athrow_type;
}

}  // namespace ls::lang
