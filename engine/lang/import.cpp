// The import system: native modules, embedded library modules, and .py files next to the program.
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "engine/lang/builtins_install.h"
#include "engine/lang/compiler.h"
#include "engine/lang/embedded_modules.h"
#include "engine/lang/exceptions.h"
#include "engine/lang/interp_state.h"
#include "engine/lang/list_object.h"
#include "engine/lang/parser.h"
#include "engine/lang/protocol.h"
#include "engine/lang/str_object.h"
#include "engine/lang/tuple_object.h"
#include "engine/lang/vm.h"
#include "engine/trace/vm/trace_module.h"

namespace ls::lang {

namespace fs = std::filesystem;

// CPython standard-library modules that loopscope does not provide (named in the error message).
static bool is_cpython_stdlib(const std::string& top) {
  static const std::set<std::string> names = {
      "os", "subprocess", "socket", "threading", "multiprocessing", "io", "pathlib", "shutil", "signal", "select",
      "selectors", "ssl", "http", "urllib", "json", "re", "pickle", "sqlite3", "ctypes", "tempfile", "glob", "logging",
      "unittest", "concurrent", "queue", "sched", "datetime", "decimal", "fractions", "statistics", "string", "struct",
      "textwrap", "traceback", "inspect", "types", "typing", "weakref", "copy", "pprint", "operator", "enum", "abc",
      "numbers", "warnings", "contextvars", "gc", "atexit", "builtins", "platform", "locale", "codecs", "csv", "email",
      "hashlib", "hmac", "secrets", "uuid", "zlib", "gzip", "bz2", "lzma", "zipfile", "tarfile", "xml", "html",
      "argparse", "getopt", "fileinput", "stat", "errno", "faulthandler", "pdb", "timeit", "cProfile", "profile",
      "trace", "tracemalloc", "dis", "ast", "tokenize", "importlib", "pkgutil", "runpy", "site", "sysconfig", "array",
      "bisect", "cmath", "collections", "contextlib", "dataclasses", "functools", "heapq", "itertools", "random",
      "time", "math", "sys", "asyncio", "mmap", "readline", "curses", "tkinter", "turtle", "webbrowser", "wsgiref",
      "xmlrpc", "ftplib", "smtplib", "poplib", "imaplib", "telnetlib", "socketserver", "asynchat", "asyncore",
      "binascii", "base64", "difflib", "shelve", "dbm", "marshal", "calendar", "zoneinfo", "graphlib", "keyword",
      "linecache", "reprlib", "token", "symtable", "code", "codeop", "pydoc", "doctest", "venv", "ensurepip",
      "resource", "pwd", "grp", "termios", "tty", "pty", "fcntl", "posix", "nt", "msvcrt", "winreg", "ipaddress",
      "mimetypes", "quopri", "uu", "chunk", "colorsys", "imghdr", "sndhdr", "wave", "audioop", "aifc", "sunau",
      "gettext", "optparse", "filecmp", "fnmatch", "netrc", "plistlib", "configparser", "tomllib", "copyreg",
      "_thread", "threading", "string", "unicodedata", "stringprep", "encodings"};
  return names.count(top) > 0;
}

using NativeFactory = ModuleObject* (*)();
static NativeFactory native_factory(const std::string& name) {
  if (name == "time") return create_module_time;
  if (name == "math") return create_module_math;
  if (name == "_collections") return create_module_collections_native;
  if (name == "_heapq") return create_module_heapq_native;
  if (name == "_contextvars") return create_module_contextvars_native;
  if (name == "_loopscope") return create_module_loopscope;
  if (name == "_loopscope_trace") return ls::trace::create_module_loopscope_trace;
  return nullptr;
}

// The dotted module name of an embedded file, derived from its "<loopscope>/pkg/mod.py" filename
// (robust against how the table's own name field was generated).
static std::string embedded_name(const EmbeddedModule& m) {
  std::string f = m.filename;
  const std::string prefix = "<loopscope>/";
  if (f.rfind(prefix, 0) != 0) return m.name;
  f = f.substr(prefix.size());
  if (f.size() > 3 && f.compare(f.size() - 3, 3, ".py") == 0) f.resize(f.size() - 3);
  if (f == "__init__") return m.name;
  if (f.size() > 9 && f.compare(f.size() - 9, 9, "/__init__") == 0) f.resize(f.size() - 9);
  for (char& c : f)
    if (c == '/') c = '.';
  return f;
}

static const EmbeddedModule* find_embedded(const std::string& name) {
  for (size_t i = 0; kEmbeddedModules[i].name; ++i)
    if (name == embedded_name(kEmbeddedModules[i])) return &kEmbeddedModules[i];
  return nullptr;
}

static Value modules() { return g_state->m_modules; }

// Parses, compiles and runs 'source' as module 'mod'.
void exec_module_source(ModuleObject* mod, const std::string& source, const std::string& filename, bool library) {
  register_source(filename, source);
  ParseResult pr = parse_module(source, filename);
  if (!pr.ok()) {
    std::string text = format_syntax_error(pr.error, filename);
    while (!text.empty() && text.back() == '\n') text.pop_back();
    size_t last = text.rfind('\n');
    std::string msg = last == std::string::npos ? text : text.substr(last + 1);
    if (msg.rfind("SyntaxError: ", 0) == 0) msg = msg.substr(13);
    throw_error(g_SyntaxError, msg);
  }
  Ref<CodeObject> code = compile_module(*pr.module, filename, library);
  run_code(code.get(), mod->dict(), Value(mod->dict()));
}

static bool read_file(const fs::path& p, std::string& out) {
  std::error_code ec;
  if (!fs::is_regular_file(p, ec)) return false;
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

// Loads one module by absolute dotted name (its parent package already imported).
static Value load_module(const std::string& fullname) {
  Value existing = as_dict(modules())->get(fullname);
  if (!existing.is_null()) return existing;
  std::string parent, child = fullname;
  size_t dot = fullname.rfind('.');
  Value parent_mod;
  if (dot != std::string::npos) {
    parent = fullname.substr(0, dot);
    child = fullname.substr(dot + 1);
    parent_mod = load_module(parent);
    existing = as_dict(modules())->get(fullname);
    if (!existing.is_null()) return existing;
  }
  Value result;
  if (NativeFactory fn = native_factory(fullname)) {
    ModuleObject* m = fn();
    result = Value(m);
    as_dict(modules())->set(fullname, result);
  } else if (const EmbeddedModule* em = find_embedded(fullname)) {
    auto* m = new ModuleObject(fullname);
    result = Value(m);
    m->m_is_library = true;
    m->set("__file__", make_str(em->filename));
    bool is_pkg = em->is_package || std::string(em->filename).find("/__init__.py") != std::string::npos;
    m->set("__package__", make_str(is_pkg ? fullname : parent));
    if (is_pkg) m->set("__path__", make_list({make_str(fullname)}));
    as_dict(modules())->set(fullname, result);
    try {
      exec_module_source(m, em->source, em->filename, true);
    } catch (...) {
      as_dict(modules())->remove(make_str(fullname));
      throw;
    }
  } else {
    // A .py file (or package folder) next to the program or inside a sibling package.
    fs::path dir;
    if (parent.empty()) {
      dir = g_state->m_main_dir;
    } else {
      Value path = getattr_opt(parent_mod, intern("__path__"));
      if (path.is_obj() && is_list(path) && !as_list(path)->m_items.empty() && is_str(as_list(path)->m_items[0]))
        dir = std::string(str_view(as_list(path)->m_items[0]));
    }
    std::string source;
    fs::path file;
    bool package = false;
    if (!dir.empty() && !g_state->m_main_dir.empty()) {
      if (read_file(dir / (child + ".py"), source)) file = dir / (child + ".py");
      else if (read_file(dir / child / "__init__.py", source)) {
        file = dir / child / "__init__.py";
        package = true;
      }
    }
    if (file.empty()) {
      std::string top = fullname.substr(0, fullname.find('.'));
      // Like CPython, the error carries the module's name (`e.name`), sandboxed or missing.
      Err why = parent.empty() && is_cpython_stdlib(top) ? Err::ModuleNotAvailable : Err::NoModuleNamed;
      Value exc = new_exception(g_ModuleNotFoundError, error_text(why, {fullname}));
      set_import_error_name(exc, make_str(fullname));
      throw_exception(exc);
    }
    auto* m = new ModuleObject(fullname);
    result = Value(m);
    m->m_is_library = false;
    std::string fname = file.lexically_normal().string();
    m->set("__file__", make_str(fname));
    m->set("__package__", make_str(package ? fullname : parent));
    if (package) m->set("__path__", make_list({make_str((dir / child).string())}));
    as_dict(modules())->set(fullname, result);
    try {
      exec_module_source(m, source, fname, false);
    } catch (...) {
      as_dict(modules())->remove(make_str(fullname));
      throw;
    }
  }
  result = as_dict(modules())->get(fullname);
  if (!parent_mod.is_null() && is_instance(parent_mod, g_module_type)) parent_mod.obj()->m_dict->set(child, result);
  return result;
}

static std::string resolve_name(const std::string& name, const Value& globals, int level) {
  if (level == 0) return name;
  DictObject* g = as_dict(globals);
  std::string package;
  Value p = g->get("__package__");
  if (is_str(p) && !str_view(p).empty()) {
    package = std::string(str_view(p));
  } else {
    Value n = g->get("__name__");
    if (!g->get("__path__").is_null() && is_str(n)) package = std::string(str_view(n));
    else if (is_str(n)) {
      std::string s(str_view(n));
      size_t d = s.rfind('.');
      package = d == std::string::npos ? "" : s.substr(0, d);
    }
  }
  if (package.empty()) raise_error(Err::RelativeImportNoParent);
  for (int i = 1; i < level; ++i) {
    size_t d = package.rfind('.');
    if (d == std::string::npos) throw_error(g_ImportError, "attempted relative import beyond top-level package");
    package = package.substr(0, d);
  }
  return name.empty() ? package : package + "." + name;
}

Value import_name(const std::string& name, const Value& globals, const Value& fromlist, int level) {
  std::string full = resolve_name(name, globals, level);
  Value leaf = load_module(full);
  bool has_fromlist = fromlist.is_obj() && is_tuple(fromlist) && as_tuple(fromlist)->size() > 0;
  if (has_fromlist || level > 0) return leaf;
  return as_dict(modules())->get(full.substr(0, full.find('.')));
}

Value import_from(const Value& module, StrObject* name) {
  Value v = getattr_opt(module, name);
  if (!v.is_null()) return v;
  Value mname = getattr_opt(module, intern("__name__"));
  if (is_str(mname)) {
    std::string sub = std::string(str_view(mname)) + "." + std::string(name->view());
    try {
      return load_module(sub);
    } catch (PyException& e) {
      if (!e.matches(g_ModuleNotFoundError)) throw;
    }
    Value file = getattr_opt(module, intern("__file__"));
    if (is_str(file))
      raise_error(Err::CannotImportName, {name->view(), str_view(mname), str_view(file)});
    raise_error(Err::CannotImportNameUnknown, {name->view(), str_view(mname)});
  }
  raise_error(Err::CannotImportNameUnknown, {name->view(), "?"});
}

void import_star(const Value& module, DictObject* ns) {
  Value all = getattr_opt(module, intern("__all__"));
  if (!all.is_null()) {
    for_each(all, [&](const Value& n) { ns->set(n, getattr(module, intern(str_view(n)))); });
    return;
  }
  std::vector<std::pair<Value, Value>> items;
  module.obj()->m_dict->for_each([&](const Value& k, const Value& v) {
    if (is_str(k) && !str_view(k).empty() && str_view(k)[0] != '_') items.emplace_back(k, v);
  });
  for (auto& [k, v] : items) ns->set(k, v);
}

}  // namespace ls::lang
