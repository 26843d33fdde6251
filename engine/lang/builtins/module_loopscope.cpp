// The native _loopscope module: the services engine/aio's asyncio needs from the engine (virtual
// clock, budgets, fatal stops, the steps trace, await-chain locations, coroutine checks, the
// simulated worker thread of run_in_executor/to_thread).
#include <algorithm>
#include <unordered_map>

#include "engine/lang/builtins/builtin_util.h"
#include "engine/lang/builtins/builtins_internal.h"
#include "engine/lang/builtins_install.h"
#include "engine/lang/function_object.h"
#include "engine/lang/interp_state.h"
#include "engine/lang/interpreter.h"
#include "engine/lang/module_object.h"
#include "engine/lang/runtime.h"
#include "engine/lang/vm.h"

namespace ls::lang {
using namespace bi;

// Defined in object.cpp: runs __del__ / generator finalization (set by the VM).
extern void (*g_finalize_hook)(Object*);

namespace {

TypeObject* s_ref_type = nullptr;

Value ls_time(CallArgs& a) {
  a.check("time", 0, 0);
  return Value::real(program_time());
}

Value ls_set_time(CallArgs& a) {
  a.check("set_time", 1, 1);
  double t = to_double(a[0]);
  if (in_worker()) worker_set_time(t);
  else if (t > virtual_time()) set_virtual_time(t);
  return Value::none();
}

Value ls_max_time(CallArgs& a) {
  a.check("max_time", 0, 0);
  return Value::real(run_options().max_time);
}

// max_tasks(): the cap on live asyncio tasks (--max-tasks); asyncio's Task stops the run past it.
Value ls_max_tasks(CallArgs& a) {
  a.check("max_tasks", 0, 0);
  return Value::integer(int64_t(run_options().max_tasks));
}

// warn(text, main_only): a warning such as "DeprecationWarning: ..." shown at the program's
// current line, as the warnings module would (main_only: DeprecationWarning's filter).
Value ls_warn(CallArgs& a) {
  a.check("warn", 2, 2);
  warn_program(str_string(a[0]), truthy(a[1]), false);
  return Value::none();
}

// fatal(exit_code, message): stop the run now (deadlock, time limit).
Value ls_fatal(CallArgs& a) {
  a.check("fatal", 2, 2);
  abort_run(int(index_value(a[0])), str_string(a[1]));
}

// weak(obj): a weak reference. The target is held as a raw pointer and forgotten when the
// object is finalized: weak() flags the target for finalization and chains a hook in front of
// the VM's finalizer hook that clears every weak reference to the dying object.
struct RefObject : Object {
  Object* m_target;  // not owned; null once the target is gone
  explicit RefObject(TypeObject* t, Object* target);
  ~RefObject() override;
};

std::unordered_map<Object*, std::vector<RefObject*>>& weak_registry() {
  static auto* r = new std::unordered_map<Object*, std::vector<RefObject*>>();
  return *r;
}

RefObject::RefObject(TypeObject* t, Object* target) : Object(t), m_target(target) {
  weak_registry()[target].push_back(this);
}

RefObject::~RefObject() {
  if (!m_target) return;
  auto& reg = weak_registry();
  auto it = reg.find(m_target);
  if (it == reg.end()) return;
  auto& v = it->second;
  v.erase(std::remove(v.begin(), v.end(), this), v.end());
  if (v.empty()) reg.erase(it);
}

void (*s_prev_finalize_hook)(Object*) = nullptr;

void weak_finalize_hook(Object* o) {
  if (s_prev_finalize_hook) s_prev_finalize_hook(o);
  auto& reg = weak_registry();
  auto it = reg.find(o);
  if (it == reg.end()) return;
  for (RefObject* r : it->second) r->m_target = nullptr;
  reg.erase(it);
}

Value ref_call(const Value& self, CallArgs&) {
  Object* t = self.as<RefObject>()->m_target;
  return t ? Value(t) : Value::none();
}

Value ls_weak(CallArgs& a) {
  a.check("weak", 1, 1);
  if (!a[0].is_obj()) throw_type_error("cannot create weak reference to '" + tname(a[0]) + "' object");
  if (g_finalize_hook != weak_finalize_hook) {
    s_prev_finalize_hook = g_finalize_hook;
    g_finalize_hook = weak_finalize_hook;
  }
  Object* target = a[0].obj();
  target->m_flags |= kNeedsFinalize;
  return Value(new RefObject(s_ref_type, target));
}

// finalize_when_freed(obj): when 'obj' is freed, type(obj).__loopscope_free__(obj) runs. Lets a
// class ask for a finalizer on the few instances that need one (a future whose exception nobody
// read) instead of a __del__ call on every instance.
Value ls_finalize_when_freed(CallArgs& a) {
  a.check("finalize_when_freed", 1, 1);
  if (a[0].is_obj()) a[0].obj()->m_flags |= kNeedsFinalize;
  return Value::none();
}

// run_in_worker(func, args, kwargs) -> (ok, value_or_exception, elapsed): runs func now on a
// worker-local clock (time.sleep inside moves only the worker's timeline), in a context of its
// own as a worker thread has (to_thread passes a copy of the caller's through Context.run).
Value ls_run_in_worker(CallArgs& a) {
  a.check("run_in_worker", 3, 3);
  std::vector<Value> args = items_of(a[1]);
  std::vector<Value> kwvals;
  std::vector<Value> kwnames;
  if (is_dict(a[2]))
    as_dict(a[2])->for_each([&](const Value& k, const Value& v) {
      kwnames.push_back(k);
      kwvals.push_back(v);
    });
  std::vector<Value> all = args;
  all.insert(all.end(), kwvals.begin(), kwvals.end());
  Value names = kwnames.empty() ? Value() : make_tuple(kwnames);
  CallArgs ca{all.data(), args.size(), all.data() + args.size(),
              kwnames.empty() ? nullptr : as_tuple(names)};
  WorkerContext context;
  worker_begin();
  Value result;
  bool ok = true;
  try {
    result = call(a[0], ca);
  } catch (PyException& e) {
    ok = false;
    result = e.m_exc;
  } catch (...) {
    worker_end();
    throw;
  }
  double elapsed = worker_end();
  return make_tuple({Value::boolean(ok), result, Value::real(elapsed)});
}

GeneratorObject* as_gen(const Value& v, GenKind kind) {
  if (!v.is_obj()) return nullptr;
  TypeObject* t = v.obj()->m_type;
  TypeObject* want = kind == GenKind::Coroutine ? g_coroutine_type
                     : kind == GenKind::AsyncGenerator ? g_async_generator_type
                                                       : g_generator_type;
  if (t != want) return nullptr;
  return v.as<GeneratorObject>();
}

// The function behind bound methods, functools.partial objects and staticmethods.
Value unwrap_function(Value f) {
  for (int i = 0; i < 16; ++i) {
    if (!f.is_obj()) return f;
    TypeObject* t = f.obj()->m_type;
    if (t == g_method_type) f = f.as<BoundMethodObject>()->m_func;
    else if (t == g_staticmethod_type || t == g_classmethod_type) f = f.as<StaticMethodObject>()->m_func;
    else if (t->m_name == "partial" || t->m_name == "partialmethod") {
      static StrObject* s_func = intern("func");
      Value inner = getattr_opt(f, s_func);
      if (inner.is_null()) return f;
      f = inner;
    } else {
      return f;
    }
  }
  return f;
}

bool code_flag(const Value& f, uint32_t flag) {
  Value u = unwrap_function(f);
  if (!u.is_obj() || u.obj()->m_type != g_function_type) return false;
  return (u.as<FunctionObject>()->m_code->m_flags & flag) != 0;
}

Value ls_iscoroutinefunction(CallArgs& a) {
  a.check("iscoroutinefunction", 1, 1);
  if (code_flag(a[0], kCoCoroutine)) return Value::boolean(true);
  // inspect.markcoroutinefunction / asyncio's legacy marker.
  static StrObject* s_marker = intern("_is_coroutine_marker");
  static StrObject* s_legacy = intern("_is_coroutine");
  Value u = unwrap_function(a[0]);
  if (u.is_obj() && u.obj()->m_dict) {
    if (!u.obj()->m_dict->get(s_marker).is_null()) return Value::boolean(true);
    if (!u.obj()->m_dict->get(s_legacy).is_null()) return Value::boolean(true);
  }
  return Value::boolean(false);
}

Value ls_isasyncgenfunction(CallArgs& a) {
  a.check("isasyncgenfunction", 1, 1);
  return Value::boolean(code_flag(a[0], kCoAsyncGenerator));
}

Value ls_iscoroutine(CallArgs& a) {
  a.check("iscoroutine", 1, 1);
  return Value::boolean(as_gen(a[0], GenKind::Coroutine) != nullptr || is_async_gen_awaitable(a[0]));
}

Value ls_isasyncgen(CallArgs& a) {
  a.check("isasyncgen", 1, 1);
  return Value::boolean(as_gen(a[0], GenKind::AsyncGenerator) != nullptr);
}

Value ls_isgenerator(CallArgs& a) {
  a.check("isgenerator", 1, 1);
  return Value::boolean(as_gen(a[0], GenKind::Generator) != nullptr);
}

Value ls_steps_enabled(CallArgs& a) {
  a.check("steps_enabled", 0, 0);
  return Value::boolean(steps_enabled());
}

// steps_write(text): one or more lines of the --steps trace (newlines included in 'text').
Value ls_steps_write(CallArgs& a) {
  a.check("steps_write", 1, 1);
  std::string_view t = str_view(str(a[0]));
  while (!t.empty()) {
    size_t nl = t.find('\n');
    if (nl == std::string_view::npos) {
      write_steps_line(t);
      break;
    }
    write_steps_line(t.substr(0, nl));
    t.remove_prefix(nl + 1);
  }
  return Value::none();
}

// coro_where(coro): "func:line" of the innermost program frame the coroutine waits in, or None.
Value ls_coro_where(CallArgs& a) {
  a.check("coro_where", 1, 1);
  AwaitLocation loc = await_location(a[0]);
  if (!loc.found) return Value::none();
  return make_str(std::string(loc.co_name) + ":" + std::to_string(loc.line));
}

// coro_name(coro): the code name (co_name) of a coroutine, else its __qualname__/__name__/type name.
Value ls_coro_name(CallArgs& a) {
  a.check("coro_name", 1, 1);
  const Value& c = a[0];
  if (c.is_obj() && (c.obj()->m_type == g_coroutine_type || c.obj()->m_type == g_generator_type ||
                     c.obj()->m_type == g_async_generator_type))
    return make_str(c.as<GeneratorObject>()->m_code->m_name);
  return make_str("?");
}

// coro_qualname(coro): __qualname__ of a coroutine (what CPython's Task repr shows).
Value ls_coro_qualname(CallArgs& a) {
  a.check("coro_qualname", 1, 1);
  const Value& c = a[0];
  if (c.is_obj() && (c.obj()->m_type == g_coroutine_type || c.obj()->m_type == g_generator_type ||
                     c.obj()->m_type == g_async_generator_type)) {
    auto* g = c.as<GeneratorObject>();
    if (is_str(g->m_qualname)) return g->m_qualname;
    return make_str(g->m_code->m_qualname);
  }
  static StrObject* s_qualname = intern("__qualname__");
  Value n = getattr_opt(c, s_qualname);
  return n.is_null() || !is_str(n) ? make_str("?") : n;
}

Value ls_step_begin(CallArgs& a) {
  a.check("step_begin", 1, 1);
  step_begin(str_string(a[0]));
  return Value::none();
}

Value ls_step_end(CallArgs& a) {
  a.check("step_end", 0, 0);
  step_end();
  return Value::none();
}

// format_exception(exc) -> str: the traceback loopscope prints for an uncaught 'exc' (with its
// chained causes and contexts), for the traceback module. format_exception_only(exc) -> str:
// its last line ("ValueError: bad"), without the newline.
Value ls_format_exception(CallArgs& a) {
  a.check("format_exception", 1, 1);
  if (!is_instance(a[0], g_BaseException)) return make_str(exception_line(a[0]) + "\n");
  std::string text;
  print_traceback(a[0], text);
  return make_str(text);
}

Value ls_format_exception_only(CallArgs& a) {
  a.check("format_exception_only", 1, 1);
  return make_str(exception_line(a[0]));
}

}  // namespace

TypeObject* bi::maker_class(CallArgs& a, const char* maker, const char* expected) {
  if (!g_state) throw_runtime_error(std::string(maker) + "() outside a run");
  if (!is_instance(a[0], g_type_type)) throw_type_error(std::string(maker) + "() expects " + expected);
  return a[0].as<TypeObject>();
}

ModuleObject* create_module_loopscope() {
  if (!s_ref_type) {
    s_ref_type = new_builtin_type("weakref", g_object_type, Layout::Other);
    s_ref_type->m_slots.call = ref_call;
  }
  ModuleObject* m = new_module("_loopscope");
  add_function(m, "time", ls_time);
  add_function(m, "set_time", ls_set_time);
  add_function(m, "max_time", ls_max_time);
  add_function(m, "fatal", ls_fatal);
  add_function(m, "warn", ls_warn);
  add_function(m, "max_tasks", ls_max_tasks);
  add_function(m, "weak", ls_weak);
  add_function(m, "finalize_when_freed", ls_finalize_when_freed);
  add_function(m, "run_in_worker", ls_run_in_worker);
  add_function(m, "iscoroutinefunction", ls_iscoroutinefunction);
  add_function(m, "isasyncgenfunction", ls_isasyncgenfunction);
  add_function(m, "iscoroutine", ls_iscoroutine);
  add_function(m, "isasyncgen", ls_isasyncgen);
  add_function(m, "isgenerator", ls_isgenerator);
  add_function(m, "steps_enabled", ls_steps_enabled);
  add_function(m, "steps_write", ls_steps_write);
  add_function(m, "coro_where", ls_coro_where);
  add_function(m, "coro_name", ls_coro_name);
  add_function(m, "coro_qualname", ls_coro_qualname);
  add_function(m, "step_begin", ls_step_begin);
  add_function(m, "step_end", ls_step_end);
  add_function(m, "make_task_resume", ls_make_task_resume);
  add_function(m, "make_task_step", ls_make_task_step);
  add_function(m, "make_task_init", ls_make_task_init);
  add_function(m, "make_handle_run", ls_make_handle_run);
  add_function(m, "make_run_once", ls_make_run_once);
  add_function(m, "make_future_done", ls_make_future_done);
  add_function(m, "make_create_future", ls_make_create_future);
  add_function(m, "make_future_state", ls_make_future_state);
  add_function(m, "future_await", ls_future_await_method);
  add_function(m, "make_call_soon", ls_make_call_soon);
  add_function(m, "make_call_at", ls_make_call_at);
  add_function(m, "format_exception", ls_format_exception);
  add_function(m, "format_exception_only", ls_format_exception_only);
  add_function(m, "handle_enter", ls_handle_enter);
  add_function(m, "handle_exit", ls_handle_exit);
  return m;
}

}  // namespace ls::lang
