// The native _contextvars module: ContextVar, Token, Context and copy_context(), with CPython's
// methods and errors. contextvars.py re-exports them; asyncio runs every callback and task step
// in a Context through Context.run (engine/aio/events.py Handle._run).
//
// A Context maps variables to values. As CPython's immutable mapping does, copying a Context
// shares its mapping: the mapping (a dict) is copied only when a context that shares it is
// changed, so copy_context() (one per Task, per callback scheduled without a context) costs one
// small object. The current context is g_state->m_context, swapped by Context.run.
#include <cstdio>

#include "engine/lang/builtins/builtin_util.h"
#include "engine/lang/builtins/builtins_internal.h"
#include "engine/lang/builtins_install.h"
#include "engine/lang/interp_state.h"
#include "engine/lang/module_object.h"
#include "engine/lang/type_object.h"

namespace ls::lang {
using namespace bi;

namespace {

TypeObject* s_context_type = nullptr;
TypeObject* s_var_type = nullptr;
TypeObject* s_token_type = nullptr;
TypeObject* s_missing_type = nullptr;
Value s_missing;  // Token.MISSING

struct ContextObject : Object {
  Value m_vars;           // dict ContextVar -> value, shared with copies: never changed while shared
  Value m_prev;           // while entered: the context that was current before run()
  bool m_entered = false; // run() is executing in this context (it cannot be entered twice)
  explicit ContextObject(Value vars) : Object(s_context_type), m_vars(std::move(vars)) {}
  DictObject* vars() const { return m_vars.as<DictObject>(); }
};

struct ContextVarObject : Object {
  Value m_name;     // str
  Value m_default;  // Null when created without default=
  ContextVarObject(Value name, Value dflt) : Object(s_var_type), m_name(std::move(name)), m_default(std::move(dflt)) {}
};

struct TokenObject : Object {
  Value m_context;     // the Context the set() happened in
  Value m_var;         // the ContextVar
  Value m_old;         // the value before set(), or Null (Token.MISSING)
  bool m_used = false; // reset() was called with this token
  TokenObject(Value ctx, Value var, Value old)
      : Object(s_token_type), m_context(std::move(ctx)), m_var(std::move(var)), m_old(std::move(old)) {}
};

Value new_context(Value vars = Value()) {
  if (vars.is_null()) vars = Value(new DictObject());
  return Value(new ContextObject(std::move(vars)));
}

// The current context; the thread's first context is created empty on first use.
ContextObject* current() {
  Value& cur = g_state->m_context;
  if (cur.is_null()) cur = new_context();
  return cur.as<ContextObject>();
}

bool is_context(const Value& v) { return v.is_obj() && v.obj()->m_type == s_context_type; }
bool is_var(const Value& v) { return v.is_obj() && v.obj()->m_type == s_var_type; }
ContextObject* as_context(const Value& v) { return v.as<ContextObject>(); }
ContextVarObject* as_var(const Value& v) { return v.as<ContextVarObject>(); }

std::string address(const Value& v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", (void*)v.obj());
  return buf;
}

// The mapping of 'ctx', made private first when another context shares it (copy on write).
DictObject* writable_vars(ContextObject* ctx) {
  if (ctx->m_vars.obj()->m_refcount > 1) ctx->m_vars = dict_copy_of(ctx->m_vars);
  return ctx->vars();
}

void check_key(const Value& key) {
  if (!is_var(key)) throw_type_error("a ContextVar key was expected, got " + repr_string(key));
}

// ---- Context -----------------------------------------------------------------------------------

// Makes 'ctx' current, remembering the context it replaces; a context is entered once at a time.
void enter_context(const Value& ctx) {
  if (!is_context(ctx)) throw_type_error("an instance of Context was expected, got " + repr_string(ctx));
  ContextObject* c = as_context(ctx);
  if (c->m_entered) throw_runtime_error("cannot enter context: " + repr_string(ctx) + " is already entered");
  c->m_prev = std::move(g_state->m_context);
  c->m_entered = true;
  g_state->m_context = ctx;
}

// The context current before 'c' was entered comes back. The caller keeps 'c' alive: the
// swap drops the state's reference to it.
void restore_previous(ContextObject* c) {
  c->m_entered = false;
  g_state->m_context = std::move(c->m_prev);
}

// Undoes enter(ctx), after checking that 'ctx' is the entered, current context.
void exit_context(const Value& ctx) {
  if (!is_context(ctx)) throw_type_error("an instance of Context was expected, got " + repr_string(ctx));
  ContextObject* c = as_context(ctx);
  if (!c->m_entered || !g_state->m_context.is(ctx))
    throw_runtime_error("cannot exit context: thread state references a different context object");
  Value keep = ctx;
  restore_previous(c);
}

// Context.run's guard: 'ctx' is current for the guard's lifetime.
struct Entered {
  Value m_ctx;
  explicit Entered(const Value& ctx) : m_ctx(ctx) { enter_context(ctx); }
  ~Entered() { restore_previous(as_context(m_ctx)); }
  Entered(const Entered&) = delete;
  Entered& operator=(const Entered&) = delete;
};

Value context_construct(TypeObject*, CallArgs& a) {
  if (a.nargs || a.kwnames) throw_type_error("Context() does not accept any arguments");
  return new_context();
}

// Context.run(callable, *args, **kwargs): callable runs with this context current.
Value context_run(CallArgs& a) {
  if (a.nargs < 2) throw_type_error("run() missing 1 required positional argument");
  Entered entered(a[0]);
  CallArgs inner{a.args + 2, a.nargs - 2, a.kwvalues, a.kwnames};
  return call(a[1], inner);
}

Value context_copy(CallArgs& a) {
  a.check_method("copy", 0, 0);
  return new_context(as_context(a[0])->m_vars);
}

Value context_get(CallArgs& a) {
  a.check_method("get", 1, 2);
  check_key(a[1]);
  Value v = as_context(a[0])->vars()->get(a[1]);
  if (!v.is_null()) return v;
  return a.nargs > 2 ? a[2] : Value::none();
}

Value context_getitem(const Value& self, const Value& key) {
  check_key(key);
  Value v = as_context(self)->vars()->get(key);
  if (v.is_null()) throw_key_error(key);
  return v;
}

bool context_contains(const Value& self, const Value& key) {
  check_key(key);
  return as_context(self)->vars()->contains(key);
}

int64_t context_len(const Value& self) { return int64_t(as_context(self)->vars()->size()); }

// keys(), values(), items() and iteration read a snapshot: the mapping may be replaced meanwhile.
enum class View { Keys, Values, Items };
Value context_view(const Value& self, View which) {
  std::vector<Value> out;
  as_context(self)->vars()->for_each([&](const Value& k, const Value& v) {
    if (which == View::Keys) out.push_back(k);
    else if (which == View::Values) out.push_back(v);
    else out.push_back(make_tuple({k, v}));
  });
  return make_list(std::move(out));
}
Value context_keys(CallArgs& a) {
  a.check_method("keys", 0, 0);
  return context_view(a[0], View::Keys);
}
Value context_values(CallArgs& a) {
  a.check_method("values", 0, 0);
  return context_view(a[0], View::Values);
}
Value context_items(CallArgs& a) {
  a.check_method("items", 0, 0);
  return context_view(a[0], View::Items);
}
Value context_iter(const Value& self) { return get_iter(context_view(self, View::Keys)); }

Value context_richcompare(const Value& self, const Value& other, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_context(other)) return Value(g_not_implemented);
  bool same = eq(as_context(self)->m_vars, as_context(other)->m_vars);
  return Value::boolean(op == CompareOp::Eq ? same : !same);
}

// ---- ContextVar --------------------------------------------------------------------------------

Value var_construct(TypeObject*, CallArgs& a) {
  if (a.nargs != 1)
    throw_type_error(std::string("ContextVar() takes ") + (a.nargs ? "at most" : "exactly") +
                     " 1 positional argument (" + std::to_string(a.nargs) + " given)");
  allow_keywords(a, "ContextVar", {"default"});
  if (!is_str(a[0])) throw_type_error("context variable name must be a str");
  return Value(new ContextVarObject(a[0], a.kw("default")));
}

Value var_repr(const Value& self) {
  auto* v = as_var(self);
  std::string s = "<ContextVar name=" + repr_string(v->m_name);
  if (!v->m_default.is_null()) s += " default=" + repr_string(v->m_default);
  return make_str(s + " at " + address(self) + ">");
}

// ContextVar.get([default]): the value in the current context, else 'default', else the
// variable's default, else LookupError(var).
Value var_get(CallArgs& a) {
  a.check_method("get", 0, 1);
  const Value& self = a[0];
  if (!g_state->m_context.is_null()) {
    Value v = current()->vars()->get(self);
    if (!v.is_null()) return v;
  }
  if (a.nargs > 1) return a[1];
  if (!as_var(self)->m_default.is_null()) return as_var(self)->m_default;
  throw_exception(new_exception_args(g_LookupError, make_tuple({self})));
}

Value var_set(CallArgs& a) {
  if (a.kwnames) throw_type_error("ContextVar.set() takes no keyword arguments");
  if (a.nargs != 2)
    throw_type_error("ContextVar.set() takes exactly one argument (" + std::to_string(a.nargs - 1) + " given)");
  ContextObject* ctx = current();
  Value old = ctx->vars()->get(a[0]);
  writable_vars(ctx)->set(a[0], a[1]);
  return Value(new TokenObject(g_state->m_context, a[0], std::move(old)));
}

Value var_reset(CallArgs& a) {
  if (a.kwnames) throw_type_error("ContextVar.reset() takes no keyword arguments");
  if (a.nargs != 2)
    throw_type_error("ContextVar.reset() takes exactly one argument (" + std::to_string(a.nargs - 1) + " given)");
  const Value& tv = a[1];
  if (!tv.is_obj() || tv.obj()->m_type != s_token_type)
    throw_type_error("expected an instance of Token, got " + repr_string(tv));
  auto* token = tv.as<TokenObject>();
  if (token->m_used) throw_runtime_error(repr_string(tv) + " has already been used once");
  if (!token->m_var.is(a[0])) throw_value_error(repr_string(tv) + " was created by a different ContextVar");
  ContextObject* ctx = current();
  if (!token->m_context.is(g_state->m_context))
    throw_value_error(repr_string(tv) + " was created in a different Context");
  token->m_used = true;
  DictObject* vars = writable_vars(ctx);
  if (token->m_old.is_null()) {
    vars->remove(a[0]);
  } else {
    vars->set(a[0], token->m_old);
  }
  return Value::none();
}

Value var_name(CallArgs& a) { return as_var(a[0])->m_name; }

// ---- Token -------------------------------------------------------------------------------------

Value token_construct(TypeObject*, CallArgs&) { throw_runtime_error("Tokens can only be created by ContextVars"); }

Value token_repr(const Value& self) {
  auto* t = self.as<TokenObject>();
  std::string s = t->m_used ? "<Token used var=" : "<Token var=";
  return make_str(s + repr_string(t->m_var) + " at " + address(self) + ">");
}

Value token_var(CallArgs& a) { return a[0].as<TokenObject>()->m_var; }
Value token_old_value(CallArgs& a) {
  const Value& old = a[0].as<TokenObject>()->m_old;
  return old.is_null() ? s_missing : old;
}

Value copy_context(CallArgs& a) {
  a.check("copy_context", 0, 0);
  return bi::contextvars_copy_context();
}

void init_types() {
  if (s_context_type) return;
  TypeObject* c = new_builtin_type("Context", g_object_type, Layout::Other);
  c->m_module = make_str("_contextvars");
  c->m_tp_name = "_contextvars.Context";
  c->m_slots.construct = context_construct;
  c->m_slots.getitem = context_getitem;
  c->m_slots.contains = context_contains;
  c->m_slots.len = context_len;
  c->m_slots.iter = context_iter;
  c->m_slots.richcompare = context_richcompare;
  c->m_slots.hash = nullptr;
  add_method(c, "run", context_run);
  add_method(c, "copy", context_copy);
  add_method(c, "get", context_get);
  add_method(c, "keys", context_keys);
  add_method(c, "values", context_values);
  add_method(c, "items", context_items);
  add_type_attr(c, "__hash__", Value::none());
  s_context_type = c;

  TypeObject* v = new_builtin_type("ContextVar", g_object_type, Layout::Other);
  v->m_module = make_str("_contextvars");
  v->m_tp_name = "_contextvars.ContextVar";
  v->m_slots.construct = var_construct;
  v->m_slots.repr = var_repr;
  add_method(v, "get", var_get);
  add_method(v, "set", var_set);
  add_method(v, "reset", var_reset);
  add_property(v, "name", var_name);
  s_var_type = v;

  TypeObject* m = new_builtin_type("Token.MISSING", g_object_type, Layout::Other);
  m->m_slots.repr = [](const Value&) { return make_str("<Token.MISSING>"); };
  s_missing_type = m;
  s_missing = Value(new Object(m));
  make_immortal(s_missing.obj());

  TypeObject* t = new_builtin_type("Token", g_object_type, Layout::Other);
  t->m_module = make_str("_contextvars");
  t->m_tp_name = "_contextvars.Token";
  t->m_slots.construct = token_construct;
  t->m_slots.repr = token_repr;
  add_property(t, "var", token_var);
  add_property(t, "old_value", token_old_value);
  add_type_attr(t, "MISSING", s_missing);
  s_token_type = t;
}

}  // namespace

// contextvars.copy_context() for native callers (the loop's call_soon/call_at); the module must
// have been imported (asyncio's events imports it).
Value bi::contextvars_copy_context() { return new_context(current()->m_vars); }

// handle_enter(handle) / handle_exit(): asyncio's Handle._run runs every callback in its
// context, as CPython's self._context.run(callback, *args) does, but calls the callback itself
// between the two. handle_enter first leaves the context a previous handle_enter left current,
// so the loop calls handle_exit only once after a pass of callbacks (and Handle._run before
// reporting an error).
void bi::handle_enter(const Value& handle) {
  static StrObject* s_context = intern("_context");
  handle_exit();
  Value ctx = stored_attr(handle, s_context);
  enter_context(ctx);
  g_state->m_handle_context = std::move(ctx);
}

void bi::handle_exit() {
  if (g_state->m_handle_context.is_null()) return;
  Value ctx = std::move(g_state->m_handle_context);
  if (g_state->m_context.is(ctx) && as_context(ctx)->m_entered) exit_context(ctx);
}

// _loopscope.handle_enter(handle) / handle_exit(), for the Python Handle._run and _run_once.
Value bi::ls_handle_enter(CallArgs& a) {
  a.check("handle_enter", 1, 1);
  handle_enter(a[0]);
  return Value::none();
}
Value bi::ls_handle_exit(CallArgs& a) {
  a.check("handle_exit", 0, 0);
  handle_exit();
  return Value::none();
}

// Runs the rest of a scope in a new empty context (a worker thread's own context).
bi::WorkerContext::WorkerContext() : m_saved(std::move(g_state->m_context)) { g_state->m_context = new_context(); }
bi::WorkerContext::~WorkerContext() { g_state->m_context = std::move(m_saved); }

ModuleObject* create_module_contextvars_native() {
  init_types();
  ModuleObject* m = new_module("_contextvars");
  m->set("Context", Value(s_context_type));
  m->set("ContextVar", Value(s_var_type));
  m->set("Token", Value(s_token_type));
  add_function(m, "copy_context", copy_context);
  return m;
}

}  // namespace ls::lang
