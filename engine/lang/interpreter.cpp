// The engine's front door (interpreter.h) and the runtime services of runtime.h: output sinks,
// virtual clock, budgets, builtins set-up, and running the __main__ module.
#include "engine/lang/interpreter.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "engine/lang/builtins/builtins_api.h"
#include "engine/lang/builtins_install.h"
#include "engine/lang/compiler.h"
#include "engine/lang/exceptions.h"
#include "engine/lang/interp_state.h"
#include "engine/lang/large_stack.h"
#include "engine/lang/list_object.h"
#include "engine/lang/parser.h"
#include "engine/lang/protocol.h"
#include "engine/lang/runtime.h"
#include "engine/lang/str_object.h"
#include "engine/lang/tuple_object.h"
#include "engine/lang/vm.h"
#include "engine/trace/sink.h"
#include "engine/trace/vm/line_tracker.h"

namespace ls::lang {

InterpState* g_state = nullptr;
uint64_t g_instructions = 0;
uint64_t g_next_check = 0;

void init_generator_types();
void init_super_type();
Value make_build_class_function();
std::vector<std::pair<std::string, TypeObject*>> builtin_exception_types();
Value zero_arg_super(Frame* f);
Value make_super(TypeObject* start, const Value& obj);
void exec_module_source(ModuleObject* mod, const std::string& source, const std::string& filename, bool library);

// ==== runtime.h services ===========================================================================
void write_stdout(std::string_view text) {
  if (!g_state || !g_state->m_out) return;
  std::ostream& out = *g_state->m_out;
  if (!g_state->m_options.timestamps) {
    out << text;
    return;
  }
  size_t pos = 0;
  while (pos < text.size()) {
    if (g_state->m_at_line_start) {
      char buf[32];
      // A simulated worker's output carries the worker's time (docs/asyncio-model.md).
      std::snprintf(buf, sizeof buf, "[%9.3f] ", program_time());
      out << buf;
      g_state->m_at_line_start = false;
    }
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) {
      out << text.substr(pos);
      break;
    }
    out << text.substr(pos, nl - pos + 1);
    g_state->m_at_line_start = true;
    pos = nl + 1;
  }
}

void write_stderr(std::string_view text) {
  if (!g_state || !g_state->m_err) return;
  if (g_state->m_out) g_state->m_out->flush();
  *g_state->m_err << text;
  g_state->m_err->flush();
}

double virtual_time() { return g_state ? g_state->m_clock : 0.0; }
void set_virtual_time(double t) {
  if (g_state && t > g_state->m_clock) g_state->m_clock = t;
}
void write_steps_line(std::string_view line) {
  if (!g_state || !g_state->m_steps_on) return;
  g_state->m_steps << line << '\n';
}
bool steps_enabled() { return g_state && g_state->m_steps_on; }
const RunOptions& run_options() { return g_state->m_options; }
Value sys_modules_dict() { return g_state->m_modules; }

void step_begin(std::string_view task_name) {
  g_state->m_in_step = true;
  g_state->m_step_task = std::string(task_name);
  g_state->m_step_start = g_instructions;
  update_budget_check();
}
void step_end() {
  g_state->m_in_step = false;
  update_budget_check();
}

void abort_run(int exit_code, std::string_view message) {
  if (g_state) {
    // As CPython's fatal stops: nothing more is printed, not even by objects freed on the way out.
    g_state->m_aborted = true;
    if (g_state->m_out) g_state->m_out->flush();
    if (!message.empty()) *g_state->m_err << message << "\n";
    g_state->m_err->flush();
  }
  throw RunAbort{exit_code};
}

// The line of the innermost program (non-library) frame, for the blocked-loop message. The
// running frame is stopped between two instructions: its line is the one about to run (after a
// loop's backward jump, the loop's first line); callers are at their call.
static int program_line() {
  Frame* cur = current_frame();
  for (Frame* f = cur; f; f = f->m_back) {
    if (f->m_code->m_is_library) continue;
    uint32_t pc = f->pc();
    if (f == cur && pc < f->m_code->m_code.size()) return f->m_code->line_at(pc);
    return f->line();
  }
  return cur ? cur->line() : 0;
}

void budget_exceeded() {
  InterpState* s = g_state;
  if (ls::trace::g_trace_sink) {
    ls::trace::vm_instruction(s->m_current);  // recording: line events
    if (s->m_pending_abort < 0 && g_instructions < s->m_budget_due) return;  // only the line was due
  }
  if (s->m_pending_abort >= 0) throw RunAbort{s->m_pending_abort};
  if (g_memory_used > g_memory_limit) {
    update_budget_check();
    // Raised between two instructions, where m_ip is the next one (after a jump, the jump's
    // target): step past it so that the traceback names the line about to run.
    if (s->m_current) ++s->m_current->m_ip;
    throw_exception(new_exception_args(g_MemoryError, Value()));
  }
  if (g_instructions >= s->m_options.max_instructions) {
    abort_run(6, "InstructionLimitError: the program ran more than " + std::to_string(s->m_options.max_instructions) +
                     " instructions");
  }
  if (s->m_in_step && g_instructions >= s->m_step_start + s->m_options.step_budget) {
    abort_run(5, "BlockedLoopError: " + s->m_step_task + " ran " + std::to_string(s->m_options.step_budget) +
                     " instructions without awaiting (line " + std::to_string(program_line()) + "): the event loop is blocked");
  }
  update_budget_check();
}

// ==== core builtins (the ones tied to the VM) =====================================================
static Value builtin_super(CallArgs& a) {
  if (a.nargs == 0) {
    Frame* f = current_frame();
    if (!f) raise_error(Err::SuperNoArgs);
    return zero_arg_super(f);
  }
  a.check("super", 1, 2);
  if (!is_instance(a[0], g_type_type)) throw_type_error("super() argument 1 must be a type, not " + type_of(a[0])->m_name);
  if (a.nargs == 1) throw_type_error("super(type) without a second argument is not supported");
  return make_super(a[0].as<TypeObject>(), a[1]);
}

static Value super_construct(TypeObject*, CallArgs& a) { return builtin_super(a); }

static Value builtin_globals(CallArgs& a) {
  a.check("globals", 0, 0);
  Frame* f = current_frame();
  return f ? Value(f->m_globals) : make_dict();
}

static Value builtin_locals(CallArgs& a) {
  a.check("locals", 0, 0);
  Frame* f = current_frame();
  if (!f) return make_dict();
  if (!f->m_locals_dict.is_null()) return f->m_locals_dict;
  Value d = make_dict();
  CodeObject* c = f->m_code;
  for (int i = 0; i < c->nlocals(); ++i)
    if (!f->locals()[i].is_null()) as_dict(d)->set(c->m_varnames[size_t(i)], f->locals()[i]);
  for (int i = 0; i < c->ncells() + c->nfree(); ++i) {
    const Value& cell = f->locals()[c->nlocals() + i];
    if (cell.is_obj() && cell.obj()->m_type == g_cell_type && !cell.as<CellObject>()->m_value.is_null()) {
      const std::string& n = i < c->ncells() ? c->m_cellvars[size_t(i)] : c->m_freevars[size_t(i - c->ncells())];
      as_dict(d)->set(n, cell.as<CellObject>()->m_value);
    }
  }
  return d;
}

// Minimal print used until/unless the builtins module registers its own.
static Value fallback_print(CallArgs& a) {
  std::string sep = " ", end = "\n";
  Value s = a.kw("sep"), e = a.kw("end");
  if (!s.is_null() && !s.is_none()) sep = std::string(str_view(s));
  if (!e.is_null() && !e.is_none()) end = std::string(str_view(e));
  std::string out;
  for (size_t i = 0; i < a.nargs; ++i) {
    if (i) out += sep;
    out += str_string(a[i]);
  }
  out += end;
  write_stdout(out);
  return Value::none();
}

static std::vector<std::pair<const char*, NativeFn>>& extra_builtins() {
  static auto* v = new std::vector<std::pair<const char*, NativeFn>>();
  return *v;
}
void add_extra_builtin(const char* name, NativeFn fn) { extra_builtins().emplace_back(name, fn); }

static void install_core_builtins(ModuleObject* b) {
  struct {
    const char* name;
    TypeObject* type;
  } types[] = {{"object", g_object_type}, {"type", g_type_type},       {"int", g_int_type},
               {"float", g_float_type},   {"bool", g_bool_type},       {"str", g_str_type},
               {"list", g_list_type},     {"tuple", g_tuple_type},     {"dict", g_dict_type},
               {"set", g_set_type},       {"frozenset", g_frozenset_type}, {"range", g_range_type},
               {"slice", g_slice_type},   {"property", g_property_type}, {"staticmethod", g_staticmethod_type},
               {"classmethod", g_classmethod_type}, {"super", g_super_type}, {"bytes", g_bytes_type}};
  for (auto& t : types) b->set(t.name, Value(t.type));
  for (auto& [name, t] : builtin_exception_types()) b->set(name, Value(t));
  b->set("None", Value::none());
  b->set("True", Value::boolean(true));
  b->set("False", Value::boolean(false));
  b->set("NotImplemented", Value(g_not_implemented));
  b->set("Ellipsis", Value(g_ellipsis));
  b->set("__build_class__", make_build_class_function());
  b->set("__name__", make_str("builtins"));
  add_function(b, "globals", builtin_globals);
  add_function(b, "locals", builtin_locals);
  add_function(b, "print", fallback_print);
}

static void init_all_types() {
  static bool done = false;
  if (done) return;
  done = true;
  init_builtin_types();
  init_generator_types();
  init_super_type();
  g_super_type->m_slots.construct = super_construct;
  install_str_methods();
  install_list_methods();
  install_dict_methods();
  install_set_methods();
  install_tuple_methods();
  install_int_float_methods();
  extern void install_all_slot_wrappers();
  install_all_slot_wrappers();
}

// ==== running a program ==============================================================================
static int exit_code_for_system_exit(const Value& exc, std::ostream& err) {
  Value code = getattr(exc, "code");
  if (code.is_none()) return 0;
  if (code.is_int() || code.is_bool()) return int(code.as_int());
  if (g_state->m_out) g_state->m_out->flush();
  err << str_string(code) << "\n";
  return 1;
}

// While started, objects are released without their finalizers (the hook is restored when the
// guard goes out of scope, however the run ends).
class QuietFinalization {
 public:
  QuietFinalization() = default;
  QuietFinalization(const QuietFinalization&) = delete;
  QuietFinalization& operator=(const QuietFinalization&) = delete;
  ~QuietFinalization() {
    if (m_started) g_finalize_hook = m_saved;
  }
  void start() {
    if (m_started) return;
    m_started = true;
    m_saved = g_finalize_hook;
    g_finalize_hook = nullptr;
  }

 private:
  bool m_started = false;
  void (*m_saved)(Object*) = nullptr;
};

static int report_exception(const Value& exc, std::ostream& err) {
  if (is_instance(exc, g_SystemExit)) return exit_code_for_system_exit(exc, err);
  std::string text;
  try {
    print_traceback(exc, text);
  } catch (PyException&) {
    text += exception_line(exc) + "\n";
  }
  if (g_state->m_out) g_state->m_out->flush();
  err << text;
  err.flush();
  return 1;
}

int run_source(const std::string& source, const std::string& filename, const RunOptions& options, std::ostream& out,
               std::ostream& err) {
  init_all_types();
  auto* state = new InterpState();
  InterpState* saved = g_state;
  g_state = state;
  state->m_options = options;
  state->m_out = &out;
  state->m_err = &err;
  state->m_recursion_limit = options.recursion_limit;
  char stack_probe;
  state->m_stack_base = &stack_probe;
  // Every way out (a syntax error included) restores the caller's interpreter and memory cap.
  struct Restore {
    InterpState* saved;
    bool saved_count;
    uint64_t saved_instructions = g_instructions, saved_next_check = g_next_check;
    ~Restore() {
      g_state = saved;
      g_instructions = saved_instructions;
      g_next_check = saved_next_check;
      set_count_memory(saved_count);
      if (!saved) g_memory_limit = std::size_t(-1);
    }
  } restore{saved, set_count_memory(true)};
  g_instructions = 0;
  g_next_check = 0;
  g_memory_limit = options.max_memory + g_memory_used;
  if (!options.steps_path.empty()) {
    state->m_steps.open(options.steps_path);
    state->m_steps_on = state->m_steps.is_open();
  }
  std::error_code ec;
  std::filesystem::path p(filename);
  // sys.path[0]: the program's folder, absolute like CPython's.
  std::filesystem::path dir = p.has_parent_path() ? p.parent_path() : std::filesystem::path(".");
  std::filesystem::path abs = std::filesystem::absolute(dir, ec);
  state->m_main_dir = ec ? dir.string() : abs.lexically_normal().string();
  update_budget_check();
  reset_builtins_state();
  int code = 0;
  try {
    state->m_modules = make_dict();
    auto* builtins = new_module("builtins");
    state->m_builtins_module = Value(builtins);
    state->m_builtins = builtins->dict();
    install_core_builtins(builtins);
    install_builtin_functions(builtins);
    for (auto& [name, fn] : extra_builtins()) add_function(builtins, name, fn);
    as_dict(state->m_modules)->set("builtins", Value(builtins));
    ModuleObject* sys = create_module_sys();
    as_dict(state->m_modules)->set("sys", Value(sys));

    register_source(filename, source);
    ParseResult pr = parse_module(source, filename);
    for (auto& w : pr.warnings) err << format_syntax_warning(w, filename);
    if (!pr.ok()) {
      err << format_syntax_error(pr.error, filename);
      err.flush();
      return 1;
    }
    Ref<CodeObject> codeobj = compile_module(*pr.module, filename, false);
    auto* main = new_module("__main__");
    Value main_v(main);
    main->m_is_library = false;
    main->set("__file__", make_str(filename));
    main->set("__builtins__", Value(builtins));
    main->set("__package__", Value::none());
    as_dict(state->m_modules)->set("__main__", main_v);
    // An uncaught exception stops the run at once, as it stops the conformance oracle's: after
    // the traceback nothing more runs or prints. What is released from then on (the frames'
    // locals that the traceback kept, __main__'s globals) is freed without finalizers: no
    // __del__, no generator cleanup, no "never awaited" warning.
    QuietFinalization quiet;
    try {
      run_code(codeobj.get(), main->dict(), Value(main->dict()));
    } catch (PyException& e) {
      code = report_exception(e.m_exc, err);
      if (!is_instance(e.m_exc, g_SystemExit)) quiet.start();
    }
    // Interpreter shutdown: __main__'s globals are released in order, so objects they hold are
    // finalized (__del__) in the same order as CPython 3.12.
    std::vector<Value> keys;
    main->dict()->for_each([&](const Value& k, const Value&) { keys.push_back(k); });
    for (auto& k : keys) {
      if (is_str(k) && str_view(k) == "__builtins__") continue;
      try {
        main->dict()->set(k, Value::none());
      } catch (PyException&) {
      }
    }
  } catch (PyException& e) {
    code = report_exception(e.m_exc, err);
  } catch (RunAbort& a) {
    code = a.exit_code;
  }
  if (state->m_pending_abort >= 0) code = state->m_pending_abort;
  out.flush();
  err.flush();
  state->m_finalizing = true;
  if (state->m_steps_on) state->m_steps.close();
  // Objects of this run are left alive (cycles and module globals); only the state is reset.
  return code;
}

// Reads the program at "path" into "source"; false (with CPython's message on "err") when the
// file cannot be opened.
static bool read_program(const std::string& path, std::string& source, std::ostream& err) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    err << "loopscope: can't open file '" << path << "': No such file or directory\n";
    return false;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  source = ss.str();
  return true;
}

int run_file(const std::string& path, const RunOptions& options, std::ostream& out, std::ostream& err) {
  std::string source;
  if (options.source) source = *options.source;
  else if (!read_program(path, source, err)) return 2;
  // CPython runs the script under its absolute path (tracebacks, __file__).
  std::error_code ec;
  std::filesystem::path abs = std::filesystem::absolute(path, ec);
  const std::string name = ec ? path : abs.lexically_normal().string();
  int code = 1;
  run_with_large_stack([&] { code = run_source(source, name, options, out, err); });
  return code;
}

int disassemble_file(const std::string& path, std::ostream& out, std::ostream& err) {
  std::string source;
  if (!read_program(path, source, err)) return 2;
  init_all_types();
  int status = 0;
  run_with_large_stack([&] {
    ParseResult pr = parse_module(source, path);
    if (!pr.ok()) {
      err << format_syntax_error(pr.error, path);
      status = 1;
      return;
    }
    Ref<CodeObject> code = compile_module(*pr.module, path, false);
    out << disassemble(code.get());
  });
  return status;
}

}  // namespace ls::lang
