// Operator spellings and the S-expression dump of the AST (used by tests and debugging).
#include "engine/lang/ast.h"

#include <cstdio>

namespace ls::lang::ast {

const char* to_string(BoolOpKind op) { return op == BoolOpKind::And ? "and" : "or"; }

const char* to_string(BinOpKind op) {
  switch (op) {
    case BinOpKind::Add: return "+";
    case BinOpKind::Sub: return "-";
    case BinOpKind::Mult: return "*";
    case BinOpKind::MatMult: return "@";
    case BinOpKind::Div: return "/";
    case BinOpKind::Mod: return "%";
    case BinOpKind::Pow: return "**";
    case BinOpKind::LShift: return "<<";
    case BinOpKind::RShift: return ">>";
    case BinOpKind::BitOr: return "|";
    case BinOpKind::BitXor: return "^";
    case BinOpKind::BitAnd: return "&";
    case BinOpKind::FloorDiv: return "//";
  }
  return "?";
}

const char* to_string(UnaryOpKind op) {
  switch (op) {
    case UnaryOpKind::Invert: return "~";
    case UnaryOpKind::Not: return "not";
    case UnaryOpKind::UAdd: return "+";
    case UnaryOpKind::USub: return "-";
  }
  return "?";
}

const char* to_string(CmpOpKind op) {
  switch (op) {
    case CmpOpKind::Eq: return "==";
    case CmpOpKind::NotEq: return "!=";
    case CmpOpKind::Lt: return "<";
    case CmpOpKind::LtE: return "<=";
    case CmpOpKind::Gt: return ">";
    case CmpOpKind::GtE: return ">=";
    case CmpOpKind::Is: return "is";
    case CmpOpKind::IsNot: return "is not";
    case CmpOpKind::In: return "in";
    case CmpOpKind::NotIn: return "not in";
  }
  return "?";
}

const char* to_string(ExprContext ctx) {
  switch (ctx) {
    case ExprContext::Load: return "Load";
    case ExprContext::Store: return "Store";
    case ExprContext::Del: return "Del";
  }
  return "?";
}

const char* to_string(ExprKind kind) {
  static const char* const names[] = {
      "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set", "List", "Tuple",
      "ListComp", "SetComp", "DictComp", "GeneratorExp", "Await", "Yield", "YieldFrom", "Compare", "Call",
      "FormattedValue", "JoinedStr", "Constant", "Attribute", "Subscript", "Starred", "Name", "Slice"};
  return names[static_cast<int>(kind)];
}

const char* to_string(StmtKind kind) {
  static const char* const names[] = {
      "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign",
      "AnnAssign", "For", "AsyncFor", "While", "If", "With", "AsyncWith", "Raise", "Try", "TryStar",
      "Assert", "Import", "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break", "Continue"};
  return names[static_cast<int>(kind)];
}

// ---- dump -----------------------------------------------------------------------------------

namespace {

// Writes nodes as S-expressions into one string. Children that are absent print as `-`.
class Dumper {
 public:
  explicit Dumper(bool locations) : m_locations(locations) {}
  std::string m_out;

  void expr(const Expr* e) {
    if (!e) { m_out += " -"; return; }
    m_out += " (";
    m_out += to_string(e->kind);
    switch (e->kind) {
      case ExprKind::BoolOp: {
        auto& n = e->as<BoolOp>();
        word(to_string(n.op));
        exprs(n.values);
        break;
      }
      case ExprKind::NamedExpr: { auto& n = e->as<NamedExpr>(); expr(n.target.get()); expr(n.value.get()); break; }
      case ExprKind::BinOp: {
        auto& n = e->as<BinOp>();
        word(to_string(n.op));
        expr(n.left.get());
        expr(n.right.get());
        break;
      }
      case ExprKind::UnaryOp: { auto& n = e->as<UnaryOp>(); word(to_string(n.op)); expr(n.operand.get()); break; }
      case ExprKind::Lambda: { auto& n = e->as<Lambda>(); arguments(n.args); expr(n.body.get()); break; }
      case ExprKind::IfExp: {
        auto& n = e->as<IfExp>();
        expr(n.test.get()); expr(n.body.get()); expr(n.orelse.get());
        break;
      }
      case ExprKind::Dict: {
        auto& n = e->as<Dict>();
        for (size_t i = 0; i < n.keys.size(); ++i) {
          if (n.keys[i]) { expr(n.keys[i].get()); } else { m_out += " **"; }
          expr(n.values[i].get());
        }
        break;
      }
      case ExprKind::Set: exprs(e->as<Set>().elts); break;
      case ExprKind::List: { auto& n = e->as<List>(); ctx(n.ctx); exprs(n.elts); break; }
      case ExprKind::Tuple: { auto& n = e->as<Tuple>(); ctx(n.ctx); exprs(n.elts); break; }
      case ExprKind::ListComp: { auto& n = e->as<ListComp>(); expr(n.elt.get()); comps(n.generators); break; }
      case ExprKind::SetComp: { auto& n = e->as<SetComp>(); expr(n.elt.get()); comps(n.generators); break; }
      case ExprKind::GeneratorExp: { auto& n = e->as<GeneratorExp>(); expr(n.elt.get()); comps(n.generators); break; }
      case ExprKind::DictComp: {
        auto& n = e->as<DictComp>();
        expr(n.key.get()); expr(n.value.get()); comps(n.generators);
        break;
      }
      case ExprKind::Await: expr(e->as<Await>().value.get()); break;
      case ExprKind::Yield: expr(e->as<Yield>().value.get()); break;
      case ExprKind::YieldFrom: expr(e->as<YieldFrom>().value.get()); break;
      case ExprKind::Compare: {
        auto& n = e->as<Compare>();
        expr(n.left.get());
        for (size_t i = 0; i < n.ops.size(); ++i) { word(to_string(n.ops[i])); expr(n.comparators[i].get()); }
        break;
      }
      case ExprKind::Call: {
        auto& n = e->as<Call>();
        expr(n.func.get());
        exprs(n.args);
        keywords(n.keywords);
        break;
      }
      case ExprKind::FormattedValue: {
        auto& n = e->as<FormattedValue>();
        expr(n.value.get());
        if (n.conversion >= 0) { m_out += " !"; m_out += static_cast<char>(n.conversion); }
        if (n.format_spec) expr(n.format_spec.get());
        break;
      }
      case ExprKind::JoinedStr: exprs(e->as<JoinedStr>().values); break;
      case ExprKind::Constant: constant(e->as<Constant>()); break;
      case ExprKind::Attribute: {
        auto& n = e->as<Attribute>();
        expr(n.value.get()); word(n.attr); ctx(n.ctx);
        break;
      }
      case ExprKind::Subscript: {
        auto& n = e->as<Subscript>();
        expr(n.value.get()); expr(n.slice.get()); ctx(n.ctx);
        break;
      }
      case ExprKind::Starred: { auto& n = e->as<Starred>(); expr(n.value.get()); ctx(n.ctx); break; }
      case ExprKind::Name: { auto& n = e->as<Name>(); word(n.id); ctx(n.ctx); break; }
      case ExprKind::Slice: {
        auto& n = e->as<Slice>();
        expr(n.lower.get()); expr(n.upper.get()); expr(n.step.get());
        break;
      }
    }
    loc(e->loc);
    m_out += ")";
  }

  void stmt(const Stmt& s) {
    m_out += " (";
    m_out += to_string(s.kind);
    switch (s.kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: {
        auto& n = s.as<FunctionDef>();
        word(n.name);
        arguments(n.args);
        if (n.returns) { m_out += " ->"; expr(n.returns.get()); }
        decorators(n.decorator_list);
        block(n.body);
        break;
      }
      case StmtKind::ClassDef: {
        auto& n = s.as<ClassDef>();
        word(n.name);
        m_out += " (bases";
        exprs(n.bases);
        keywords(n.keywords);
        m_out += ")";
        decorators(n.decorator_list);
        block(n.body);
        break;
      }
      case StmtKind::Return: expr(s.as<Return>().value.get()); break;
      case StmtKind::Delete: exprs(s.as<Delete>().targets); break;
      case StmtKind::Assign: { auto& n = s.as<Assign>(); exprs(n.targets); expr(n.value.get()); break; }
      case StmtKind::AugAssign: {
        auto& n = s.as<AugAssign>();
        expr(n.target.get()); word(to_string(n.op)); expr(n.value.get());
        break;
      }
      case StmtKind::AnnAssign: {
        auto& n = s.as<AnnAssign>();
        expr(n.target.get()); expr(n.annotation.get()); expr(n.value.get());
        if (n.simple) m_out += " simple";
        break;
      }
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto& n = s.as<For>();
        expr(n.target.get()); expr(n.iter.get()); block(n.body); orelse(n.orelse);
        break;
      }
      case StmtKind::While: { auto& n = s.as<While>(); expr(n.test.get()); block(n.body); orelse(n.orelse); break; }
      case StmtKind::If: { auto& n = s.as<If>(); expr(n.test.get()); block(n.body); orelse(n.orelse); break; }
      case StmtKind::With:
      case StmtKind::AsyncWith: {
        auto& n = s.as<With>();
        for (auto& item : n.items) {
          m_out += " (item";
          expr(item.context_expr.get());
          if (item.optional_vars) expr(item.optional_vars.get());
          m_out += ")";
        }
        block(n.body);
        break;
      }
      case StmtKind::Raise: {
        auto& n = s.as<Raise>();
        expr(n.exc.get());
        if (n.cause) { m_out += " from"; expr(n.cause.get()); }
        break;
      }
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto& n = s.as<Try>();
        block(n.body);
        for (auto& h : n.handlers) {
          m_out += " (except";
          expr(h.type.get());
          if (!h.name.empty()) word(h.name);
          block(h.body);
          m_out += ")";
        }
        orelse(n.orelse);
        if (!n.finalbody.empty()) { m_out += " (finally"; for (auto& b : n.finalbody) stmt(*b); m_out += ")"; }
        break;
      }
      case StmtKind::Assert: {
        auto& n = s.as<Assert>();
        expr(n.test.get());
        if (n.msg) expr(n.msg.get());
        break;
      }
      case StmtKind::Import: aliases(s.as<Import>().names); break;
      case StmtKind::ImportFrom: {
        auto& n = s.as<ImportFrom>();
        word(std::string(static_cast<size_t>(n.level), '.') + n.module);
        aliases(n.names);
        break;
      }
      case StmtKind::Global: for (auto& name : s.as<Global>().names) word(name); break;
      case StmtKind::Nonlocal: for (auto& name : s.as<Nonlocal>().names) word(name); break;
      case StmtKind::Expr: expr(s.as<ExprStmt>().value.get()); break;
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue: break;
    }
    loc(s.loc);
    m_out += ")";
  }

 private:
  bool m_locations;  // append @line:col to every node

  void word(const std::string& w) { m_out += ' '; m_out += w; }
  void ctx(ExprContext c) { if (c != ExprContext::Load) word(to_string(c)); }
  void loc(const Loc& l) {
    if (!m_locations) return;
    m_out += " @" + std::to_string(l.line) + ":" + std::to_string(l.col) + "-" + std::to_string(l.end_line) +
             ":" + std::to_string(l.end_col);
  }
  void exprs(const ExprList& list) { for (auto& e : list) expr(e.get()); }
  void block(const StmtList& body) {
    m_out += " (body";
    for (auto& b : body) stmt(*b);
    m_out += ")";
  }
  void orelse(const StmtList& body) {
    if (body.empty()) return;
    m_out += " (else";
    for (auto& b : body) stmt(*b);
    m_out += ")";
  }
  void decorators(const ExprList& list) {
    if (list.empty()) return;
    m_out += " (decorators";
    exprs(list);
    m_out += ")";
  }
  void keywords(const std::vector<Keyword>& list) {
    for (auto& k : list) {
      m_out += " (kw " + (k.arg.empty() ? std::string("**") : k.arg);
      expr(k.value.get());
      m_out += ")";
    }
  }
  void aliases(const std::vector<Alias>& list) {
    for (auto& a : list) word(a.asname.empty() ? a.name : a.name + " as " + a.asname);
  }
  void comps(const std::vector<Comprehension>& list) {
    for (auto& c : list) {
      m_out += c.is_async ? " (async-for" : " (for";
      expr(c.target.get());
      expr(c.iter.get());
      for (auto& cond : c.ifs) { m_out += " if"; expr(cond.get()); }
      m_out += ")";
    }
  }
  void arg(const Arg& a, const char* prefix) {
    m_out += ' ';
    m_out += prefix;
    m_out += a.arg;
    if (a.annotation) { m_out += ':'; expr(a.annotation.get()); }
  }
  void arguments(const Arguments& args) {
    m_out += " (args";
    for (auto& a : args.posonlyargs) arg(a, "");
    if (!args.posonlyargs.empty()) m_out += " /";
    for (auto& a : args.args) arg(a, "");
    if (!args.defaults.empty()) { m_out += " (defaults"; exprs(args.defaults); m_out += ")"; }
    if (args.vararg) arg(*args.vararg, "*");
    else if (!args.kwonlyargs.empty()) m_out += " *";
    for (size_t i = 0; i < args.kwonlyargs.size(); ++i) {
      arg(args.kwonlyargs[i], "");
      if (i < args.kw_defaults.size() && args.kw_defaults[i]) { m_out += " ="; expr(args.kw_defaults[i].get()); }
    }
    if (args.kwarg) arg(*args.kwarg, "**");
    m_out += ")";
  }
  void constant(const Constant& c) {
    switch (c.value_kind) {
      case ConstantKind::NoneValue: m_out += " None"; break;
      case ConstantKind::TrueValue: m_out += " True"; break;
      case ConstantKind::FalseValue: m_out += " False"; break;
      case ConstantKind::Ellipsis: m_out += " ..."; break;
      case ConstantKind::Int: m_out += " " + std::to_string(c.int_value); break;
      case ConstantKind::BigInt: m_out += " big" + std::to_string(c.big_base) + ":" + c.big_digits; break;
      case ConstantKind::Float: {
        char buf[40];
        std::snprintf(buf, sizeof buf, " %.17g", c.float_value);
        m_out += buf;
        break;
      }
      case ConstantKind::Str:
      case ConstantKind::Bytes: {
        m_out += c.value_kind == ConstantKind::Bytes ? " b'" : " '";
        for (unsigned char ch : c.str_value) {
          if (ch == '\n') m_out += "\\n";
          else if (ch == '\t') m_out += "\\t";
          else if (ch == '\\') m_out += "\\\\";
          else if (ch == '\'') m_out += "\\'";
          else if (ch < 0x20 || ch == 0x7f || (ch >= 0x80 && c.value_kind == ConstantKind::Bytes)) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", ch);
            m_out += buf;
          } else {
            m_out += static_cast<char>(ch);
          }
        }
        m_out += "'";
        break;
      }
    }
  }
};

}  // namespace

std::string dump(const Module& module, bool with_locations) {
  Dumper d(with_locations);
  d.m_out = "(Module";
  for (auto& s : module.body) d.stmt(*s);
  d.m_out += ")";
  return d.m_out;
}

std::string dump(const Expr& expr, bool with_locations) {
  Dumper d(with_locations);
  d.expr(&expr);
  return d.m_out.substr(1);
}

std::string dump(const Stmt& stmt, bool with_locations) {
  Dumper d(with_locations);
  d.stmt(stmt);
  return d.m_out.substr(1);
}

}  // namespace ls::lang::ast
