// The native sys module: argv, exit, stdout/stderr stream objects, version info, limits, asyncgen hooks.
#include "engine/lang/builtins/builtin_util.h"
#include "engine/lang/builtins/builtins_internal.h"
#include "engine/lang/builtins_install.h"
#include "engine/lang/interpreter.h"
#include "engine/lang/module_object.h"
#include "engine/lang/runtime.h"
#include "engine/lang/vm.h"

namespace ls::lang {
using namespace bi;

int g_sys_recursion_limit = 0;
Value g_asyncgen_firstiter;
Value g_asyncgen_finalizer;

namespace {

// The sys module of this process (created once; its stdout/stderr may be reassigned by programs).
ModuleObject* g_sys = nullptr;
TypeObject* s_stream_type = nullptr;
TypeObject* s_version_info_type = nullptr;
TypeObject* s_hooks_type = nullptr;

// sys.stdout / sys.stderr: write() goes to the run's output sinks.
struct StreamObject : Object {
  int m_which;  // 1 stdout, 2 stderr
  StreamObject(TypeObject* t, int which) : Object(t), m_which(which) {}
};

Value stream_write(CallArgs& a) {
  a.check_method("write", 1, 1);
  if (!is_str(a[1])) throw_type_error("write() argument must be str, not " + tname(a[1]));
  if (a[0].as<StreamObject>()->m_which == 1) write_stdout(str_view(a[1]));
  else write_stderr(str_view(a[1]));
  return Value::integer(as_str(a[1])->m_length);
}

Value stream_flush(CallArgs& a) {
  a.check_method("flush", 0, 0);
  return Value::none();
}

Value stream_false(CallArgs&) { return Value::boolean(false); }
Value stream_true(CallArgs&) { return Value::boolean(true); }

Value stream_repr(const Value& self) {
  bool out = self.as<StreamObject>()->m_which == 1;
  return make_str(std::string("<_io.TextIOWrapper name='<") + (out ? "stdout" : "stderr") +
                  ">' mode='w' encoding='utf-8'>");
}

Value stream_name(CallArgs& a) {
  return make_str(a[0].as<StreamObject>()->m_which == 1 ? "<stdout>" : "<stderr>");
}

// A struct-sequence-like tuple subclass: repr "name(field=value, ...)".
Value named_tuple_repr(const Value& self, const char* name, std::initializer_list<const char*> fields) {
  std::string out = std::string(name) + "(";
  size_t i = 0;
  for (const char* f : fields) {
    if (i) out += ", ";
    out += f;
    out += "=";
    out += repr_string(as_tuple(self)->m_items[i]);
    ++i;
  }
  return make_str(out + ")");
}

Value version_info_repr(const Value& self) {
  return named_tuple_repr(self, "sys.version_info", {"major", "minor", "micro", "releaselevel", "serial"});
}
Value hooks_repr(const Value& self) { return named_tuple_repr(self, "asyncgen_hooks", {"firstiter", "finalizer"}); }

template <int I>
Value tuple_field(CallArgs& a) { return as_tuple(a[0])->m_items[I]; }

Value sys_exit(CallArgs& a) {
  a.check("exit", 0, 1);
  Value args = a.nargs ? make_tuple({a[0]}) : make_tuple({});
  throw_exception(new_exception_args(g_SystemExit, args));
}

Value sys_getrecursionlimit(CallArgs& a) {
  a.check("getrecursionlimit", 0, 0);
  return Value::integer(g_sys_recursion_limit > 0 ? g_sys_recursion_limit : run_options().recursion_limit);
}

Value sys_setrecursionlimit(CallArgs& a) {
  a.check("setrecursionlimit", 1, 1);
  if (a[0].is_float()) throw_type_error("'float' object cannot be interpreted as an integer");
  int64_t n = index_value(a[0]);
  if (n < 1) throw_value_error("recursion limit must be greater or equal than 1");
  g_sys_recursion_limit = int(std::min<int64_t>(n, INT32_MAX));
  return Value::none();
}

Value sys_get_asyncgen_hooks(CallArgs& a) {
  a.check("get_asyncgen_hooks", 0, 0);
  Value f = g_asyncgen_firstiter.is_null() ? Value::none() : g_asyncgen_firstiter;
  Value z = g_asyncgen_finalizer.is_null() ? Value::none() : g_asyncgen_finalizer;
  return Value(new TupleObject({f, z}, s_hooks_type));
}

// set_asyncgen_hooks(firstiter=<unchanged>, finalizer=<unchanged>)
Value sys_set_asyncgen_hooks(CallArgs& a) {
  static const ParamSpec spec{"set_asyncgen_hooks", {"firstiter", "finalizer"}, 0, 0, 0};
  Value p[2];
  spec.bind(a, p);
  if (!p[1].is_null() && !p[1].is_none() && !is_callable(p[1]))
    throw_type_error("callable finalizer expected, got " + tname(p[1]));
  if (!p[0].is_null() && !p[0].is_none() && !is_callable(p[0]))
    throw_type_error("callable firstiter expected, got " + tname(p[0]));
  if (!p[1].is_null()) g_asyncgen_finalizer = p[1];
  if (!p[0].is_null()) g_asyncgen_firstiter = p[0];
  return Value::none();
}

Value sys_exc_info(CallArgs& a) {
  a.check("exc_info", 0, 0);
  Value e = current_handled_exception();
  if (e.is_null() || e.is_none()) return make_tuple({Value::none(), Value::none(), Value::none()});
  static StrObject* s_tb = intern("__traceback__");
  Value tb = getattr_opt(e, s_tb);
  return make_tuple({Value(type_of(e)), e, tb.is_null() ? Value::none() : tb});
}

Value sys_exception(CallArgs& a) {
  a.check("exception", 0, 0);
  Value e = current_handled_exception();
  return e.is_null() ? Value::none() : e;
}

Value sys_intern(CallArgs& a) {
  a.check("intern", 1, 1);
  if (!is_str(a[0])) throw_type_error("intern() argument must be str, not " + tname(a[0]));
  return Value(intern(str_view(a[0])));
}

Value sys_getdefaultencoding(CallArgs& a) {
  a.check("getdefaultencoding", 0, 0);
  return make_str("utf-8");
}

void init_types() {
  if (s_stream_type) return;
  s_stream_type = new_builtin_type("TextIOWrapper", g_object_type, Layout::Other);
  s_stream_type->m_module = make_str("_io");
  s_stream_type->m_slots.repr = stream_repr;
  add_method(s_stream_type, "write", stream_write);
  add_method(s_stream_type, "flush", stream_flush);
  add_method(s_stream_type, "isatty", stream_false);
  add_method(s_stream_type, "writable", stream_true);
  add_method(s_stream_type, "readable", stream_false);
  add_property(s_stream_type, "name", stream_name);

  s_version_info_type = new_builtin_type("version_info", g_tuple_type, Layout::Tuple);
  s_version_info_type->m_module = make_str("sys");
  s_version_info_type->m_slots.repr = version_info_repr;
  add_property(s_version_info_type, "major", tuple_field<0>);
  add_property(s_version_info_type, "minor", tuple_field<1>);
  add_property(s_version_info_type, "micro", tuple_field<2>);
  add_property(s_version_info_type, "releaselevel", tuple_field<3>);
  add_property(s_version_info_type, "serial", tuple_field<4>);

  s_hooks_type = new_builtin_type("asyncgen_hooks", g_tuple_type, Layout::Tuple);
  s_hooks_type->m_slots.repr = hooks_repr;
  add_property(s_hooks_type, "firstiter", tuple_field<0>);
  add_property(s_hooks_type, "finalizer", tuple_field<1>);
}

Value simple_namespace(const char* name) {
  ModuleObject* m = new_module(name);
  return Value(m);
}

}  // namespace

Value bi::sys_stream(int which) {
  if (g_sys) {
    Value v = g_sys->get(which == 1 ? "stdout" : "stderr");
    if (!v.is_null()) return v;
  }
  init_types();
  return Value(new StreamObject(s_stream_type, which));
}

int bi::std_stream_kind(const Value& v) {
  if (v.is_obj() && s_stream_type && v.obj()->m_type == s_stream_type) return v.as<StreamObject>()->m_which;
  return 0;
}

Value bi::current_globals() {
  Frame* f = current_frame();
  if (!f || !f->m_globals) return make_dict();
  return Value(f->m_globals);
}

// locals(): the namespace of a module/class body, or a snapshot of a function's fast locals.
Value bi::current_locals() {
  Frame* f = current_frame();
  if (!f) return make_dict();
  if (!f->m_locals_dict.is_null()) return f->m_locals_dict;
  Value d = make_dict();
  CodeObject* c = f->m_code;
  int nl = c->nlocals();
  for (int i = 0; i < nl; ++i)
    if (!f->m_slots[i].is_null()) as_dict(d)->set(c->m_varnames[size_t(i)], f->m_slots[i]);
  auto add_cell = [&](const std::string& name, const Value& slot) {
    if (slot.is_obj() && slot.obj()->m_type == g_cell_type) {
      const Value& v = slot.as<CellObject>()->m_value;
      if (!v.is_null()) as_dict(d)->set(name, v);
    }
  };
  for (int i = 0; i < c->ncells(); ++i) add_cell(c->m_cellvars[size_t(i)], f->m_slots[nl + i]);
  for (int i = 0; i < c->nfree(); ++i) add_cell(c->m_freevars[size_t(i)], f->m_slots[nl + c->ncells() + i]);
  return d;
}

ModuleObject* create_module_sys() {
  init_types();
  ModuleObject* m = new_module("sys");
  g_sys = m;
  incref(m);  // kept for print(): sys.stdout lookups
  const RunOptions& opts = run_options();
  Value argv = make_list();
  for (const auto& s : opts.argv) as_list(argv)->m_items.push_back(make_str(s));
  if (opts.argv.empty()) as_list(argv)->m_items.push_back(make_str(""));
  m->set("argv", argv);
  std::string dir;
  if (!opts.argv.empty()) {
    auto slash = opts.argv[0].rfind('/');
    dir = slash == std::string::npos ? "" : opts.argv[0].substr(0, slash);
  }
  m->set("path", make_list({make_str(dir)}));
  m->set("modules", sys_modules_dict());
  Value out(new StreamObject(s_stream_type, 1));
  Value err(new StreamObject(s_stream_type, 2));
  m->set("stdout", out);
  m->set("stderr", err);
  m->set("__stdout__", out);
  m->set("__stderr__", err);
  m->set("stdin", Value::none());
  m->set("maxsize", Value::integer(INT64_MAX));
  m->set("maxunicode", Value::integer(0x10ffff));
  m->set("byteorder", make_str("little"));
  m->set("platform", make_str("linux"));
  m->set("executable", make_str(""));
  m->set("version", make_str("3.12.1 (loopscope) [C++20]"));
  m->set("version_info", Value(new TupleObject({Value::integer(3), Value::integer(12), Value::integer(1),
                                                  make_str("final"), Value::integer(0)},
                                                 s_version_info_type)));
  m->set("hexversion", Value::integer(0x030c01f0));
  m->set("api_version", Value::integer(1013));
  Value impl = simple_namespace("implementation");
  impl.obj()->m_dict->set(std::string_view("name"), make_str("loopscope"));
  impl.obj()->m_dict->set(std::string_view("cache_tag"), Value::none());
  m->set("implementation", impl);
  Value fi = simple_namespace("float_info");
  fi.obj()->m_dict->set(std::string_view("max"), Value::real(1.7976931348623157e308));
  fi.obj()->m_dict->set(std::string_view("min"), Value::real(2.2250738585072014e-308));
  fi.obj()->m_dict->set(std::string_view("epsilon"), Value::real(2.220446049250313e-16));
  fi.obj()->m_dict->set(std::string_view("dig"), Value::integer(15));
  fi.obj()->m_dict->set(std::string_view("mant_dig"), Value::integer(53));
  m->set("float_info", fi);
  add_function(m, "exit", sys_exit);
  add_function(m, "getrecursionlimit", sys_getrecursionlimit);
  add_function(m, "setrecursionlimit", sys_setrecursionlimit);
  add_function(m, "get_asyncgen_hooks", sys_get_asyncgen_hooks);
  add_function(m, "set_asyncgen_hooks", sys_set_asyncgen_hooks);
  add_function(m, "exc_info", sys_exc_info);
  add_function(m, "exception", sys_exception);
  add_function(m, "intern", sys_intern);
  add_function(m, "getdefaultencoding", sys_getdefaultencoding);
  return m;
}

void reset_builtins_state() {
  g_sys_recursion_limit = 0;
  g_asyncgen_firstiter = Value();
  g_asyncgen_finalizer = Value();
  reset_worker_clocks();
}

}  // namespace ls::lang
