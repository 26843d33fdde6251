// Scope analysis: one pass collects bindings and uses per scope, a second pass resolves each name.
#include "engine/lang/symtable.h"

#include <algorithm>

namespace ls::lang {

using namespace ast;

NameScope Scope::lookup(const std::string& name) const {
  auto it = resolved.find(name);
  if (it != resolved.end()) return it->second;
  if (kind == ScopeKind::Module || kind == ScopeKind::Class) return NameScope::Namespace;
  return NameScope::GlobalImplicit;
}

class ScopeBuilder {
 public:
  ScopeBuilder(SymbolTable& table) : m_table(table) {}

  Scope* push(ScopeKind kind, const std::string& name, const void* node) {
    auto s = std::make_unique<Scope>();
    s->kind = kind;
    s->name = name;
    s->parent = m_cur;
    Scope* raw = s.get();
    if (m_cur) m_cur->children.push_back(std::move(s));
    else m_table.m_root = std::move(s);
    if (node) m_table.m_by_node[node] = raw;
    m_cur = raw;
    return raw;
  }
  void pop() { m_cur = m_cur->parent; }

  void bind(const std::string& n) {
    if (m_cur->assigned.insert(n).second) m_cur->local_order.push_back(n);
  }
  void use(const std::string& n) {
    m_cur->used.insert(n);
    if (n == "super" || n == "__class__") m_cur->needs_class_cell = true;
  }

  void stmts(const StmtList& body) {
    for (auto& s : body) stmt(*s);
  }

  void args_defaults(const Arguments& a) {
    for (auto& d : a.defaults) expr(*d);
    for (auto& d : a.kw_defaults)
      if (d) expr(*d);
  }
  void annotations(const Arguments& a) {
    auto ann = [&](const Arg& x) {
      if (x.annotation) expr(*x.annotation);
    };
    for (auto& x : a.posonlyargs) ann(x);
    for (auto& x : a.args) ann(x);
    if (a.vararg) ann(*a.vararg);
    for (auto& x : a.kwonlyargs) ann(x);
    if (a.kwarg) ann(*a.kwarg);
  }
  void params(const Arguments& a) {
    auto p = [&](const Arg& x) {
      m_cur->params.push_back(x.arg);
      m_cur->assigned.insert(x.arg);
    };
    for (auto& x : a.posonlyargs) p(x);
    for (auto& x : a.args) p(x);
    for (auto& x : a.kwonlyargs) p(x);
    if (a.vararg) p(*a.vararg);
    if (a.kwarg) p(*a.kwarg);
  }

  void stmt(const Stmt& s) {
    switch (s.kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: {
        auto& f = s.as<FunctionDef>();
        for (auto& d : f.decorator_list) expr(*d);
        args_defaults(f.args);
        annotations(f.args);
        if (f.returns) expr(*f.returns);
        bind(f.name);
        Scope* sc = push(ScopeKind::Function, f.name, &s);
        sc->is_coroutine = f.is_async();
        params(f.args);
        stmts(f.body);
        pop();
        break;
      }
      case StmtKind::ClassDef: {
        auto& c = s.as<ClassDef>();
        for (auto& d : c.decorator_list) expr(*d);
        for (auto& b : c.bases) expr(*b);
        for (auto& k : c.keywords) expr(*k.value);
        bind(c.name);
        push(ScopeKind::Class, c.name, &s);
        stmts(c.body);
        pop();
        break;
      }
      case StmtKind::Return:
        if (s.as<Return>().value) expr(*s.as<Return>().value);
        break;
      case StmtKind::Delete:
        for (auto& t : s.as<Delete>().targets) target(*t);
        break;
      case StmtKind::Assign: {
        auto& a = s.as<Assign>();
        expr(*a.value);
        for (auto& t : a.targets) target(*t);
        break;
      }
      case StmtKind::AugAssign: {
        auto& a = s.as<AugAssign>();
        expr(*a.value);
        if (a.target->kind == ExprKind::Name) use(a.target->as<Name>().id);
        target(*a.target);
        break;
      }
      case StmtKind::AnnAssign: {
        auto& a = s.as<AnnAssign>();
        if (a.value) expr(*a.value);
        if (m_cur->kind != ScopeKind::Function) expr(*a.annotation);
        if (a.target->kind == ExprKind::Name) {
          if (a.value || m_cur->kind == ScopeKind::Function) bind(a.target->as<Name>().id);
        } else {
          target(*a.target);
        }
        break;
      }
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto& f = s.as<For>();
        expr(*f.iter);
        target(*f.target);
        stmts(f.body);
        stmts(f.orelse);
        break;
      }
      case StmtKind::While: {
        auto& w = s.as<While>();
        expr(*w.test);
        stmts(w.body);
        stmts(w.orelse);
        break;
      }
      case StmtKind::If: {
        auto& i = s.as<If>();
        expr(*i.test);
        stmts(i.body);
        stmts(i.orelse);
        break;
      }
      case StmtKind::With:
      case StmtKind::AsyncWith: {
        auto& w = s.as<With>();
        for (auto& it : w.items) {
          expr(*it.context_expr);
          if (it.optional_vars) target(*it.optional_vars);
        }
        stmts(w.body);
        break;
      }
      case StmtKind::Raise: {
        auto& r = s.as<Raise>();
        if (r.exc) expr(*r.exc);
        if (r.cause) expr(*r.cause);
        break;
      }
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto& t = s.as<Try>();
        stmts(t.body);
        for (auto& h : t.handlers) {
          if (h.type) expr(*h.type);
          if (!h.name.empty()) bind(h.name);
          stmts(h.body);
        }
        stmts(t.orelse);
        stmts(t.finalbody);
        break;
      }
      case StmtKind::Assert: {
        auto& a = s.as<Assert>();
        expr(*a.test);
        if (a.msg) expr(*a.msg);
        break;
      }
      case StmtKind::Import:
        for (auto& al : s.as<Import>().names) {
          if (!al.asname.empty()) bind(al.asname);
          else bind(al.name.substr(0, al.name.find('.')));
        }
        break;
      case StmtKind::ImportFrom:
        for (auto& al : s.as<ImportFrom>().names) {
          if (al.name == "*") continue;
          bind(al.asname.empty() ? al.name : al.asname);
        }
        break;
      case StmtKind::Global:
        for (auto& n : s.as<Global>().names) m_cur->globals.insert(n);
        break;
      case StmtKind::Nonlocal:
        for (auto& n : s.as<Nonlocal>().names) m_cur->nonlocals.insert(n);
        break;
      case StmtKind::Expr: expr(*s.as<ExprStmt>().value); break;
      default: break;
    }
  }

  void target(const Expr& e) {
    switch (e.kind) {
      case ExprKind::Name: bind(e.as<Name>().id); break;
      case ExprKind::Tuple:
        for (auto& x : e.as<Tuple>().elts) target(*x);
        break;
      case ExprKind::List:
        for (auto& x : e.as<List>().elts) target(*x);
        break;
      case ExprKind::Starred: target(*e.as<Starred>().value); break;
      case ExprKind::Attribute: expr(*e.as<Attribute>().value); break;
      case ExprKind::Subscript:
        expr(*e.as<Subscript>().value);
        expr(*e.as<Subscript>().slice);
        break;
      default: expr(e); break;
    }
  }

  void comprehension(const Expr& e, const std::vector<Comprehension>& gens, const char* name,
                     std::initializer_list<const Expr*> elts) {
    expr(*gens[0].iter);
    Scope* sc = push(ScopeKind::Comprehension, name, &e);
    sc->params.push_back(".0");
    sc->assigned.insert(".0");
    if (e.kind == ExprKind::GeneratorExp) sc->is_generator = true;
    for (size_t i = 0; i < gens.size(); ++i) {
      if (gens[i].is_async) sc->is_coroutine = true;
      if (i > 0) expr(*gens[i].iter);
      target(*gens[i].target);
      for (auto& c : gens[i].ifs) expr(*c);
    }
    for (auto* x : elts) expr(*x);
    pop();
  }

  void expr(const Expr& e) {
    switch (e.kind) {
      case ExprKind::BoolOp:
        for (auto& v : e.as<BoolOp>().values) expr(*v);
        break;
      case ExprKind::NamedExpr: {
        auto& n = e.as<NamedExpr>();
        expr(*n.value);
        const std::string& id = n.target->as<Name>().id;
        // Walrus in a comprehension binds in the enclosing function/module scope.
        Scope* s = m_cur;
        while (s->kind == ScopeKind::Comprehension) {
          s->nonlocals.insert(id);
          s = s->parent;
        }
        if (s != m_cur) {
          Scope* save = m_cur;
          m_cur = s;
          bind(id);
          m_cur = save;
          if (s->kind == ScopeKind::Module)
            for (Scope* c = save; c != s; c = c->parent) {
              c->nonlocals.erase(id);
              c->globals.insert(id);
            }
        } else {
          bind(id);
        }
        break;
      }
      case ExprKind::BinOp:
        expr(*e.as<BinOp>().left);
        expr(*e.as<BinOp>().right);
        break;
      case ExprKind::UnaryOp: expr(*e.as<UnaryOp>().operand); break;
      case ExprKind::Lambda: {
        auto& l = e.as<Lambda>();
        args_defaults(l.args);
        push(ScopeKind::Function, "<lambda>", &e);
        params(l.args);
        expr(*l.body);
        pop();
        break;
      }
      case ExprKind::IfExp:
        expr(*e.as<IfExp>().test);
        expr(*e.as<IfExp>().body);
        expr(*e.as<IfExp>().orelse);
        break;
      case ExprKind::Dict: {
        auto& d = e.as<Dict>();
        for (auto& k : d.keys)
          if (k) expr(*k);
        for (auto& v : d.values) expr(*v);
        break;
      }
      case ExprKind::Set:
        for (auto& x : e.as<Set>().elts) expr(*x);
        break;
      case ExprKind::List:
        for (auto& x : e.as<List>().elts) expr(*x);
        break;
      case ExprKind::Tuple:
        for (auto& x : e.as<Tuple>().elts) expr(*x);
        break;
      case ExprKind::ListComp: comprehension(e, e.as<ListComp>().generators, "<listcomp>", {e.as<ListComp>().elt.get()}); break;
      case ExprKind::SetComp: comprehension(e, e.as<SetComp>().generators, "<setcomp>", {e.as<SetComp>().elt.get()}); break;
      case ExprKind::GeneratorExp: comprehension(e, e.as<GeneratorExp>().generators, "<genexpr>", {e.as<GeneratorExp>().elt.get()}); break;
      case ExprKind::DictComp:
        comprehension(e, e.as<DictComp>().generators, "<dictcomp>", {e.as<DictComp>().key.get(), e.as<DictComp>().value.get()});
        break;
      case ExprKind::Await:
        if (m_cur->kind == ScopeKind::Comprehension) m_cur->is_coroutine = true;
        expr(*e.as<Await>().value);
        break;
      case ExprKind::Yield:
        markgen();
        if (e.as<Yield>().value) expr(*e.as<Yield>().value);
        break;
      case ExprKind::YieldFrom:
        markgen();
        expr(*e.as<YieldFrom>().value);
        break;
      case ExprKind::Compare:
        expr(*e.as<Compare>().left);
        for (auto& c : e.as<Compare>().comparators) expr(*c);
        break;
      case ExprKind::Call: {
        auto& c = e.as<Call>();
        expr(*c.func);
        for (auto& a : c.args) expr(*a);
        for (auto& k : c.keywords) expr(*k.value);
        break;
      }
      case ExprKind::FormattedValue:
        expr(*e.as<FormattedValue>().value);
        if (e.as<FormattedValue>().format_spec) expr(*e.as<FormattedValue>().format_spec);
        break;
      case ExprKind::JoinedStr:
        for (auto& v : e.as<JoinedStr>().values) expr(*v);
        break;
      case ExprKind::Attribute: expr(*e.as<Attribute>().value); break;
      case ExprKind::Subscript:
        expr(*e.as<Subscript>().value);
        expr(*e.as<Subscript>().slice);
        break;
      case ExprKind::Starred: expr(*e.as<Starred>().value); break;
      case ExprKind::Name:
        if (e.as<Name>().ctx == ExprContext::Load) use(e.as<Name>().id);
        else target(e);
        break;
      case ExprKind::Slice: {
        auto& s = e.as<Slice>();
        if (s.lower) expr(*s.lower);
        if (s.upper) expr(*s.upper);
        if (s.step) expr(*s.step);
        break;
      }
      default: break;
    }
  }
  void markgen() {
    m_cur->is_generator = true;
  }

  SymbolTable& m_table;
  Scope* m_cur = nullptr;
};

// Resolves the names of 'sc' and (recursively) its children. Cells get marked on ancestors.
static void resolve(Scope* sc) {
  bool func = sc->is_function_like();
  auto is_local_of = [](Scope* s, const std::string& n) {
    return s->is_function_like() && s->assigned.count(n) && !s->globals.count(n) && !s->nonlocals.count(n);
  };
  std::set<std::string> names = sc->used;
  names.insert(sc->assigned.begin(), sc->assigned.end());
  names.insert(sc->nonlocals.begin(), sc->nonlocals.end());
  for (auto& p : sc->params) names.insert(p);
  for (const std::string& n : names) {
    if (sc->globals.count(n)) {
      sc->resolved[n] = NameScope::GlobalExplicit;
      continue;
    }
    if (func && is_local_of(sc, n)) {
      if (!sc->resolved.count(n)) sc->resolved[n] = NameScope::Local;
      continue;
    }
    if (sc->kind == ScopeKind::Module) {
      sc->resolved[n] = NameScope::Namespace;
      continue;
    }
    // Look for a binding in enclosing function scopes (class scopes are skipped).
    Scope* found = nullptr;
    for (Scope* a = sc->parent; a; a = a->parent) {
      if (a->kind == ScopeKind::Module) break;
      if (a->kind == ScopeKind::Class) {
        if (n == "__class__" && a->children.size()) {
          found = a;
          break;
        }
        continue;
      }
      if (a->globals.count(n)) break;
      if (is_local_of(a, n) || (a->resolved.count(n) && a->resolved[n] == NameScope::Cell)) {
        found = a;
        break;
      }
      if (a->nonlocals.count(n)) {
        // resolved in a further ancestor; keep walking
        continue;
      }
    }
    bool assigned_here = sc->assigned.count(n) > 0;
    if (found) {
      if (sc->kind == ScopeKind::Class && assigned_here && !sc->nonlocals.count(n)) {
        sc->resolved[n] = NameScope::Namespace;
        continue;
      }
      if (found->kind == ScopeKind::Class) {
        found->has_class_cell = true;
      } else {
        found->resolved[n] = NameScope::Cell;
      }
      for (Scope* s = sc; s != found; s = s->parent) {
        if (std::find(s->freevars.begin(), s->freevars.end(), n) == s->freevars.end()) s->freevars.push_back(n);
        if (s != sc && s->kind != ScopeKind::Class) s->resolved.emplace(n, NameScope::Free);
        if (s != sc && s->kind == ScopeKind::Class) {
          // pass-through in a class body: loads use LOAD_CLASSDEREF
        }
      }
      sc->resolved[n] = NameScope::Free;
    } else {
      sc->resolved[n] = func ? NameScope::GlobalImplicit : NameScope::Namespace;
    }
  }
  // Functions that use super()/__class__ inside a class need the __class__ cell.
  if (func && sc->needs_class_cell && !sc->resolved.count("__class__")) {
    Scope* cls = nullptr;
    for (Scope* a = sc->parent; a; a = a->parent) {
      if (a->kind == ScopeKind::Class) {
        cls = a;
        break;
      }
      if (a->kind == ScopeKind::Module) break;
    }
    if (cls) {
      cls->has_class_cell = true;
      for (Scope* s = sc; s != cls; s = s->parent) {
        if (std::find(s->freevars.begin(), s->freevars.end(), "__class__") == s->freevars.end())
          s->freevars.push_back("__class__");
        s->resolved["__class__"] = NameScope::Free;
      }
    }
  }
  for (auto& c : sc->children) resolve(c.get());
}

// Cells are collected after all children resolved.
static void collect_cells(Scope* sc) {
  for (auto& c : sc->children) collect_cells(c.get());
  sc->cellvars.clear();
  for (auto& [n, k] : sc->resolved)
    if (k == NameScope::Cell) sc->cellvars.push_back(n);
  if (sc->kind == ScopeKind::Class && sc->has_class_cell) sc->cellvars.push_back("__class__");
  std::sort(sc->cellvars.begin(), sc->cellvars.end());
}

SymbolTable::SymbolTable(const ast::Module& module) {
  ScopeBuilder b(*this);
  b.push(ScopeKind::Module, "<module>", &module);
  b.stmts(module.body);
  b.pop();
  // Names resolved as Cell by a descendant must be resolved before the descendant sees them:
  // resolve twice (the second pass sees cells marked by the first).
  resolve(m_root.get());
  collect_cells(m_root.get());
}

}  // namespace ls::lang
