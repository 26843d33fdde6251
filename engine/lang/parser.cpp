// Recursive-descent parser: tokens → AST, with CPython 3.12's syntax error messages.
//
// Index
//   - Parser: state, token helpers, errors
//   - Parser: scopes (context checks: return/await/break outside ...)
//   - statements: simple
//   - statements: compound (if/while/for/with/try/def/class, blocks)
//   - parameters
//   - targets (assignment/del validation)
//   - expressions (precedence levels, top to bottom)
//   - primaries and atoms (calls, subscripts, displays, comprehensions)
//   - strings and f-strings
//   - parse_module / parse_expression
//
// Errors: the first error throws ParseAbort after filling m_error; parse_module catches it.
// Positions are kept in bytes internally and converted to character columns in fail().
#include "engine/lang/parser.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_set>

#include "engine/lang/lexer.h"
#include "engine/lang/parser_literals.h"
#include "engine/lang/source.h"

namespace ls::lang {

namespace {

using namespace ast;
using Kw = ls::lang::Keyword;  // token keywords (ast::Keyword is a call's name=value)

struct ParseAbort {};

// Recursion budget for nested expressions/statements; keeps the C++ stack shallow enough for
// any thread. Brackets are limited to kMaxNesting by the lexer; this catches `-----x`,
// `not not ...`, lambda chains and deep block nesting.
constexpr int kMaxDepth = 600;
// Longest left-nested chain (`a+a+...`, `a.b.c...`, `f()()()...`) the parser builds; the tree's
// depth is what the compiler and destructors recurse over.
constexpr int kMaxChain = 5000;

// ============================================================================================
// Parser: state, token helpers, errors
// ============================================================================================

class Parser {
 public:
  Parser(std::string_view source, std::vector<Token> tokens, const SyntaxErrorInfo* lex_error)
      : m_src(source), m_text(source), m_toks(std::move(tokens)), m_lex_error(lex_error) {}

  std::unique_ptr<Module> parse_file();
  std::unique_ptr<Module> parse_single_expression();

  SyntaxErrorInfo m_error;                     // the error, once thrown
  bool m_error_from_lexer = false;             // m_error is the lexer's error
  bool m_error_final = false;                  // no later tokenizer error may replace m_error
  int m_fail_line = 0;                         // line of the lookahead token when the error was raised
  std::vector<SyntaxWarningInfo> m_warnings;   // collected warnings

 private:
  // One function/class/module scope, for the checks CPython's compiler makes.
  enum class ScopeKind { Module, Function, AsyncFunction, Lambda, Class };
  struct Scope {
    ScopeKind kind;                              // what encloses the code
    int loop_depth = 0;                          // loops open in this scope
    std::unordered_set<std::string> assigned;    // names bound so far (for global-after-assign)
    std::unordered_set<std::string_view> used;   // names read so far, views into the source (global-after-use)
    std::unordered_set<std::string> params;      // parameter names
    std::unordered_set<std::string> globals;     // names declared global here
    std::unordered_set<std::string> nonlocals;   // names declared nonlocal here
    std::vector<std::pair<std::string, Loc>> unresolved;  // nonlocal names from nested scopes to bind here or above
    bool has_yield = false;                      // a yield appears directly in this scope
    std::optional<Loc> return_value;             // first `return value` directly in this scope
  };

  // Enters a function/class/lambda scope.
  void push_scope(ScopeKind kind) {
    Scope s;
    s.kind = kind;
    m_scopes.push_back(std::move(s));
  }
  // Leaves a scope: resolves `nonlocal` names against it and checks async generators.
  void pop_scope() {
    Scope done = std::move(m_scopes.back());
    m_scopes.pop_back();
    if (done.kind == ScopeKind::AsyncFunction && done.has_yield && done.return_value) {
      defer_error(false, "'return' with value in async generator", *done.return_value);
    }
    bool is_function = done.kind != ScopeKind::Class && done.kind != ScopeKind::Module;
    for (auto& [name, loc] : done.unresolved) {
      bool binds = is_function && done.assigned.count(name) && !done.nonlocals.count(name) && !done.globals.count(name);
      // A method may rebind the implicit `__class__` cell of its class.
      if (binds || (done.kind == ScopeKind::Class && name == "__class__")) continue;
      if (m_scopes.back().kind == ScopeKind::Module) {
        defer_error(true, "no binding for nonlocal '" + name + "' found", loc);
      } else {
        m_scopes.back().unresolved.emplace_back(name, loc);
      }
    }
  }

  std::string_view m_src;              // the source text
  SourceText m_text;                   // line index for messages
  std::vector<Token> m_toks;           // tokens (no trivia), EndMarker last
  std::size_t m_i = 0;                 // current token
  const SyntaxErrorInfo* m_lex_error;  // the lexer's error, reported when its ErrorToken is reached
  int m_depth = 0;                     // current recursion depth (see kMaxDepth)
  std::vector<Scope> m_scopes;         // innermost last
  // An error CPython's compiler or symbol table would raise; reported only if parsing succeeds.
  struct Deferred {
    bool symtable;         // symbol-table errors win over compiler errors
    bool is_await;         // 'await' outside async function (forgiven inside a generator expression)
    Loc loc;               // byte position, to find awaits inside a comprehension afterwards
    SyntaxErrorInfo info;  // the error
  };
  std::vector<Deferred> m_deferred;          // in source order
  bool m_async_comprehension_error = false;  // set by parse_comprehension_clauses, reported by its caller

  static bool before_or_at(int l1, int c1, int l2, int c2) { return l1 < l2 || (l1 == l2 && c1 <= c2); }
  static bool within(const Loc& inner, const Loc& outer) {
    return before_or_at(outer.line, outer.col, inner.line, inner.col) &&
           before_or_at(inner.end_line, inner.end_col, outer.end_line, outer.end_col);
  }
  // A generator expression may await anywhere (it becomes an async generator expression).
  void forgive_awaits(const Loc& span) {
    std::erase_if(m_deferred, [&](const Deferred& d) { return d.is_await && within(d.loc, span); });
  }
  // A list/set/dict comprehension that awaits or uses `async for` outside an async function
  // is reported once, at the whole comprehension, as CPython does.
  void check_async_comprehension(const Loc& loc) {
    bool awaits = false;
    std::erase_if(m_deferred, [&](const Deferred& d) {
      bool inside = d.is_await && within(d.loc, loc);
      awaits = awaits || inside;
      return inside;
    });
    if (!m_async_comprehension_error && !awaits) return;
    m_async_comprehension_error = false;
    defer_error(false, "asynchronous comprehension outside of an asynchronous function", loc);
  }

  // ---- token helpers ----
  const Token& cur() const { return m_toks[m_i]; }
  const Token& peek(std::size_t n = 1) const { return m_toks[std::min(m_i + n, m_toks.size() - 1)]; }
  const Token& prev() const { return m_toks[m_i > 0 ? m_i - 1 : 0]; }
  bool at(TokenKind k) const { return cur().kind == k; }
  bool at_kw(Kw k) const { return cur().kind == TokenKind::Name && cur().keyword == k; }
  bool at_name() const { return cur().kind == TokenKind::Name && cur().keyword == Kw::None_; }
  std::string_view text(const Token& t) const { return t.text(m_src); }
  const Token& advance() {
    const Token& t = m_toks[m_i];
    if (m_i + 1 < m_toks.size()) ++m_i;
    return t;
  }
  bool accept(TokenKind k) {
    if (!at(k)) return false;
    advance();
    return true;
  }
  bool accept_kw(Kw k) {
    if (!at_kw(k)) return false;
    advance();
    return true;
  }

  // ---- locations ----
  static Loc loc_of(const Token& t) { return Loc{t.line, t.col, t.end_line, t.end_col}; }
  // Span from "start" to the end of the previously consumed token.
  Loc span_from(const Token& start) const { return Loc{start.line, start.col, prev().end_line, prev().end_col}; }
  Loc span_from(const Loc& start) const { return Loc{start.line, start.col, prev().end_line, prev().end_col}; }
  static Loc join(const Loc& a, const Loc& b) { return Loc{a.line, a.col, b.end_line, b.end_col}; }
  // The full span of "e": an Await's own loc starts at its operand (loopscope convention), but
  // an enclosing node must start at the `await` keyword, as in CPython.
  static Loc outer(const Expr& e) {
    if (e.kind != ExprKind::Await) return e.loc;
    const auto& a = e.as<Await>();
    return Loc{a.keyword_line, a.keyword_col, e.loc.end_line, e.loc.end_col};
  }
  // Span from "start" to the end of the last statement of "body": compound statements end
  // where their last nested statement ends, as in CPython.
  Loc span_to(const Token& start, const StmtList& body) const {
    if (body.empty()) return span_from(start);
    const Loc& e = body.back()->loc;
    return Loc{start.line, start.col, e.end_line, e.end_col};
  }

  template <class T>
  std::unique_ptr<T> make(const Loc& loc) {
    auto n = std::make_unique<T>();
    n->loc = loc;
    return n;
  }

  // ---- errors ----
  // Builds an error at byte positions (converted to characters here).
  SyntaxErrorInfo make_error(const std::string& message, int line, int col, int end_line, int end_col,
                             const char* kind = "SyntaxError") const {
    SyntaxErrorInfo e;
    e.kind = kind;
    e.message = message;
    e.line = line;
    e.col = col > 0 ? m_text.char_col(line, col) : col;
    e.end_line = end_line;
    e.end_col = end_col > 0 ? m_text.char_col(end_line, end_col) : end_col;
    e.source_line = std::string(m_text.line(line));
    return e;
  }
  [[noreturn]] void fail(const std::string& message, const Loc& loc, const char* kind = "SyntaxError") {
    m_fail_line = std::max(cur().line, loc.end_line);
    m_error = make_error(message, loc.line, loc.col, loc.end_line, loc.end_col, kind);
    throw ParseAbort{};
  }
  [[noreturn]] void fail_at(const std::string& message, const Token& t, const char* kind = "SyntaxError") {
    if (t.kind == TokenKind::ErrorToken) lex_fail();
    fail(message, loc_of(t), kind);
  }
  [[noreturn]] void lex_fail() {
    m_error_from_lexer = true;
    m_error = *m_lex_error;
    throw ParseAbort{};
  }
  // The generic "invalid syntax" at the current token (or the lexer's error if it stopped here).
  [[noreturn]] void invalid_syntax() {
    if (at(TokenKind::ErrorToken)) lex_fail();
    const Token& t = cur();
    Loc l = loc_of(t);
    if (t.kind == TokenKind::Newline || t.kind == TokenKind::EndMarker || t.kind == TokenKind::Dedent ||
        t.kind == TokenKind::Indent) {
      l.end_col = l.col + 1;
    }
    // CPython reports these without looking for tokenizer errors further on.
    if (t.kind == TokenKind::Indent) {
      m_error_final = true;
      fail("unexpected indent", Loc{t.line, t.col - 1, t.line, -1}, "IndentationError");
    }
    if (t.kind == TokenKind::Dedent) {
      m_error_final = true;
      fail("unexpected unindent", l, "IndentationError");
    }
    fail("invalid syntax", l);
  }
  void expect(TokenKind k) {
    if (!accept(k)) invalid_syntax();
  }
  // Records an error that CPython's compiler/symtable would raise after a successful parse.
  void defer_error(bool symtable, const std::string& message, const Loc& loc, bool is_await = false) {
    m_deferred.push_back(
        Deferred{symtable, is_await, loc, make_error(message, loc.line, loc.col, loc.end_line, loc.end_col)});
  }
  // CPython's compiler refuses a 21st block (loop, with, try, except or finally) nested in one
  // function. Finds the statement that opens it, in compile order, and returns true then.
  static constexpr int kMaxBlocks = 20;
  static bool find_too_deep(const StmtList& body, int depth, Loc& where) {
    for (const StmtPtr& sp : body) {
      const Stmt& s = *sp;
      // One block more around 'inner' (opened by the statement at 'loc'); false if it passes the limit.
      auto enter = [&](int d, const Loc& loc) {
        if (d >= kMaxBlocks) where = loc;
        return d < kMaxBlocks;
      };
      switch (s.kind) {
        case StmtKind::FunctionDef: case StmtKind::AsyncFunctionDef:
          if (find_too_deep(s.as<FunctionDef>().body, 0, where)) return true;
          break;
        case StmtKind::ClassDef:
          if (find_too_deep(s.as<ClassDef>().body, 0, where)) return true;
          break;
        case StmtKind::If:
          if (find_too_deep(s.as<If>().body, depth, where) || find_too_deep(s.as<If>().orelse, depth, where))
            return true;
          break;
        case StmtKind::For: case StmtKind::AsyncFor: {
          const For& f = s.as<For>();
          if (!enter(depth, s.loc) || find_too_deep(f.body, depth + 1, where) || find_too_deep(f.orelse, depth, where))
            return true;
          break;
        }
        case StmtKind::While: {
          const While& w = s.as<While>();
          if (!enter(depth, s.loc) || find_too_deep(w.body, depth + 1, where) || find_too_deep(w.orelse, depth, where))
            return true;
          break;
        }
        case StmtKind::With: case StmtKind::AsyncWith: {
          const With& w = s.as<With>();
          int d = depth;
          for (size_t i = 0; i < w.items.size(); ++i, ++d)
            if (!enter(d, s.loc)) return true;
          if (find_too_deep(w.body, d, where)) return true;
          break;
        }
        case StmtKind::Try: case StmtKind::TryStar: {
          const Try& t = s.as<Try>();
          int d = depth;
          if (!t.finalbody.empty() && !enter(d++, s.loc)) return true;  // the finally's block
          if (!t.handlers.empty()) {
            if (!enter(d, s.loc) || find_too_deep(t.body, d + 1, where) || find_too_deep(t.orelse, d, where))
              return true;
            // A handler body sits in two blocks: the handler's and its cleanup (named at the except).
            for (const ExceptHandler& h : t.handlers)
              if (!enter(d, s.loc) || !enter(d + 1, h.loc) || find_too_deep(h.body, d + 2, where)) return true;
          } else if (find_too_deep(t.body, d, where)) {
            return true;
          }
          // The finally body is compiled twice: for the normal exit, then inside its own block.
          if (find_too_deep(t.finalbody, depth, where) || (!t.finalbody.empty() && find_too_deep(t.finalbody, depth + 1, where)))
            return true;
          break;
        }
        default:
          break;
      }
    }
    return false;
  }
  // Defers the nesting error among the compiler's errors, in source order.
  void check_block_nesting(const StmtList& body) {
    Loc where;
    if (!find_too_deep(body, 0, where)) return;
    auto after = [&](const Deferred& d) {
      return !d.symtable && (d.loc.line > where.line || (d.loc.line == where.line && d.loc.col > where.col));
    };
    auto it = std::find_if(m_deferred.begin(), m_deferred.end(), after);
    m_deferred.insert(it, Deferred{false, false, where,
                                   make_error("too many statically nested blocks", where.line, where.col,
                                              where.end_line, where.end_col)});
  }
  // Raises the first deferred error (symbol-table errors first), if any.
  void raise_deferred() {
    for (auto& d : m_deferred) {
      if (d.symtable) { m_error = d.info; throw ParseAbort{}; }
    }
    if (!m_deferred.empty()) { m_error = m_deferred.front().info; throw ParseAbort{}; }
  }
  // "what" is the subject of the sentence, e.g. "the match statement is".
  [[noreturn]] void unsupported(const std::string& what, const Loc& loc) {
    SyntaxErrorInfo e = make_error(what + " not supported by loopscope", loc.line, loc.col, loc.end_line, loc.end_col);
    e.unsupported = true;
    m_error = e;
    throw ParseAbort{};
  }

  // Fails when a left-nested chain gets longer than kMaxChain.
  void check_chain(int& length) {
    if (++length > kMaxChain) {
      unsupported("an expression with more than " + std::to_string(kMaxChain) + " chained operations is",
                  loc_of(cur()));
    }
  }

  // Guards recursion depth; every recursive path of the grammar passes through one.
  struct DepthGuard {
    Parser& p;
    explicit DepthGuard(Parser& parser) : p(parser) {
      if (++p.m_depth > kMaxDepth) {
        p.fail("too many nested parentheses", loc_of(p.cur()));
      }
    }
    ~DepthGuard() { --p.m_depth; }
  };

  // ---- scopes ----
  Scope& scope() { return m_scopes.back(); }
  bool in_function() const {
    for (auto it = m_scopes.rbegin(); it != m_scopes.rend(); ++it) {
      if (it->kind == ScopeKind::Class) return false;
      if (it->kind != ScopeKind::Module) return true;
    }
    return false;
  }
  ScopeKind function_kind() const { return m_scopes.back().kind; }

  // ---- grammar ----
  StmtList parse_statements_until(TokenKind end);
  void parse_statement(StmtList& out);
  void parse_simple_statements(StmtList& out);
  StmtPtr parse_simple_statement();
  StmtPtr parse_expression_statement();
  StmtPtr parse_return();
  StmtPtr parse_raise();
  StmtPtr parse_global_or_nonlocal(bool is_global);
  StmtPtr parse_del();
  StmtPtr parse_assert();
  StmtPtr parse_import();
  StmtPtr parse_from_import();
  StmtList parse_block(const std::string& what, int line, bool forced);
  StmtPtr parse_if(bool is_elif);
  StmtPtr parse_while();
  StmtPtr parse_for(const Token* async_tok);
  StmtPtr parse_with(const Token* async_tok);
  StmtPtr parse_try();
  StmtPtr parse_function_def(ExprList decorators, const Token* async_tok);
  StmtPtr parse_class_def(ExprList decorators);
  StmtPtr parse_decorated();
  bool is_match_statement() const;
  // ---- match statement: desugared into `import`, one assignment and an if/elif chain ----
  struct Pat;
  using PatPtr = std::unique_ptr<Pat>;
  void parse_match(StmtList& out);
  PatPtr parse_patterns();
  PatPtr parse_pattern();
  PatPtr parse_or_pattern();
  PatPtr parse_closed_pattern();
  PatPtr parse_star_or_pattern();
  void sequence_add(Pat& seq, PatPtr q);
  PatPtr parse_mapping_pattern(const Token& open);
  PatPtr parse_class_args(ExprPtr cls, const Token& start);
  ExprPtr parse_literal_value();
  // At `None`, `True` or `False` (the singleton patterns, compared with `is`).
  bool at_singleton() const {
    const Token& t = cur();
    return t.kind == TokenKind::Name && (t.keyword == Kw::None || t.keyword == Kw::True || t.keyword == Kw::False);
  }
  ExprPtr parse_dotted_value();
  ExprPtr match_condition(Pat& p, const std::function<ExprPtr()>& subject);
  ExprPtr match_all(ExprList parts, const Loc& loc);
  ExprPtr match_name(const std::string& id, const Loc& loc, ExprContext ctx = ExprContext::Load);
  int m_match_temps = 0;       // hidden names made so far ($match1, ...)
  std::string m_match_helper;  // the name the match statement being parsed imports its helpers as
  bool is_type_statement() const;
  void note_docstring(const StmtList& body, bool& has_docstring);

  void parse_parameters(Arguments& args, TokenKind end, bool annotations);
  Arg parse_param(bool annotations, bool star_annotation);

  void set_context(Expr& e, ExprContext ctx, bool top, bool hint);
  static const char* describe(const Expr& e);
  void check_aug_target(const Expr& e);
  void note_assigned(const Expr& target);

  ExprPtr parse_star_expressions();
  ExprPtr parse_star_expression();
  ExprPtr parse_star_named_expression();
  ExprPtr parse_named_expression();
  ExprPtr parse_expression();
  ExprPtr parse_expression_no_cond();
  ExprPtr parse_lambda();
  ExprPtr parse_disjunction();
  ExprPtr parse_conjunction();
  ExprPtr parse_inversion();
  ExprPtr parse_comparison();
  ExprPtr parse_binary(int min_prec);
  ExprPtr parse_factor();
  ExprPtr parse_power();
  ExprPtr parse_await_primary();
  ExprPtr parse_primary();
  ExprPtr parse_atom();
  ExprPtr parse_yield_expression();
  ExprPtr parse_star_targets();
  ExprPtr parse_paren(const Token& open);
  ExprPtr parse_list(const Token& open);
  ExprPtr parse_brace(const Token& open);
  std::vector<Comprehension> parse_comprehension_clauses(bool is_generator);
  void check_comprehension_element(const Expr& elt);
  ExprPtr parse_call(ExprPtr func);
  ExprPtr parse_subscript(ExprPtr value);
  ExprPtr parse_slice();
  void expect_closing(TokenKind close, const Expr* last);

  ExprPtr parse_strings();
  void parse_fstring(std::vector<ExprPtr>& parts, std::string& literal, const Loc& whole);
  ExprPtr parse_fstring_field(const Loc& whole);
  void flush_literal(std::vector<ExprPtr>& parts, std::string& literal, const Loc& loc);
  void decode_literal(std::string_view body, bool raw, bool bytes, std::string& out, const Token& tok);
  ExprPtr parse_number(const Token& t);

  static bool starts_expression(const Token& t);
  static int binary_precedence(TokenKind k, BinOpKind& op);
};

// True for tokens that can begin an expression (used for "Perhaps you forgot a comma?").
bool Parser::starts_expression(const Token& t) {
  switch (t.kind) {
    case TokenKind::Name:
      return t.keyword == Kw::None_ || t.keyword == Kw::True || t.keyword == Kw::False ||
             t.keyword == Kw::None || t.keyword == Kw::Lambda || t.keyword == Kw::Await ||
             t.keyword == Kw::Not;
    case TokenKind::Number: case TokenKind::String: case TokenKind::FStringStart: case TokenKind::LPar:
    case TokenKind::LSqb: case TokenKind::LBrace: case TokenKind::Minus: case TokenKind::Plus:
    case TokenKind::Tilde: case TokenKind::Ellipsis:
      return true;
    default:
      return false;
  }
}

// ============================================================================================
// statements: simple
// ============================================================================================

// file: [statements] ENDMARKER
std::unique_ptr<Module> Parser::parse_file() {
  push_scope(ScopeKind::Module);
  auto module = std::make_unique<Module>();
  module->body = parse_statements_until(TokenKind::EndMarker);
  note_docstring(module->body, module->has_docstring);
  if (module->has_docstring) {
    module->docstring = module->body[0]->as<ExprStmt>().value->as<Constant>().str_value;
  }
  check_block_nesting(module->body);
  raise_deferred();
  return module;
}

std::unique_ptr<Module> Parser::parse_single_expression() {
  push_scope(ScopeKind::AsyncFunction);
  auto module = std::make_unique<Module>();
  while (accept(TokenKind::Newline)) {}
  const Token& start = cur();
  auto e = at_kw(Kw::Yield) ? parse_yield_expression() : parse_star_expressions();
  while (accept(TokenKind::Newline)) {}
  if (!at(TokenKind::EndMarker)) invalid_syntax();
  auto s = make<ExprStmt>(span_from(start));
  s->value = std::move(e);
  module->body.push_back(std::move(s));
  return module;
}

// statements: statement+  (until "end": ENDMARKER or DEDENT)
StmtList Parser::parse_statements_until(TokenKind end) {
  StmtList body;
  while (!at(end)) {
    if (at(TokenKind::EndMarker)) invalid_syntax();
    parse_statement(body);
  }
  return body;
}

// statement: compound_stmt | simple_stmts
void Parser::parse_statement(StmtList& out) {
  DepthGuard guard(*this);
  const Token& t = cur();
  if (t.kind == TokenKind::Indent) invalid_syntax();  // "unexpected indent"
  if (t.kind == TokenKind::ErrorToken) lex_fail();
  if (t.kind == TokenKind::At) { out.push_back(parse_decorated()); return; }
  if (t.kind == TokenKind::Name) {
    switch (t.keyword) {
      case Kw::If: out.push_back(parse_if(false)); return;
      case Kw::While: out.push_back(parse_while()); return;
      case Kw::For: out.push_back(parse_for(nullptr)); return;
      case Kw::With: out.push_back(parse_with(nullptr)); return;
      case Kw::Try: out.push_back(parse_try()); return;
      case Kw::Def: out.push_back(parse_function_def({}, nullptr)); return;
      case Kw::Class: out.push_back(parse_class_def({})); return;
      case Kw::Async: {
        const Token& a = advance();
        if (at_kw(Kw::Def)) { out.push_back(parse_function_def({}, &a)); return; }
        if (at_kw(Kw::For)) { out.push_back(parse_for(&a)); return; }
        if (at_kw(Kw::With)) { out.push_back(parse_with(&a)); return; }
        invalid_syntax();
      }
      case Kw::Elif:
      case Kw::Else:
      case Kw::Except:
      case Kw::Finally:
        invalid_syntax();
      default: break;
    }
    if (is_match_statement()) {
      parse_match(out);
      return;
    }
    if (is_type_statement()) unsupported("the type statement is", loc_of(t));
  }
  parse_simple_statements(out);
}

// Soft keyword `match`: `match subject:` NEWLINE INDENT `case` ...
bool Parser::is_match_statement() const {
  if (text(cur()) != "match") return false;
  const Token& next = peek();
  if (!starts_expression(next) && next.kind != TokenKind::Star) return false;
  std::size_t i = m_i + 1;
  for (; i < m_toks.size(); ++i) {
    TokenKind k = m_toks[i].kind;
    if (k == TokenKind::Newline || k == TokenKind::EndMarker || k == TokenKind::ErrorToken) break;
  }
  if (i + 2 >= m_toks.size() || m_toks[i - 1].kind != TokenKind::Colon) return false;
  return m_toks[i + 1].kind == TokenKind::Indent && text(m_toks[i + 2]) == "case";
}

// ---- statements: match (structural pattern matching) --------------------------------------
//
// A match statement becomes ordinary statements the rest of the pipeline already knows:
//
//     match SUBJECT:                     import _loopscope_match as $matchN
//         case P1 if G1: B1      ==>     $matchN1 = SUBJECT
//         case P2: B2                    if <P1 tests> and G1: B1
//                                        elif <P2 tests>: B2
//
// Captures bind with assignment expressions (`(x := value) is value` is always true); sequence,
// mapping and class patterns call engine/lib/_loopscope_match.py, which returns the values the
// sub-patterns test (or None). The `$` names cannot be written in Python, so they clash with
// nothing.

// One parsed pattern (turned into a condition by match_condition).
struct Parser::Pat {
  // Star is `*name` inside a sequence pattern; sequence_add folds it into its Sequence.
  enum Kind { Wildcard, Capture, Value, Singleton, Sequence, Star, Mapping, Class, Or, As } kind = Wildcard;
  Loc loc;                      // the pattern's span
  std::string name;             // Capture / As / Star: the bound name ("" for `*_`); Sequence: its star's
  ExprPtr value;                // Value / Singleton: the literal or dotted name; Class: the class
  std::vector<PatPtr> subs;     // Sequence / Mapping values / Class (positional, then keyword) / Or
  ExprList keys;                // Mapping: the keys
  std::vector<std::string> kw;  // Class: keyword attribute names (for the last kw.size() subs)
  int star = -1;                // Sequence: position of the star among subs + star (-1: none)
  std::string rest;             // Mapping: the `**rest` name ("" = none)
};

ExprPtr Parser::match_name(const std::string& id, const Loc& loc, ExprContext ctx) {
  auto n = make<Name>(loc);
  n->id = id;
  n->ctx = ctx;
  // (`used` holds views into the source: names made here are not in it. The only source
  // names loaded through here are dotted values, which parse_dotted_value records itself.)
  if (ctx == ExprContext::Store) scope().assigned.insert(id);
  return n;
}

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
// case_block: "case" patterns guard? ':' block
void Parser::parse_match(StmtList& out) {
  const Token& kw = advance();  // `match`
  const Loc where = loc_of(kw);
  ExprPtr subject = parse_star_expressions();
  const int n = ++m_match_temps;
  const std::string helper = "$match" + std::to_string(n);
  const std::string subject_name = helper + "s";
  if (!accept(TokenKind::Colon)) fail("expected ':'", loc_of(cur()));
  if (!accept(TokenKind::Newline) || !accept(TokenKind::Indent))
    fail("expected an indented block after 'match' statement on line " + std::to_string(kw.line), loc_of(cur()),
         "IndentationError");

  auto imp = make<Import>(where);
  imp->names.push_back(Alias{"_loopscope_match", helper, where});
  scope().assigned.insert(helper);
  out.push_back(std::move(imp));
  auto assign = make<Assign>(join(where, subject->loc));
  assign->targets.push_back(match_name(subject_name, where, ExprContext::Store));
  assign->value = std::move(subject);
  out.push_back(std::move(assign));

  StmtPtr root;
  If* last = nullptr;
  int cases = 0;
  bool irrefutable_seen = false;
  std::string irrefutable_what;
  Loc irrefutable_loc;
  while (!at(TokenKind::Dedent) && !at(TokenKind::EndMarker)) {
    const Token& c = cur();
    if (c.kind != TokenKind::Name || text(c) != "case") invalid_syntax();
    if (irrefutable_seen) fail(irrefutable_what + " makes remaining patterns unreachable", irrefutable_loc);
    // The cases become an elif chain, which the compiler walks recursively: capped like elifs.
    if (++cases > kMaxChain)
      unsupported("a match statement with more than " + std::to_string(kMaxChain) + " cases is", loc_of(c));
    advance();
    PatPtr pattern = parse_patterns();
    ExprPtr guard;
    if (accept_kw(Kw::If)) guard = parse_named_expression();
    if (!guard && (pattern->kind == Pat::Wildcard || pattern->kind == Pat::Capture)) {
      irrefutable_seen = true;
      irrefutable_what = pattern->kind == Pat::Wildcard ? "wildcard" : "name capture '" + pattern->name + "'";
      irrefutable_loc = pattern->loc;
    }
    auto node = make<If>(loc_of(c));
    const Loc ploc = pattern->loc;
    m_match_helper = helper;  // a match nested in an earlier case body imported under another name
    ExprList parts;
    parts.push_back(match_condition(*pattern, [&] { return match_name(subject_name, ploc); }));
    const Loc tloc = guard ? join(parts[0] ? parts[0]->loc : ploc, guard->loc) : ploc;
    parts.push_back(std::move(guard));
    ExprPtr test = match_all(std::move(parts), tloc);
    if (!test) {
      auto t = make<Constant>(ploc);
      t->value_kind = ConstantKind::TrueValue;
      test = std::move(t);
    }
    node->test = std::move(test);
    node->body = parse_block("'case' statement", c.line, false);
    node->loc = span_to(c, node->body);
    If* raw = node.get();
    if (last) last->orelse.push_back(std::move(node));
    else root = std::move(node);
    last = raw;
  }
  accept(TokenKind::Dedent);
  if (!root) fail("expected 'case' block", where);
  out.push_back(std::move(root));
}

// patterns: open_sequence_pattern | pattern
Parser::PatPtr Parser::parse_patterns() {
  const Token& start = cur();
  PatPtr first = parse_star_or_pattern();
  if (!at(TokenKind::Comma) && first->kind != Pat::Star) return first;
  auto seq = std::make_unique<Pat>();
  seq->kind = Pat::Sequence;
  sequence_add(*seq, std::move(first));
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::Colon) || at_kw(Kw::If)) break;
    sequence_add(*seq, parse_star_or_pattern());
  }
  seq->loc = span_from(start);
  return seq;
}

// Adds "q" to the sequence pattern "seq"; a star records its place and name instead.
void Parser::sequence_add(Pat& seq, PatPtr q) {
  if (q->kind == Pat::Star) {
    if (seq.star >= 0) fail("multiple starred names in sequence pattern", q->loc);
    seq.star = static_cast<int>(seq.subs.size());
    seq.name = q->name;
    return;
  }
  seq.subs.push_back(std::move(q));
}

// star_pattern: '*' NAME | maybe_star_pattern
Parser::PatPtr Parser::parse_star_or_pattern() {
  if (!at(TokenKind::Star)) return parse_pattern();
  const Token& star = advance();
  if (!at_name()) invalid_syntax();
  const Token& name = advance();
  auto p = std::make_unique<Pat>();
  p->kind = Pat::Star;
  p->loc = span_from(star);
  if (text(name) != "_") {
    p->name = std::string(text(name));
    scope().assigned.insert(p->name);
  }
  return p;
}

// as_pattern: or_pattern 'as' NAME | or_pattern
Parser::PatPtr Parser::parse_pattern() {
  const Token& start = cur();
  PatPtr p = parse_or_pattern();
  if (!accept_kw(Kw::As)) return p;
  if (!at_name()) invalid_syntax();
  const Token& name = advance();
  if (text(name) == "_") fail("cannot use '_' as a target", loc_of(name));
  auto as = std::make_unique<Pat>();
  as->kind = Pat::As;
  as->name = std::string(text(name));
  scope().assigned.insert(as->name);
  as->subs.push_back(std::move(p));
  as->loc = span_from(start);
  return as;
}

// or_pattern: '|'.closed_pattern+
Parser::PatPtr Parser::parse_or_pattern() {
  const Token& start = cur();
  PatPtr first = parse_closed_pattern();
  if (!at(TokenKind::VBar)) return first;
  auto alt = std::make_unique<Pat>();
  alt->kind = Pat::Or;
  alt->subs.push_back(std::move(first));
  while (accept(TokenKind::VBar)) alt->subs.push_back(parse_closed_pattern());
  for (std::size_t i = 0; i + 1 < alt->subs.size(); ++i)
    if (alt->subs[i]->kind == Pat::Wildcard || alt->subs[i]->kind == Pat::Capture)
      fail(alt->subs[i]->kind == Pat::Wildcard ? "wildcard makes remaining patterns unreachable"
                                               : "name capture '" + alt->subs[i]->name + "' makes remaining patterns unreachable",
           alt->subs[i]->loc);
  alt->loc = span_from(start);
  return alt;
}

// A literal pattern's value: a signed number or a string (no f-strings).
ExprPtr Parser::parse_literal_value() {
  const Token& start = cur();
  if (at(TokenKind::Minus) || at(TokenKind::Number)) {
    const bool negative = accept(TokenKind::Minus);
    if (!at(TokenKind::Number)) invalid_syntax();
    ExprPtr n = parse_number(advance());
    if (negative) {
      auto neg = make<UnaryOp>(span_from(start));
      neg->op = UnaryOpKind::USub;
      neg->operand = std::move(n);
      n = std::move(neg);
    }
    if (at(TokenKind::Plus) || at(TokenKind::Minus)) unsupported("a complex-number literal pattern is", loc_of(cur()));
    return n;
  }
  ExprPtr str = parse_strings();
  if (str->kind != ExprKind::Constant) fail("patterns may only match literals and attribute lookups", str->loc);
  return str;
}

// attr: name_or_attr '.' NAME (a dotted name, loaded)
ExprPtr Parser::parse_dotted_value() {
  const Token& first = advance();
  ExprPtr e = match_name(std::string(text(first)), loc_of(first));
  scope().used.insert(text(first));
  while (accept(TokenKind::Dot)) {
    if (!at_name()) invalid_syntax();
    const Token& attr = advance();
    auto a = make<Attribute>(span_from(first));
    a->value = std::move(e);
    a->attr = std::string(text(attr));
    e = std::move(a);
  }
  return e;
}

// closed_pattern: literal | capture | wildcard | value | group | sequence | mapping | class
Parser::PatPtr Parser::parse_closed_pattern() {
  DepthGuard depth(*this);
  const Token& t = cur();
  auto p = std::make_unique<Pat>();
  if (t.kind == TokenKind::Number || t.kind == TokenKind::Minus || t.kind == TokenKind::String ||
      t.kind == TokenKind::FStringStart) {
    p->kind = Pat::Value;
    p->value = parse_literal_value();
    p->loc = span_from(t);
    return p;
  }
  if (at_singleton()) {
    p->kind = Pat::Singleton;
    p->value = parse_atom();
    p->loc = loc_of(t);
    return p;
  }
  if (at_name()) {
    const bool dotted = peek().kind == TokenKind::Dot;
    if (!dotted && peek().kind != TokenKind::LPar) {
      advance();
      p->loc = loc_of(t);
      std::string id(text(t));
      if (id == "_") return p;  // wildcard
      p->kind = Pat::Capture;
      p->name = id;
      scope().assigned.insert(id);
      return p;
    }
    ExprPtr value = parse_dotted_value();
    if (at(TokenKind::LPar)) return parse_class_args(std::move(value), t);
    p->kind = Pat::Value;
    p->value = std::move(value);
    p->loc = span_from(t);
    return p;
  }
  if (t.kind == TokenKind::LPar) {
    advance();
    auto seq = std::make_unique<Pat>();
    seq->kind = Pat::Sequence;
    if (accept(TokenKind::RPar)) {  // `()`
      seq->loc = span_from(t);
      return seq;
    }
    PatPtr inner = parse_star_or_pattern();
    if (inner->kind != Pat::Star && accept(TokenKind::RPar)) {  // a group: `(pattern)`
      inner->loc = span_from(t);
      return inner;
    }
    sequence_add(*seq, std::move(inner));
    while (accept(TokenKind::Comma)) {
      if (at(TokenKind::RPar)) break;
      sequence_add(*seq, parse_star_or_pattern());
    }
    if (!accept(TokenKind::RPar)) fail("'(' was never closed", loc_of(t));
    seq->loc = span_from(t);
    return seq;
  }
  if (t.kind == TokenKind::LSqb) {
    advance();
    auto seq = std::make_unique<Pat>();
    seq->kind = Pat::Sequence;
    while (!at(TokenKind::RSqb)) {
      sequence_add(*seq, parse_star_or_pattern());
      if (!accept(TokenKind::Comma)) break;
    }
    if (!accept(TokenKind::RSqb)) fail("'[' was never closed", loc_of(t));
    seq->loc = span_from(t);
    return seq;
  }
  if (t.kind == TokenKind::LBrace) {
    advance();
    return parse_mapping_pattern(t);
  }
  invalid_syntax();
}

// mapping_pattern: '{' (key_value_pattern (',' key_value_pattern)* [',' '**' NAME] | '**' NAME)? ','? '}'
Parser::PatPtr Parser::parse_mapping_pattern(const Token& open) {
  auto map = std::make_unique<Pat>();
  map->kind = Pat::Mapping;
  while (!at(TokenKind::RBrace)) {
    if (accept(TokenKind::DoubleStar)) {
      if (!at_name()) invalid_syntax();
      const Token& name = advance();
      map->rest = std::string(text(name));
      scope().assigned.insert(map->rest);
      accept(TokenKind::Comma);
      if (!at(TokenKind::RBrace)) invalid_syntax();  // `**rest` comes last (CPython: "invalid syntax")
      break;
    }
    const Token& k = cur();
    ExprPtr key;
    if (at_name() && text(k) != "_") {
      if (peek().kind != TokenKind::Dot) fail("mapping pattern keys may only match literals and attribute lookups", loc_of(k));
      key = parse_dotted_value();
    } else if (at_singleton()) {
      key = parse_atom();
    } else {
      key = parse_literal_value();
    }
    if (!accept(TokenKind::Colon)) fail("expected ':'", loc_of(cur()));
    map->keys.push_back(std::move(key));
    map->subs.push_back(parse_pattern());
    if (!accept(TokenKind::Comma)) break;
  }
  if (!accept(TokenKind::RBrace)) fail("'{' was never closed", loc_of(open));
  map->loc = span_from(open);
  return map;
}

// class_pattern: name_or_attr '(' [pattern (',' pattern)*] [NAME '=' pattern (',' ...)*] ','? ')'
Parser::PatPtr Parser::parse_class_args(ExprPtr cls, const Token& start) {
  const Token& open = advance();  // '('
  auto p = std::make_unique<Pat>();
  p->kind = Pat::Class;
  p->value = std::move(cls);
  while (!at(TokenKind::RPar)) {
    if (at_name() && peek().kind == TokenKind::Equal) {
      const Token& name = advance();
      advance();
      p->kw.push_back(std::string(text(name)));
      p->subs.push_back(parse_pattern());
    } else {
      if (!p->kw.empty()) fail("positional patterns follow keyword patterns", loc_of(cur()));
      p->subs.push_back(parse_pattern());
    }
    if (!accept(TokenKind::Comma)) break;
  }
  if (!accept(TokenKind::RPar)) fail("'(' was never closed", loc_of(open));
  p->loc = span_from(start);
  return p;
}

// The condition that is true when "p" matches the value "subject" builds (a fresh expression
// each call: a hidden name or a subscript of one); null means "always true" (a wildcard). Each
// pattern is turned into a condition once, so its literal and class expressions move out.
// `a and b and ...` of the non-null "parts"; null when none is left (always true).
ExprPtr Parser::match_all(ExprList parts, const Loc& loc) {
  ExprList kept;
  for (auto& e : parts)
    if (e) kept.push_back(std::move(e));
  if (kept.empty()) return nullptr;
  if (kept.size() == 1) return std::move(kept[0]);
  auto b = make<BoolOp>(loc);
  b->op = BoolOpKind::And;
  b->values = std::move(kept);
  return b;
}

ExprPtr Parser::match_condition(Pat& p, const std::function<ExprPtr()>& subject) {
  const Loc at = p.loc;
  auto conj = [&](ExprList parts) { return match_all(std::move(parts), at); };
  auto compare = [&](ExprPtr left, CmpOpKind op, ExprPtr right) -> ExprPtr {
    auto c = make<Compare>(at);
    c->left = std::move(left);
    c->ops.push_back(op);
    c->comparators.push_back(std::move(right));
    return c;
  };
  // `(name := value) is value`: binds, and is always true.
  auto bind = [&](const std::string& name, const std::function<ExprPtr()>& value) -> ExprPtr {
    auto w = make<NamedExpr>(at);
    w->target = match_name(name, at, ExprContext::Store);
    w->value = value();
    return compare(std::move(w), CmpOpKind::Is, value());
  };
  auto constant = [&](ConstantKind kind, std::int64_t v = 0) -> ExprPtr {
    auto c = make<Constant>(at);
    c->value_kind = kind;
    c->int_value = v;
    return c;
  };
  // One item of a helper's result: a sub-pattern to test, or a name to bind (the star's list,
  // `**rest`), or neither (`*_`).
  struct Slot {
    Pat* pat = nullptr;
    std::string bind;
  };
  // `($matchN := $matchH.fn(subject, args...)) is not None and <each slot on $matchN[i]>`.
  auto structural = [&](const char* fn, ExprList args, std::vector<Slot> slots) -> ExprPtr {
    const std::string temp = "$match" + std::to_string(++m_match_temps);
    auto call = make<Call>(at);
    auto attr = make<Attribute>(at);
    attr->value = match_name(m_match_helper, at);
    attr->attr = fn;
    call->func = std::move(attr);
    call->args.push_back(subject());
    for (auto& a : args) call->args.push_back(std::move(a));
    auto w = make<NamedExpr>(at);
    w->target = match_name(temp, at, ExprContext::Store);
    w->value = std::move(call);
    ExprList parts;
    parts.push_back(compare(std::move(w), CmpOpKind::IsNot, constant(ConstantKind::NoneValue)));
    for (std::size_t i = 0; i < slots.size(); ++i) {
      auto item = [this, temp, i, at]() -> ExprPtr {
        auto s = make<Subscript>(at);
        s->value = match_name(temp, at);
        auto c = make<Constant>(at);
        c->value_kind = ConstantKind::Int;
        c->int_value = static_cast<std::int64_t>(i);
        s->slice = std::move(c);
        return s;
      };
      if (slots[i].pat) parts.push_back(match_condition(*slots[i].pat, item));
      else if (!slots[i].bind.empty()) parts.push_back(bind(slots[i].bind, item));
    }
    return conj(std::move(parts));
  };

  switch (p.kind) {
    case Pat::Wildcard: return nullptr;
    case Pat::Star: return nullptr;  // never here: sequence_add folds stars into their Sequence
    case Pat::Capture: return bind(p.name, subject);
    case Pat::Value: return compare(subject(), CmpOpKind::Eq, std::move(p.value));
    case Pat::Singleton: return compare(subject(), CmpOpKind::Is, std::move(p.value));
    case Pat::As: {
      ExprList parts;
      parts.push_back(match_condition(*p.subs[0], subject));
      parts.push_back(bind(p.name, subject));
      return conj(std::move(parts));
    }
    case Pat::Or: {
      auto b = make<BoolOp>(at);
      b->op = BoolOpKind::Or;
      for (PatPtr& alt : p.subs) {
        ExprPtr c = match_condition(*alt, subject);
        b->values.push_back(c ? std::move(c) : constant(ConstantKind::TrueValue));
      }
      return b;
    }
    case Pat::Sequence: {
      ExprList args;
      args.push_back(constant(ConstantKind::Int, static_cast<std::int64_t>(p.subs.size())));
      if (p.star < 0) {
        auto minus_one = make<UnaryOp>(at);
        minus_one->op = UnaryOpKind::USub;
        minus_one->operand = constant(ConstantKind::Int, 1);
        args.push_back(std::move(minus_one));
      } else {
        args.push_back(constant(ConstantKind::Int, p.star));
      }
      std::vector<Slot> slots;
      for (PatPtr& q : p.subs) slots.push_back({q.get(), {}});
      if (p.star >= 0) slots.insert(slots.begin() + p.star, Slot{nullptr, p.name});
      return structural("sequence", std::move(args), std::move(slots));
    }
    case Pat::Mapping: {
      ExprList args;
      auto keys = make<Tuple>(at);
      for (ExprPtr& k : p.keys) keys->elts.push_back(std::move(k));
      args.push_back(std::move(keys));
      args.push_back(constant(p.rest.empty() ? ConstantKind::FalseValue : ConstantKind::TrueValue));
      std::vector<Slot> slots;
      for (PatPtr& q : p.subs) slots.push_back({q.get(), {}});
      if (!p.rest.empty()) slots.push_back({nullptr, p.rest});
      return structural("mapping", std::move(args), std::move(slots));
    }
    case Pat::Class: {
      ExprList args;
      args.push_back(std::move(p.value));
      args.push_back(constant(ConstantKind::Int, static_cast<std::int64_t>(p.subs.size() - p.kw.size())));
      auto names = make<Tuple>(at);
      for (const std::string& k : p.kw) {
        auto c = make<Constant>(at);
        c->value_kind = ConstantKind::Str;
        c->str_value = k;
        names->elts.push_back(std::move(c));
      }
      args.push_back(std::move(names));
      std::vector<Slot> slots;
      for (PatPtr& q : p.subs) slots.push_back({q.get(), {}});
      return structural("cls", std::move(args), std::move(slots));
    }
  }
  return nullptr;
}
// Soft keyword `type`: `type Name [params] = value`.
bool Parser::is_type_statement() const {
  if (text(cur()) != "type") return false;
  const Token& name = peek(1);
  if (name.kind != TokenKind::Name || name.keyword != Kw::None_) return false;
  return peek(2).kind == TokenKind::Equal || peek(2).kind == TokenKind::LSqb;
}

// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
void Parser::parse_simple_statements(StmtList& out) {
  while (true) {
    out.push_back(parse_simple_statement());
    if (accept(TokenKind::Semi)) {
      if (at(TokenKind::Newline)) break;
      continue;
    }
    break;
  }
  if (!at(TokenKind::Newline)) {
    // `print "x"`: CPython's legacy-print hint.
    auto& last = *out.back();
    if (last.kind == StmtKind::Expr && starts_expression(cur())) {
      const Expr& v = *last.as<ExprStmt>().value;
      if (v.kind == ExprKind::Name && (v.as<Name>().id == "print" || v.as<Name>().id == "exec")) {
        std::string name = v.as<Name>().id;
        auto rest = parse_star_expressions();
        fail("Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?", join(outer(v), rest->loc));
      }
    }
    if (last.kind == StmtKind::Import && at_kw(Kw::From)) {
      while (!at(TokenKind::Newline) && !at(TokenKind::EndMarker) && !at(TokenKind::ErrorToken)) advance();
      fail("Did you mean to use 'from ... import ...' instead?", span_from(Loc{last.loc.line, last.loc.col, 0, 0}));
    }
    invalid_syntax();
  }
  advance();
}

// simple_stmt: assignment | star_expressions | return | import | raise | pass | del | yield
//            | assert | break | continue | global | nonlocal
StmtPtr Parser::parse_simple_statement() {
  const Token& t = cur();
  if (t.kind == TokenKind::Name) {
    switch (t.keyword) {
      case Kw::Pass: advance(); return make<Pass>(loc_of(t));
      case Kw::Break:
      case Kw::Continue: {
        advance();
        bool is_break = t.keyword == Kw::Break;
        if (scope().loop_depth == 0) {
          defer_error(false, is_break ? "'break' outside loop" : "'continue' not properly in loop", loc_of(t));
        }
        if (is_break) return make<Break>(loc_of(t));
        return make<Continue>(loc_of(t));
      }
      case Kw::Return: return parse_return();
      case Kw::Raise: return parse_raise();
      case Kw::Global: return parse_global_or_nonlocal(true);
      case Kw::Nonlocal: return parse_global_or_nonlocal(false);
      case Kw::Del: return parse_del();
      case Kw::Assert: return parse_assert();
      case Kw::Import: return parse_import();
      case Kw::From: return parse_from_import();
      default: break;
    }
  }
  return parse_expression_statement();
}

// Records target names as bound in the current scope (for the global-after-assignment check).
void Parser::note_assigned(const Expr& target) {
  switch (target.kind) {
    case ExprKind::Name: scope().assigned.insert(target.as<Name>().id); break;
    case ExprKind::Tuple: for (auto& e : target.as<Tuple>().elts) note_assigned(*e); break;
    case ExprKind::List: for (auto& e : target.as<List>().elts) note_assigned(*e); break;
    case ExprKind::Starred: note_assigned(*target.as<Starred>().value); break;
    default: break;
  }
}

// assignment:
//     | NAME ':' expression ['=' annotated_rhs]
//     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
//     | (star_targets '=')+ (yield_expr | star_expressions) !'='
//     | single_target augassign (yield_expr | star_expressions)
// star_expressions
StmtPtr Parser::parse_expression_statement() {
  const Token& start = cur();
  bool starts_paren = start.kind == TokenKind::LPar;
  ExprPtr first = at_kw(Kw::Yield) ? parse_yield_expression() : parse_star_expressions();
  if (at(TokenKind::Equal)) {
    auto node = std::make_unique<Assign>();
    ExprList items;
    items.push_back(std::move(first));
    while (accept(TokenKind::Equal)) {
      items.push_back(at_kw(Kw::Yield) ? parse_yield_expression() : parse_star_expressions());
    }
    node->value = std::move(items.back());
    items.pop_back();
    if (node->value->kind == ExprKind::Starred) fail("can't use starred expression here", node->value->loc);
    for (auto& target : items) {
      if (target->kind == ExprKind::Yield || target->kind == ExprKind::YieldFrom) {
        fail("assignment to yield expression not possible", target->loc);
      }
      set_context(*target, ExprContext::Store, true, true);
      note_assigned(*target);
    }
    node->targets = std::move(items);
    node->loc = span_from(start);
    return node;
  }
  BinOpKind aug;
  bool is_aug = true;
  switch (cur().kind) {
    case TokenKind::PlusEqual: aug = BinOpKind::Add; break;
    case TokenKind::MinEqual: aug = BinOpKind::Sub; break;
    case TokenKind::StarEqual: aug = BinOpKind::Mult; break;
    case TokenKind::AtEqual: aug = BinOpKind::MatMult; break;
    case TokenKind::SlashEqual: aug = BinOpKind::Div; break;
    case TokenKind::PercentEqual: aug = BinOpKind::Mod; break;
    case TokenKind::AmperEqual: aug = BinOpKind::BitAnd; break;
    case TokenKind::VBarEqual: aug = BinOpKind::BitOr; break;
    case TokenKind::CircumflexEqual: aug = BinOpKind::BitXor; break;
    case TokenKind::LeftShiftEqual: aug = BinOpKind::LShift; break;
    case TokenKind::RightShiftEqual: aug = BinOpKind::RShift; break;
    case TokenKind::DoubleStarEqual: aug = BinOpKind::Pow; break;
    case TokenKind::DoubleSlashEqual: aug = BinOpKind::FloorDiv; break;
    default: is_aug = false; aug = BinOpKind::Add; break;
  }
  if (is_aug) {
    check_aug_target(*first);
    advance();
    auto node = std::make_unique<AugAssign>();
    set_context(*first, ExprContext::Store, true, false);
    note_assigned(*first);
    node->target = std::move(first);
    node->op = aug;
    node->value = at_kw(Kw::Yield) ? parse_yield_expression() : parse_star_expressions();
    node->loc = span_from(start);
    return node;
  }
  if (at(TokenKind::Colon)) {
    advance();
    auto node = std::make_unique<AnnAssign>();
    // The target is judged only once a whole annotation follows, as in CPython.
    node->annotation = parse_expression();
    if (first->kind == ExprKind::Tuple) fail("only single target (not tuple) can be annotated", first->loc);
    if (first->kind == ExprKind::List) fail("only single target (not list) can be annotated", first->loc);
    if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute && first->kind != ExprKind::Subscript) {
      fail("illegal target for annotation", first->loc);
    }
    node->simple = first->kind == ExprKind::Name && !starts_paren;
    set_context(*first, ExprContext::Store, true, false);
    note_assigned(*first);
    node->target = std::move(first);
    if (accept(TokenKind::Equal)) {
      node->value = at_kw(Kw::Yield) ? parse_yield_expression() : parse_star_expressions();
    }
    node->loc = span_from(start);
    return node;
  }
  if (first->kind == ExprKind::Starred) fail("can't use starred expression here", first->loc);
  auto node = std::make_unique<ExprStmt>();
  node->loc = span_from(start);
  node->value = std::move(first);
  return node;
}

// return_stmt: 'return' [star_expressions]
StmtPtr Parser::parse_return() {
  const Token& kw = advance();
  auto node = std::make_unique<Return>();
  if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) node->value = parse_star_expressions();
  node->loc = span_from(kw);
  if (!in_function()) defer_error(false, "'return' outside function", node->loc);
  if (node->value && !scope().return_value) scope().return_value = node->loc;
  return node;
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
StmtPtr Parser::parse_raise() {
  const Token& kw = advance();
  auto node = std::make_unique<Raise>();
  if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) {
    node->exc = parse_expression();
    if (accept_kw(Kw::From)) node->cause = parse_expression();
  }
  node->loc = span_from(kw);
  return node;
}

// global_stmt: 'global' ','.NAME+      nonlocal_stmt: 'nonlocal' ','.NAME+
StmtPtr Parser::parse_global_or_nonlocal(bool is_global) {
  const Token& kw = advance();
  std::vector<std::string> names;
  do {
    if (!at_name()) invalid_syntax();
    names.emplace_back(text(advance()));
  } while (accept(TokenKind::Comma));
  Loc loc = span_from(kw);
  for (auto& n : names) {
    if (scope().params.count(n)) {
      defer_error(true, "name '" + n + "' is parameter and " + (is_global ? "global" : "nonlocal"), loc);
    } else if (scope().assigned.count(n)) {
      defer_error(true, "name '" + n + "' is assigned to before " + (is_global ? "global" : "nonlocal") + " declaration", loc);
    } else if (scope().used.count(std::string_view(n))) {
      defer_error(true, "name '" + n + "' is used prior to " + (is_global ? "global" : "nonlocal") + " declaration", loc);
    }
  }
  for (auto& n : names) (is_global ? scope().globals : scope().nonlocals).insert(n);
  if (!is_global && scope().kind != ScopeKind::Module) {
    Scope& parent = m_scopes[m_scopes.size() - 2];
    for (auto& n : names) {
      if (parent.kind == ScopeKind::Module) defer_error(true, "no binding for nonlocal '" + n + "' found", loc);
      else parent.unresolved.emplace_back(n, loc);
    }
  }
  if (is_global) {
    auto node = make<Global>(loc);
    node->names = std::move(names);
    return node;
  }
  if (scope().kind == ScopeKind::Module) defer_error(true, "nonlocal declaration not allowed at module level", loc);
  auto node = make<Nonlocal>(loc);
  node->names = std::move(names);
  return node;
}

// del_stmt: 'del' del_targets
StmtPtr Parser::parse_del() {
  const Token& kw = advance();
  auto node = std::make_unique<Delete>();
  do {
    if (at(TokenKind::Newline) || at(TokenKind::Semi)) break;
    auto t = parse_binary(1);
    set_context(*t, ExprContext::Del, true, false);
    note_assigned(*t);  // `del x` makes x local, like an assignment
    node->targets.push_back(std::move(t));
  } while (accept(TokenKind::Comma));
  if (node->targets.empty()) invalid_syntax();
  node->loc = span_from(kw);
  return node;
}

// assert_stmt: 'assert' expression [',' expression]
StmtPtr Parser::parse_assert() {
  const Token& kw = advance();
  auto node = std::make_unique<Assert>();
  node->test = parse_expression();
  if (accept(TokenKind::Comma)) node->msg = parse_expression();
  node->loc = span_from(kw);
  return node;
}

// import_name: 'import' ','.(dotted_name ['as' NAME])+
StmtPtr Parser::parse_import() {
  const Token& kw = advance();
  auto node = std::make_unique<Import>();
  do {
    const Token& start = cur();
    Alias a;
    if (!at_name()) invalid_syntax();
    a.name = std::string(text(advance()));
    while (accept(TokenKind::Dot)) {
      if (!at_name()) invalid_syntax();
      a.name += ".";
      a.name += text(advance());
    }
    if (accept_kw(Kw::As)) {
      if (!at_name()) invalid_syntax();
      a.asname = std::string(text(advance()));
    }
    scope().assigned.insert(a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname);
    a.loc = span_from(start);
    node->names.push_back(std::move(a));
  } while (accept(TokenKind::Comma));
  node->loc = span_from(kw);
  return node;
}

// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//            | 'from' ('.' | '...')+ 'import' import_from_targets
// import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
StmtPtr Parser::parse_from_import() {
  const Token& kw = advance();
  auto node = std::make_unique<ImportFrom>();
  while (at(TokenKind::Dot) || at(TokenKind::Ellipsis)) node->level += at(TokenKind::Dot) ? 1 : 3, advance();
  if (at_name()) {
    node->module = std::string(text(advance()));
    while (accept(TokenKind::Dot)) {
      if (!at_name()) invalid_syntax();
      node->module += ".";
      node->module += text(advance());
    }
  } else if (node->level == 0) {
    invalid_syntax();
  }
  if (!accept_kw(Kw::Import)) invalid_syntax();
  if (at(TokenKind::Star)) {
    Alias a;
    a.name = "*";
    a.loc = loc_of(advance());
    node->names.push_back(std::move(a));
    if (scope().kind != ScopeKind::Module) defer_error(true, "import * only allowed at module level", span_from(kw));
  } else {
    bool paren = accept(TokenKind::LPar);
    while (true) {
      const Token& start = cur();
      if (!at_name()) invalid_syntax();
      Alias a;
      a.name = std::string(text(advance()));
      if (accept_kw(Kw::As)) {
        if (!at_name()) invalid_syntax();
        a.asname = std::string(text(advance()));
      }
      scope().assigned.insert(a.asname.empty() ? a.name : a.asname);
      a.loc = span_from(start);
      node->names.push_back(std::move(a));
      if (!at(TokenKind::Comma)) break;
      const Token& comma = advance();
      if (paren && at(TokenKind::RPar)) break;
      if (!paren && (at(TokenKind::Newline) || at(TokenKind::Semi))) {
        (void)comma;
        Loc l = loc_of(cur());
        fail("trailing comma not allowed without surrounding parentheses", Loc{l.line, l.col, l.line, l.col + 1});
      }
    }
    if (paren) expect(TokenKind::RPar);
  }
  node->loc = span_from(kw);
  return node;
}

// ============================================================================================
// statements: compound
// ============================================================================================

// block: ':' (NEWLINE INDENT statements DEDENT | simple_stmts)
// "what" names the statement for "expected an indented block after <what> on line N".
StmtList Parser::parse_block(const std::string& what, int line, bool forced) {
  if (!at(TokenKind::Colon)) {
    if (at(TokenKind::ErrorToken)) lex_fail();
    // `def`/`try`/`else`/`finally` demand the colon; the others only say so before a newline.
    if (!forced && !at(TokenKind::Newline)) invalid_syntax();
    const Token& t = cur();
    Loc l = loc_of(t);
    if (t.kind == TokenKind::Newline || t.kind == TokenKind::EndMarker) l.end_col = l.col + 1;
    fail("expected ':'", l);
  }
  advance();
  StmtList body;
  if (accept(TokenKind::Newline)) {
    if (!at(TokenKind::Indent)) {
      if (at(TokenKind::ErrorToken)) lex_fail();
      const Token& t = cur();
      Loc l = loc_of(t);
      if (t.kind == TokenKind::EndMarker || t.kind == TokenKind::Dedent) l.end_col = -1;
      fail("expected an indented block after " + what + " on line " + std::to_string(line), l, "IndentationError");
    }
    advance();
    body = parse_statements_until(TokenKind::Dedent);
    advance();
  } else {
    if (at(TokenKind::ErrorToken)) lex_fail();
    parse_simple_statements(body);
  }
  return body;
}

// Sets has_docstring when the body starts with a plain string expression statement.
void Parser::note_docstring(const StmtList& body, bool& has_docstring) {
  has_docstring = !body.empty() && body[0]->kind == StmtKind::Expr &&
                  body[0]->as<ExprStmt>().value->kind == ExprKind::Constant &&
                  body[0]->as<ExprStmt>().value->as<Constant>().value_kind == ConstantKind::Str;
}

// if_stmt: 'if' named_expression block elif_stmt | 'if' named_expression block [else_block]
// elif_stmt: 'elif' named_expression block (elif_stmt | [else_block])
StmtPtr Parser::parse_if(bool is_elif) {
  // The elif chain is built with a loop (each elif is an If alone in the previous orelse),
  // so thousands of elifs do not recurse.
  std::vector<std::pair<If*, const Token*>> chain;
  StmtPtr root;
  If* last = nullptr;
  bool elif = is_elif;
  while (true) {
    const Token& kw = advance();
    auto node = std::make_unique<If>();
    node->test = parse_named_expression();
    if (at(TokenKind::Equal)) {
      // `if x = 1:` — CPython suggests == or :=.
      const Expr& t = *node->test;
      advance();
      auto rhs = parse_expression();
      fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", join(outer(t), rhs->loc));
    }
    node->body = parse_block(elif ? "'elif' statement" : "'if' statement", kw.line, false);
    If* raw = node.get();
    chain.emplace_back(raw, &kw);
    if (last) last->orelse.push_back(std::move(node));
    else root = std::move(node);
    last = raw;
    if (!at_kw(Kw::Elif)) break;
    // The compiler and the AST's destructor walk the chain recursively: cap it like other chains.
    if (chain.size() > size_t(kMaxChain))
      unsupported("an if statement with more than " + std::to_string(kMaxChain) + " elif branches is",
                  loc_of(cur()));
    elif = true;
  }
  if (at_kw(Kw::Else)) {
    const Token& e = advance();
    last->orelse = parse_block("'else' statement", e.line, true);
  }
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    If* n = it->first;
    n->loc = span_to(*it->second, n->orelse.empty() ? n->body : n->orelse);
  }
  return root;
}

// while_stmt: 'while' named_expression block [else_block]
StmtPtr Parser::parse_while() {
  const Token& kw = advance();
  auto node = std::make_unique<While>();
  node->test = parse_named_expression();
  if (at(TokenKind::Equal)) {
    const Expr& t = *node->test;
    advance();
    auto rhs = parse_expression();
    fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", join(outer(t), rhs->loc));
  }
  ++scope().loop_depth;
  node->body = parse_block("'while' statement", kw.line, false);
  --scope().loop_depth;
  if (at_kw(Kw::Else)) {
    const Token& e = advance();
    node->orelse = parse_block("'else' statement", e.line, true);
  }
  node->loc = span_to(kw, node->orelse.empty() ? node->body : node->orelse);
  return node;
}

// for_stmt: ['async'] 'for' star_targets 'in' star_expressions block [else_block]
StmtPtr Parser::parse_for(const Token* async_tok) {
  const Token& kw = advance();
  const Token& start = async_tok ? *async_tok : kw;
  auto node = std::make_unique<For>(async_tok != nullptr);
  node->target = parse_star_targets();
  set_context(*node->target, ExprContext::Store, true, false);
  note_assigned(*node->target);
  if (!accept_kw(Kw::In)) invalid_syntax();
  node->iter = parse_star_expressions();
  ++scope().loop_depth;
  node->body = parse_block("'for' statement", kw.line, false);
  --scope().loop_depth;
  if (at_kw(Kw::Else)) {
    const Token& e = advance();
    node->orelse = parse_block("'else' statement", e.line, true);
  }
  node->loc = span_to(start, node->orelse.empty() ? node->body : node->orelse);
  if (async_tok && function_kind() != ScopeKind::AsyncFunction) {
    defer_error(false, "'async for' outside async function", node->loc);
  }
  return node;
}

// with_stmt: ['async'] 'with' '(' ','.with_item+ ','? ')' block
//          | ['async'] 'with' ','.with_item+ block
// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
StmtPtr Parser::parse_with(const Token* async_tok) {
  const Token& kw = advance();
  const Token& start = async_tok ? *async_tok : kw;
  auto node = std::make_unique<With>(async_tok != nullptr);
  // The parenthesized form is tried first; if the parentheses turn out to belong to the
  // first expression (`with (a, b) as c:` or `with (yield):`), re-parse without it.
  bool parsed = false;
  if (at(TokenKind::LPar)) {
    std::size_t save = m_i;
    bool ok = true;
    advance();
    std::vector<WithItem> items;
    while (!at(TokenKind::RPar)) {
      WithItem item;
      std::size_t before = m_i;
      try {
        item.context_expr = parse_expression();
      } catch (ParseAbort&) {
        ok = false;
        break;
      }
      (void)before;
      if (accept_kw(Kw::As)) {
        item.optional_vars = parse_binary(1);  // star_target: one target (tuples need parentheses)
        set_context(*item.optional_vars, ExprContext::Store, true, false);
        note_assigned(*item.optional_vars);
      }
      items.push_back(std::move(item));
      if (!accept(TokenKind::Comma)) break;
    }
    if (ok && at(TokenKind::RPar) && peek().kind == TokenKind::Colon && !items.empty()) {
      advance();
      node->items = std::move(items);
      parsed = true;
    } else {
      m_i = save;
    }
  }
  if (!parsed) {
    do {
      WithItem item;
      item.context_expr = parse_expression();
      if (accept_kw(Kw::As)) {
        item.optional_vars = parse_binary(1);  // star_target: one target (tuples need parentheses)
        set_context(*item.optional_vars, ExprContext::Store, true, false);
        note_assigned(*item.optional_vars);
      }
      node->items.push_back(std::move(item));
    } while (accept(TokenKind::Comma));
  }
  node->body = parse_block("'with' statement", kw.line, false);
  node->loc = span_to(start, node->body);
  if (async_tok && function_kind() != ScopeKind::AsyncFunction) {
    defer_error(false, "'async with' outside async function", node->loc);
  }
  return node;
}

// try_stmt: 'try' block finally_block
//         | 'try' block except_block+ [else_block] [finally_block]
//         | 'try' block except_star_block+ [else_block] [finally_block]
// except_block: 'except' expression ['as' NAME] block | 'except' block
StmtPtr Parser::parse_try() {
  const Token& kw = advance();
  StmtList body = parse_block("'try' statement", kw.line, true);
  std::vector<ExceptHandler> handlers;
  bool star = false;
  bool plain = false;
  while (at_kw(Kw::Except)) {
    const Token& ex = advance();
    ExceptHandler h;
    bool is_star = accept(TokenKind::Star);
    if (is_star) star = true; else plain = true;
    if (star && plain) fail("cannot have both 'except' and 'except*' on the same 'try'", span_from(ex));
    if (!handlers.empty() && !handlers.back().type) fail("default 'except:' must be last", handlers.back().loc);
    if (!at(TokenKind::Colon)) {
      h.type = parse_expression();
      if (at(TokenKind::Comma)) {
        // `except A, B:` needs parentheses in Python 3.
        auto t = std::make_unique<Tuple>();
        const Loc first = h.type->loc;
        t->elts.push_back(std::move(h.type));
        while (accept(TokenKind::Comma)) t->elts.push_back(parse_expression());
        fail("multiple exception types must be parenthesized", join(first, t->elts.back()->loc));
      }
      if (accept_kw(Kw::As)) {
        if (!at_name()) invalid_syntax();
        h.name = std::string(text(advance()));
        scope().assigned.insert(h.name);
      }
    } else if (is_star) {
      fail("expected one or more exception types", loc_of(cur()));
    }
    h.body = parse_block(is_star ? "'except*' statement" : "'except' statement", ex.line, false);
    h.loc = span_to(ex, h.body);
    handlers.push_back(std::move(h));
  }
  auto node = std::make_unique<Try>(star);
  node->body = std::move(body);
  node->handlers = std::move(handlers);
  if (at_kw(Kw::Else)) {
    const Token& e = advance();
    if (node->handlers.empty()) invalid_syntax();
    node->orelse = parse_block("'else' statement", e.line, true);
  }
  if (at_kw(Kw::Finally)) {
    const Token& f = advance();
    node->finalbody = parse_block("'finally' statement", f.line, true);
  }
  if (node->handlers.empty() && node->finalbody.empty()) {
    if (at(TokenKind::ErrorToken)) lex_fail();
    Loc l = loc_of(cur());
    fail("expected 'except' or 'finally' block", Loc{l.line, l.col, l.line, l.col + 1});
  }
  const StmtList& last = !node->finalbody.empty() ? node->finalbody
                         : !node->orelse.empty() ? node->orelse
                         : !node->handlers.empty() ? node->handlers.back().body : node->body;
  node->loc = span_to(kw, last);
  return node;
}

// decorators: ('@' named_expression NEWLINE)+  then function_def | class_def
StmtPtr Parser::parse_decorated() {
  ExprList decorators;
  while (accept(TokenKind::At)) {
    decorators.push_back(parse_named_expression());
    expect(TokenKind::Newline);
  }
  if (at_kw(Kw::Def)) return parse_function_def(std::move(decorators), nullptr);
  if (at_kw(Kw::Class)) return parse_class_def(std::move(decorators));
  if (at_kw(Kw::Async) && peek().kind == TokenKind::Name && peek().keyword == Kw::Def) {
    const Token& a = advance();
    return parse_function_def(std::move(decorators), &a);
  }
  invalid_syntax();
}

// function_def_raw: ['async'] 'def' NAME ['[' type_params ']'] '(' [params] ')' ['->' expression] ':' block
StmtPtr Parser::parse_function_def(ExprList decorators, const Token* async_tok) {
  const Token& kw = advance();
  const Token& start = async_tok ? *async_tok : kw;
  auto node = std::make_unique<FunctionDef>(async_tok != nullptr);
  node->def_line = kw.line;
  node->decorator_list = std::move(decorators);
  if (!at_name()) invalid_syntax();
  node->name = std::string(text(advance()));
  scope().assigned.insert(node->name);
  if (at(TokenKind::LSqb)) unsupported("generic type parameters are", loc_of(cur()));
  if (!at(TokenKind::LPar)) {
    if (at(TokenKind::ErrorToken)) lex_fail();
    fail("expected '('", loc_of(cur()));
  }
  advance();
  parse_parameters(node->args, TokenKind::RPar, true);
  expect(TokenKind::RPar);
  if (accept(TokenKind::RArrow)) node->returns = parse_expression();
  push_scope(async_tok ? ScopeKind::AsyncFunction : ScopeKind::Function);
  auto add = [&](const Arg& a) {
    scope().assigned.insert(a.arg);
    scope().params.insert(a.arg);
  };
  for (auto& a : node->args.posonlyargs) add(a);
  for (auto& a : node->args.args) add(a);
  for (auto& a : node->args.kwonlyargs) add(a);
  if (node->args.vararg) add(*node->args.vararg);
  if (node->args.kwarg) add(*node->args.kwarg);
  node->body = parse_block("function definition", kw.line, true);
  pop_scope();
  note_docstring(node->body, node->has_docstring);
  node->loc = span_to(start, node->body);
  return node;
}

// class_def_raw: 'class' NAME ['[' type_params ']'] ['(' [arguments] ')'] ':' block
StmtPtr Parser::parse_class_def(ExprList decorators) {
  const Token& kw = advance();
  auto node = std::make_unique<ClassDef>();
  node->class_line = kw.line;
  node->decorator_list = std::move(decorators);
  if (!at_name()) invalid_syntax();
  node->name = std::string(text(advance()));
  scope().assigned.insert(node->name);
  if (at(TokenKind::LSqb)) unsupported("generic type parameters are", loc_of(cur()));
  if (at(TokenKind::LPar)) {
    auto call = parse_call(std::make_unique<Name>());
    auto& c = call->as<Call>();
    node->bases = std::move(c.args);
    node->keywords = std::move(c.keywords);
  }
  push_scope(ScopeKind::Class);
  node->body = parse_block("class definition", kw.line, false);
  pop_scope();
  note_docstring(node->body, node->has_docstring);
  node->loc = span_to(kw, node->body);
  return node;
}

// ============================================================================================
// parameters
// ============================================================================================

// param: NAME [':' expression]   (star_annotation allows `*args: *Ts`)
Arg Parser::parse_param(bool annotations, bool star_annotation) {
  const Token& name = cur();
  if (!at_name()) invalid_syntax();
  advance();
  Arg a;
  a.arg = std::string(text(name));
  if (annotations && accept(TokenKind::Colon)) {
    a.annotation = star_annotation ? parse_star_expression() : parse_expression();
  }
  a.loc = span_from(name);
  return a;
}

// parameters (def) / lambda_parameters (lambda), up to "end" (')' or ':'):
//   [posonly ',' '/'] [args with defaults] ['*' [vararg] kwonly...] ['**' kwarg] [',']
void Parser::parse_parameters(Arguments& args, TokenKind end, bool annotations) {
  bool seen_slash = false;
  bool seen_star = false;
  bool bare_star = false;
  const Token* star_tok = nullptr;
  std::unordered_set<std::string> names;
  auto check_dup = [&](const Arg& a) {
    if (!names.insert(a.arg).second) {
      defer_error(true, "duplicate argument '" + a.arg + "' in function definition", a.loc);
    }
  };
  while (!at(end)) {
    if (args.kwarg) fail("arguments cannot follow var-keyword argument", loc_of(cur()));
    if (at(TokenKind::Slash)) {
      const Token& s = advance();
      if (seen_slash) fail("/ may appear only once", loc_of(s));
      if (seen_star) fail("/ must be ahead of *", loc_of(s));
      if (args.args.empty()) fail("at least one argument must precede /", loc_of(s));
      seen_slash = true;
      args.posonlyargs = std::move(args.args);
      args.args.clear();
    } else if (at(TokenKind::Star)) {
      const Token& s = advance();
      if (seen_star) fail("* argument may appear only once", loc_of(s));
      seen_star = true;
      star_tok = &s;
      if (at(TokenKind::Comma) || at(end)) {
        bare_star = true;
      } else {
        args.vararg = std::make_unique<Arg>(parse_param(annotations, true));
        check_dup(*args.vararg);
      }
    } else if (at(TokenKind::DoubleStar)) {
      advance();
      args.kwarg = std::make_unique<Arg>(parse_param(annotations, false));
      check_dup(*args.kwarg);
      if (at(TokenKind::Equal)) fail("var-keyword argument cannot have default value", loc_of(cur()));
    } else {
      Arg a = parse_param(annotations, false);
      check_dup(a);
      ExprPtr def;
      if (accept(TokenKind::Equal)) def = parse_expression();
      if (seen_star) {
        args.kwonlyargs.push_back(std::move(a));
        args.kw_defaults.push_back(std::move(def));
      } else {
        if (def) {
          args.defaults.push_back(std::move(def));
        } else if (!args.defaults.empty()) {
          fail("parameter without a default follows parameter with a default", a.loc);
        }
        args.args.push_back(std::move(a));
      }
    }
    if (!accept(TokenKind::Comma)) break;
  }
  if (bare_star && args.kwonlyargs.empty()) {
    fail("named arguments must follow bare *", loc_of(*star_tok));
  }
  if (!at(end)) {
    if (end == TokenKind::RPar && at(TokenKind::Equal) && args.vararg) {
      fail("var-positional argument cannot have default value", loc_of(cur()));
    }
    invalid_syntax();
  }
}

// ============================================================================================
// targets
// ============================================================================================

// What CPython calls an expression in "cannot assign to ..." messages.
const char* Parser::describe(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Call: return "function call";
    case ExprKind::Constant:
      switch (e.as<Constant>().value_kind) {
        case ConstantKind::NoneValue: return "None";
        case ConstantKind::TrueValue: return "True";
        case ConstantKind::FalseValue: return "False";
        case ConstantKind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    case ExprKind::BinOp: case ExprKind::UnaryOp: case ExprKind::BoolOp: return "expression";
    case ExprKind::Compare: return "comparison";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::List: return "list";
    case ExprKind::Starred: return "starred";
    case ExprKind::Slice: return "slice";
    default: return "expression";
  }
}

// Marks "e" as a Store/Del target, or fails with CPython's "cannot assign to ..." message.
// "top": e is the whole target (a Starred there is an error); "hint": add CPython's
// "here. Maybe you meant '==' instead of '='?" for a plain `x = ...` assignment.
void Parser::set_context(Expr& e, ExprContext ctx, bool top, bool hint) {
  switch (e.kind) {
    case ExprKind::Name: e.as<Name>().ctx = ctx; return;
    case ExprKind::Attribute: e.as<Attribute>().ctx = ctx; return;
    case ExprKind::Subscript: e.as<Subscript>().ctx = ctx; return;
    case ExprKind::Starred:
      if (ctx == ExprContext::Del) fail("cannot delete starred", e.loc);
      if (top) fail("starred assignment target must be in a list or tuple", e.loc);
      e.as<Starred>().ctx = ctx;
      set_context(*e.as<Starred>().value, ctx, false, false);
      return;
    case ExprKind::Tuple:
    case ExprKind::List: {
      ExprList& elts = e.kind == ExprKind::Tuple ? e.as<Tuple>().elts : e.as<List>().elts;
      if (e.kind == ExprKind::Tuple) e.as<Tuple>().ctx = ctx; else e.as<List>().ctx = ctx;
      int stars = 0;
      for (auto& el : elts) {
        if (el->kind == ExprKind::Starred) {
          if (++stars > 1 && ctx == ExprContext::Store) fail("multiple starred expressions in assignment", e.loc);
          if (ctx == ExprContext::Del) fail("cannot delete starred", el->loc);
          el->as<Starred>().ctx = ctx;
          set_context(*el->as<Starred>().value, ctx, false, false);
        } else {
          set_context(*el, ctx, false, false);
        }
      }
      return;
    }
    default: break;
  }
  std::string what = describe(e);
  std::string msg = std::string(ctx == ExprContext::Del ? "cannot delete " : "cannot assign to ") + what;
  bool named = e.kind == ExprKind::Constant && (what == "None" || what == "True" || what == "False");
  if (top && hint && !named) msg += " here. Maybe you meant '==' instead of '='?";
  fail(msg, e.loc);
}

// augassign targets: Name, Attribute, Subscript only.
void Parser::check_aug_target(const Expr& e) {
  if (e.kind == ExprKind::Name || e.kind == ExprKind::Attribute || e.kind == ExprKind::Subscript) return;
  fail(std::string("'") + describe(e) + "' is an illegal expression for augmented assignment", e.loc);
}

// star_targets: star_target (',' star_target)* [',']  — parsed at bitwise_or level so that
// `for x in y` does not swallow the `in`.
ExprPtr Parser::parse_star_targets() {
  const Token& start = cur();
  auto one = [&]() -> ExprPtr {
    if (at(TokenKind::Star)) {
      const Token& s = advance();
      auto node = std::make_unique<Starred>();
      node->value = parse_binary(1);
      node->loc = span_from(s);
      return node;
    }
    return parse_binary(1);
  };
  ExprPtr first = one();
  if (!at(TokenKind::Comma)) return first;
  auto tuple = std::make_unique<Tuple>();
  tuple->elts.push_back(std::move(first));
  while (accept(TokenKind::Comma)) {
    if (at_kw(Kw::In) || at(TokenKind::Equal) || at(TokenKind::Colon) || at(TokenKind::RPar)) break;
    tuple->elts.push_back(one());
  }
  tuple->loc = span_from(start);
  return tuple;
}

// ============================================================================================
// expressions
// ============================================================================================

// star_expressions: star_expression (',' star_expression)* [',']
ExprPtr Parser::parse_star_expressions() {
  const Token& start = cur();
  ExprPtr first = parse_star_expression();
  if (!at(TokenKind::Comma)) return first;
  auto tuple = std::make_unique<Tuple>();
  tuple->elts.push_back(std::move(first));
  while (accept(TokenKind::Comma)) {
    if (!starts_expression(cur()) && !at(TokenKind::Star) && !at_kw(Kw::Yield)) break;
    tuple->elts.push_back(parse_star_expression());
  }
  tuple->loc = span_from(start);
  return tuple;
}

// star_expression: '*' bitwise_or | expression
ExprPtr Parser::parse_star_expression() {
  if (at(TokenKind::Star)) {
    const Token& s = advance();
    auto node = std::make_unique<Starred>();
    node->value = parse_binary(1);
    node->loc = span_from(s);
    return node;
  }
  return parse_expression();
}

// star_named_expression: '*' bitwise_or | named_expression
ExprPtr Parser::parse_star_named_expression() {
  if (at(TokenKind::Star)) return parse_star_expression();
  return parse_named_expression();
}

// named_expression: NAME ':=' expression | expression !':='
ExprPtr Parser::parse_named_expression() {
  if (at_name() && peek().kind == TokenKind::ColonEqual) {
    const Token& name = advance();
    advance();
    auto node = std::make_unique<NamedExpr>();
    auto target = make<Name>(loc_of(name));
    target->id = std::string(text(name));
    target->ctx = ExprContext::Store;
    scope().assigned.insert(target->id);
    node->target = std::move(target);
    node->value = parse_expression();
    node->loc = span_from(name);
    return node;
  }
  ExprPtr e = parse_expression();
  if (at(TokenKind::ColonEqual)) {
    const char* what = e->kind == ExprKind::Attribute ? "attribute" : e->kind == ExprKind::Subscript ? "subscript" : describe(*e);
    fail(std::string("cannot use assignment expressions with ") + what, e->loc);
  }
  return e;
}

// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
ExprPtr Parser::parse_expression() {
  DepthGuard guard(*this);
  if (at_kw(Kw::Lambda)) return parse_lambda();
  const Token& start = cur();
  ExprPtr body = parse_disjunction();
  if (!at_kw(Kw::If)) return body;
  advance();
  auto node = std::make_unique<IfExp>();
  node->test = parse_disjunction();
  if (!accept_kw(Kw::Else)) {
    if (at(TokenKind::ErrorToken)) lex_fail();
    fail("expected 'else' after 'if' expression", join(outer(*body), node->test->loc));
  }
  node->orelse = parse_expression();
  node->loc = span_from(start);
  node->body = std::move(body);
  return node;
}

// Used for comprehension `if` clauses and iterables, where a bare conditional expression
// would be ambiguous: disjunction.
ExprPtr Parser::parse_expression_no_cond() { return parse_disjunction(); }

// lambdef: 'lambda' [lambda_params] ':' expression
ExprPtr Parser::parse_lambda() {
  const Token& kw = advance();
  auto node = std::make_unique<Lambda>();
  parse_parameters(node->args, TokenKind::Colon, false);
  expect(TokenKind::Colon);
  push_scope(ScopeKind::Lambda);
  for (const Arg* a : {node->args.vararg.get(), node->args.kwarg.get()}) if (a) scope().assigned.insert(a->arg);
  for (auto* list : {&node->args.posonlyargs, &node->args.args, &node->args.kwonlyargs})
    for (auto& a : *list) scope().assigned.insert(a.arg);
  node->body = parse_expression();
  pop_scope();
  node->loc = span_from(kw);
  return node;
}

// disjunction: conjunction ('or' conjunction)+ | conjunction
ExprPtr Parser::parse_disjunction() {
  const Token& start_tok = cur();
  ExprPtr first = parse_conjunction();
  if (!at_kw(Kw::Or)) return first;
  auto node = std::make_unique<BoolOp>();
  node->op = BoolOpKind::Or;
  node->values.push_back(std::move(first));
  while (accept_kw(Kw::Or)) node->values.push_back(parse_conjunction());
  node->loc = span_from(start_tok);
  return node;
}

// conjunction: inversion ('and' inversion)+ | inversion
ExprPtr Parser::parse_conjunction() {
  const Token& start_tok = cur();
  ExprPtr first = parse_inversion();
  if (!at_kw(Kw::And)) return first;
  auto node = std::make_unique<BoolOp>();
  node->op = BoolOpKind::And;
  node->values.push_back(std::move(first));
  while (accept_kw(Kw::And)) node->values.push_back(parse_inversion());
  node->loc = span_from(start_tok);
  return node;
}

// inversion: 'not' inversion | comparison
ExprPtr Parser::parse_inversion() {
  if (at_kw(Kw::Not)) {
    DepthGuard guard(*this);
    const Token& kw = advance();
    auto node = std::make_unique<UnaryOp>();
    node->op = UnaryOpKind::Not;
    node->operand = parse_inversion();
    node->loc = span_from(kw);
    return node;
  }
  return parse_comparison();
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
// compare_op: '==' | '!=' | '<=' | '<' | '>=' | '>' | 'not' 'in' | 'in' | 'is' 'not' | 'is'
ExprPtr Parser::parse_comparison() {
  const Token& start = cur();
  ExprPtr left = parse_binary(1);
  std::unique_ptr<Compare> node;
  while (true) {
    CmpOpKind op;
    switch (cur().kind) {
      case TokenKind::EqEqual: op = CmpOpKind::Eq; break;
      case TokenKind::NotEqual: op = CmpOpKind::NotEq; break;
      case TokenKind::Less: op = CmpOpKind::Lt; break;
      case TokenKind::LessEqual: op = CmpOpKind::LtE; break;
      case TokenKind::Greater: op = CmpOpKind::Gt; break;
      case TokenKind::GreaterEqual: op = CmpOpKind::GtE; break;
      case TokenKind::Name:
        if (cur().keyword == Kw::In) { op = CmpOpKind::In; break; }
        if (cur().keyword == Kw::Is) {
          op = peek().kind == TokenKind::Name && peek().keyword == Kw::Not ? CmpOpKind::IsNot : CmpOpKind::Is;
          break;
        }
        if (cur().keyword == Kw::Not && peek().kind == TokenKind::Name && peek().keyword == Kw::In) {
          op = CmpOpKind::NotIn;
          break;
        }
        [[fallthrough]];
      default:
        if (node) node->loc = span_from(start);
        return node ? std::move(node) : std::move(left);
    }
    advance();
    if (op == CmpOpKind::IsNot || op == CmpOpKind::NotIn) advance();
    if (!node) {
      node = std::make_unique<Compare>();
      node->left = std::move(left);
    }
    node->ops.push_back(op);
    node->comparators.push_back(parse_binary(1));
  }
}

// Binding strength of binary operators (0 = not a binary operator):
// bitwise_or 1 < bitwise_xor 2 < bitwise_and 3 < shift 4 < sum 5 < term 6.
int Parser::binary_precedence(TokenKind k, BinOpKind& op) {
  switch (k) {
    case TokenKind::VBar: op = BinOpKind::BitOr; return 1;
    case TokenKind::Circumflex: op = BinOpKind::BitXor; return 2;
    case TokenKind::Amper: op = BinOpKind::BitAnd; return 3;
    case TokenKind::LeftShift: op = BinOpKind::LShift; return 4;
    case TokenKind::RightShift: op = BinOpKind::RShift; return 4;
    case TokenKind::Plus: op = BinOpKind::Add; return 5;
    case TokenKind::Minus: op = BinOpKind::Sub; return 5;
    case TokenKind::Star: op = BinOpKind::Mult; return 6;
    case TokenKind::Slash: op = BinOpKind::Div; return 6;
    case TokenKind::DoubleSlash: op = BinOpKind::FloorDiv; return 6;
    case TokenKind::Percent: op = BinOpKind::Mod; return 6;
    case TokenKind::At: op = BinOpKind::MatMult; return 6;
    default: return 0;
  }
}

// bitwise_or .. term, by precedence climbing (all left-associative):
//   bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
//   bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
//   bitwise_and: bitwise_and '&' shift_expr | shift_expr
//   shift_expr: shift_expr ('<<' | '>>') sum | sum
//   sum: sum ('+' | '-') term | term
//   term: term ('*' | '/' | '//' | '%' | '@') factor | factor
ExprPtr Parser::parse_binary(int min_prec) {
  const Token& start = cur();
  ExprPtr left = parse_factor();
  int chain = 0;
  while (true) {
    BinOpKind op;
    int prec = binary_precedence(cur().kind, op);
    if (prec == 0 || prec < min_prec) return left;
    check_chain(chain);
    advance();
    ExprPtr right = prec == 6 ? parse_factor() : parse_binary(prec + 1);
    auto node = std::make_unique<BinOp>();
    node->loc = span_from(start);
    node->left = std::move(left);
    node->op = op;
    node->right = std::move(right);
    left = std::move(node);
  }
}

// factor: '+' factor | '-' factor | '~' factor | power
ExprPtr Parser::parse_factor() {
  UnaryOpKind op;
  switch (cur().kind) {
    case TokenKind::Plus: op = UnaryOpKind::UAdd; break;
    case TokenKind::Minus: op = UnaryOpKind::USub; break;
    case TokenKind::Tilde: op = UnaryOpKind::Invert; break;
    default: return parse_power();
  }
  DepthGuard guard(*this);
  const Token& t = advance();
  auto node = std::make_unique<UnaryOp>();
  node->op = op;
  node->operand = parse_factor();
  node->loc = span_from(t);
  return node;
}

// power: await_primary '**' factor | await_primary
ExprPtr Parser::parse_power() {
  const Token& start = cur();
  ExprPtr base = parse_await_primary();
  if (!at(TokenKind::DoubleStar)) return base;
  DepthGuard guard(*this);
  advance();
  auto node = std::make_unique<BinOp>();
  node->op = BinOpKind::Pow;
  node->right = parse_factor();
  node->loc = span_from(start);
  node->left = std::move(base);
  return node;
}

// await_primary: 'await' primary | primary
ExprPtr Parser::parse_await_primary() {
  if (!at_kw(Kw::Await)) return parse_primary();
  DepthGuard guard(*this);
  const Token& kw = advance();
  auto node = std::make_unique<Await>();
  node->keyword_line = kw.line;
  node->keyword_col = kw.col;
  node->value = parse_primary();
  node->loc = node->value->loc;  // loopscope convention: the awaited expression's position
  Loc whole = span_from(kw);
  bool ok = false;
  const char* msg = "'await' outside function";
  for (auto it = m_scopes.rbegin(); it != m_scopes.rend(); ++it) {
    if (it->kind == ScopeKind::AsyncFunction) { ok = true; break; }
    if (it->kind == ScopeKind::Function || it->kind == ScopeKind::Lambda) { msg = "'await' outside async function"; break; }
    if (it->kind == ScopeKind::Class) { msg = "'await' outside function"; break; }
  }
  if (!ok) defer_error(false, msg, whole, true);
  return node;
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
ExprPtr Parser::parse_yield_expression() {
  const Token& kw = advance();
  ExprPtr result;
  if (accept_kw(Kw::From)) {
    auto node = std::make_unique<YieldFrom>();
    node->value = parse_expression();
    node->loc = span_from(kw);
    if (in_function() && function_kind() == ScopeKind::AsyncFunction) {
      defer_error(false, "'yield from' inside async function", node->loc);
    }
    result = std::move(node);
  } else {
    auto node = std::make_unique<Yield>();
    if (!at(TokenKind::RPar) && !at(TokenKind::Newline) && !at(TokenKind::Equal) && !at(TokenKind::Semi) &&
        !at(TokenKind::RBrace) && !at(TokenKind::RSqb)) {
      node->value = parse_star_expressions();
    }
    node->loc = span_from(kw);
    result = std::move(node);
  }
  if (!in_function()) defer_error(true, "'yield' outside function", result->loc);
  scope().has_yield = true;
  return result;
}

// ============================================================================================
// primaries and atoms
// ============================================================================================

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
ExprPtr Parser::parse_primary() {
  const Token& start = cur();  // a parenthesized atom's '(' starts the trailers' spans
  ExprPtr e = parse_atom();
  int chain = 0;
  while (true) {
    if (at(TokenKind::Dot) || at(TokenKind::LPar) || at(TokenKind::LSqb)) check_chain(chain);
    if (at(TokenKind::Dot)) {
      advance();
      if (!at(TokenKind::Name)) invalid_syntax();
      if (cur().keyword != Kw::None_) invalid_syntax();
      auto node = std::make_unique<Attribute>();
      node->attr = std::string(text(advance()));
      node->loc = span_from(start);
      node->value = std::move(e);
      e = std::move(node);
    } else if (at(TokenKind::LPar)) {
      e = parse_call(std::move(e));
      e->loc = span_from(start);
    } else if (at(TokenKind::LSqb)) {
      e = parse_subscript(std::move(e));
      e->loc = span_from(start);
    } else {
      return e;
    }
  }
}

// After the last item of a bracketed list: the closing token, or a helpful error.
// Two expressions side by side inside brackets get "Perhaps you forgot a comma?".
void Parser::expect_closing(TokenKind close, const Expr* last) {
  if (accept(close)) return;
  if (at(TokenKind::ErrorToken)) lex_fail();
  if (last && starts_expression(cur()) && !at_kw(Kw::Not)) {
    Loc first = last->loc;
    ExprPtr next;
    try {
      next = parse_expression();
    } catch (ParseAbort&) {
      fail("invalid syntax. Perhaps you forgot a comma?", first);
    }
    fail("invalid syntax. Perhaps you forgot a comma?", join(first, next->loc));
  }
  invalid_syntax();
}

// arguments: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
//            [',' kwargs] | kwargs   — and a lone generator expression argument.
ExprPtr Parser::parse_call(ExprPtr func) {
  const Token& open = advance();
  (void)open;
  auto node = std::make_unique<Call>();
  bool seen_keyword = false;
  bool seen_double_star = false;
  const Expr* last = nullptr;
  while (!at(TokenKind::RPar)) {
    const Token& start = cur();
    if (at(TokenKind::Star)) {
      if (seen_double_star) {
        advance();
        auto v = parse_expression();
        fail("iterable argument unpacking follows keyword argument unpacking", span_from(start));
      }
      // starred_expression: '*' expression
      const Token& star = advance();
      auto s = std::make_unique<Starred>();
      s->value = parse_expression();
      s->loc = span_from(star);
      if (at_kw(Kw::For) || at_kw(Kw::Async)) {
        fail("iterable unpacking cannot be used in comprehension", s->loc);
      }
      last = s.get();
      node->args.push_back(std::move(s));
    } else if (at(TokenKind::DoubleStar)) {
      advance();
      ast::Keyword k;
      k.value = parse_expression();
      k.loc = span_from(start);
      last = k.value.get();
      node->keywords.push_back(std::move(k));
      seen_double_star = true;
    } else if (at(TokenKind::Name) && peek().kind == TokenKind::Equal) {
      if (cur().keyword != Kw::None_) {
        const Token& kwtok = cur();
        if (kwtok.keyword == Kw::True || kwtok.keyword == Kw::False || kwtok.keyword == Kw::None) {
          fail(std::string("cannot assign to ") + std::string(text(kwtok)), loc_of(kwtok));
        }
        invalid_syntax();
      }
      ast::Keyword k;
      for (auto& other : node->keywords) {
        if (other.arg == text(cur())) fail("keyword argument repeated: " + other.arg, loc_of(cur()));
      }
      k.arg = std::string(text(advance()));
      advance();
      k.value = parse_expression();
      k.loc = span_from(start);
      last = k.value.get();
      node->keywords.push_back(std::move(k));
      seen_keyword = true;
    } else {
      ExprPtr e = parse_named_expression();
      if (at_kw(Kw::For) || at_kw(Kw::Async)) {
        auto gen = std::make_unique<GeneratorExp>();
        gen->generators = parse_comprehension_clauses(true);
        gen->loc = span_from(e->loc);
        gen->elt = std::move(e);
        bool alone = node->args.empty() && node->keywords.empty() && at(TokenKind::RPar);
        if (!alone) {
          if (at(TokenKind::Comma) || !node->args.empty() || !node->keywords.empty()) {
            fail("Generator expression must be parenthesized", gen->loc);
          }
        }
        // A lone genexp argument spans the call's parentheses, as in CPython.
        gen->loc = Loc{open.line, open.col, cur().end_line, cur().end_col};
        forgive_awaits(gen->loc);
        e = std::move(gen);
      } else if (at(TokenKind::Equal)) {
        const Loc l = e->loc;
        fail("expression cannot contain assignment, perhaps you meant \"==\"?", Loc{l.line, l.col, cur().end_line, cur().end_col});
      }
      // CPython points at the token after the offending argument.
      if (seen_double_star) fail("positional argument follows keyword argument unpacking", loc_of(cur()));
      if (seen_keyword) fail("positional argument follows keyword argument", loc_of(cur()));
      last = e.get();
      node->args.push_back(std::move(e));
    }
    if (!accept(TokenKind::Comma)) break;
    last = nullptr;
  }
  expect_closing(TokenKind::RPar, last);
  node->loc = span_from(func->loc);
  if (func->loc.line == 0) node->loc = span_from(open);
  node->func = std::move(func);
  return node;
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
ExprPtr Parser::parse_subscript(ExprPtr value) {
  const Token& open = advance();
  auto node = std::make_unique<Subscript>();
  ExprPtr first = parse_slice();
  if (at(TokenKind::Comma) || first->kind == ExprKind::Starred) {
    auto tuple = std::make_unique<Tuple>();
    Loc start = first->loc;
    tuple->elts.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
      if (at(TokenKind::RSqb)) break;
      tuple->elts.push_back(parse_slice());
    }
    tuple->loc = span_from(start);
    first = std::move(tuple);
  }
  expect_closing(TokenKind::RSqb, first.get());
  (void)open;
  node->slice = std::move(first);
  node->loc = span_from(value->loc);
  node->value = std::move(value);
  return node;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression | starred
ExprPtr Parser::parse_slice() {
  const Token& start = cur();
  ExprPtr lower;
  if (at(TokenKind::Star)) return parse_star_expression();
  if (!at(TokenKind::Colon)) {
    lower = parse_named_expression();
    if (!at(TokenKind::Colon)) return lower;
  }
  advance();
  auto node = std::make_unique<Slice>();
  node->lower = std::move(lower);
  if (!at(TokenKind::Colon) && !at(TokenKind::Comma) && !at(TokenKind::RSqb)) node->upper = parse_expression();
  if (accept(TokenKind::Colon)) {
    if (!at(TokenKind::Comma) && !at(TokenKind::RSqb)) node->step = parse_expression();
  }
  node->loc = span_from(start);
  return node;
}

// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | (tuple | group | genexp)
//     | (list | listcomp) | (dict | set | dictcomp | setcomp) | '...'
ExprPtr Parser::parse_atom() {
  const Token& t = cur();
  switch (t.kind) {
    case TokenKind::Name: {
      switch (t.keyword) {
        case Kw::None_: {
          advance();
          auto n = make<Name>(loc_of(t));
          n->id = std::string(text(t));
          if (!m_scopes.empty()) scope().used.insert(text(t));
          return n;
        }
        case Kw::True: case Kw::False: case Kw::None: {
          advance();
          auto c = make<Constant>(loc_of(t));
          c->value_kind = t.keyword == Kw::True ? ConstantKind::TrueValue
                          : t.keyword == Kw::False ? ConstantKind::FalseValue : ConstantKind::NoneValue;
          return c;
        }
        default: invalid_syntax();
      }
    }
    case TokenKind::Number: advance(); return parse_number(t);
    case TokenKind::String: case TokenKind::FStringStart: return parse_strings();
    case TokenKind::Ellipsis: {
      advance();
      auto c = make<Constant>(loc_of(t));
      c->value_kind = ConstantKind::Ellipsis;
      return c;
    }
    case TokenKind::LPar: { DepthGuard g(*this); advance(); return parse_paren(t); }
    case TokenKind::LSqb: { DepthGuard g(*this); advance(); return parse_list(t); }
    case TokenKind::LBrace: { DepthGuard g(*this); advance(); return parse_brace(t); }
    case TokenKind::ErrorToken: lex_fail();
    default: invalid_syntax();
  }
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
// group: '(' (yield_expr | named_expression) ')'
// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
ExprPtr Parser::parse_paren(const Token& open) {
  if (accept(TokenKind::RPar)) {
    auto t = make<Tuple>(span_from(open));
    t->parenthesized = true;
    return t;
  }
  if (at_kw(Kw::Yield)) {
    ExprPtr y = parse_yield_expression();
    expect_closing(TokenKind::RPar, nullptr);
    return y;
  }
  ExprPtr first = parse_star_named_expression();
  if (at_kw(Kw::For) || at_kw(Kw::Async)) {
    if (first->kind == ExprKind::Starred) fail("iterable unpacking cannot be used in comprehension", first->loc);
    auto gen = std::make_unique<GeneratorExp>();
    gen->generators = parse_comprehension_clauses(true);
    expect_closing(TokenKind::RPar, nullptr);
    gen->loc = span_from(open);
    forgive_awaits(gen->loc);
    gen->elt = std::move(first);
    return gen;
  }
  if (!at(TokenKind::Comma)) {
    if (first->kind == ExprKind::Starred && at(TokenKind::RPar)) fail("cannot use starred expression here", first->loc);
    expect_closing(TokenKind::RPar, first.get());
    return first;
  }
  auto tuple = std::make_unique<Tuple>();
  tuple->parenthesized = true;
  tuple->elts.push_back(std::move(first));
  const Expr* last = nullptr;
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RPar)) break;
    tuple->elts.push_back(parse_star_named_expression());
    last = tuple->elts.back().get();
  }
  expect_closing(TokenKind::RPar, last);
  tuple->loc = span_from(open);
  return tuple;
}

// list: '[' [star_named_expressions] ']'      listcomp: '[' named_expression for_if_clauses ']'
ExprPtr Parser::parse_list(const Token& open) {
  if (accept(TokenKind::RSqb)) return make<List>(span_from(open));
  ExprPtr first = parse_star_named_expression();
  if (at_kw(Kw::For) || at_kw(Kw::Async)) {
    check_comprehension_element(*first);
    auto comp = std::make_unique<ListComp>();
    comp->generators = parse_comprehension_clauses(false);
    expect_closing(TokenKind::RSqb, nullptr);
    comp->loc = span_from(open);
    check_async_comprehension(comp->loc);
    comp->elt = std::move(first);
    return comp;
  }
  auto list = std::make_unique<List>();
  const Expr* last = first.get();
  list->elts.push_back(std::move(first));
  while (accept(TokenKind::Comma)) {
    last = nullptr;
    if (at(TokenKind::RSqb)) break;
    list->elts.push_back(parse_star_named_expression());
    last = list->elts.back().get();
  }
  expect_closing(TokenKind::RSqb, last);
  list->loc = span_from(open);
  return list;
}

void Parser::check_comprehension_element(const Expr& elt) {
  if (elt.kind == ExprKind::Starred) fail("iterable unpacking cannot be used in comprehension", elt.loc);
}

// dict: '{' [double_starred_kvpairs] '}'   set: '{' star_named_expressions '}'
// dictcomp: '{' kvpair for_if_clauses '}'  setcomp: '{' named_expression for_if_clauses '}'
ExprPtr Parser::parse_brace(const Token& open) {
  if (accept(TokenKind::RBrace)) return make<Dict>(span_from(open));
  bool is_dict;
  ExprPtr key;
  ExprPtr value;
  if (at(TokenKind::DoubleStar)) {
    advance();
    value = parse_binary(1);
    is_dict = true;
  } else {
    key = parse_star_named_expression();
    is_dict = at(TokenKind::Colon);
    if (is_dict) {
      if (key->kind == ExprKind::Starred) fail("cannot use a starred expression in a dictionary key", key->loc);
      advance();
      value = parse_expression();
    }
  }
  if (at_kw(Kw::For) || at_kw(Kw::Async)) {
    if (is_dict && !key) fail("dict unpacking cannot be used in dict comprehension", value->loc);
    if (is_dict) {
      auto comp = std::make_unique<DictComp>();
      comp->generators = parse_comprehension_clauses(false);
      expect_closing(TokenKind::RBrace, nullptr);
      comp->loc = span_from(open);
    check_async_comprehension(comp->loc);
      comp->key = std::move(key);
      comp->value = std::move(value);
      return comp;
    }
    check_comprehension_element(*key);
    auto comp = std::make_unique<SetComp>();
    comp->generators = parse_comprehension_clauses(false);
    expect_closing(TokenKind::RBrace, nullptr);
    comp->loc = span_from(open);
    check_async_comprehension(comp->loc);
    comp->elt = std::move(key);
    return comp;
  }
  if (is_dict) {
    auto dict = std::make_unique<Dict>();
    const Expr* last = value.get();
    dict->keys.push_back(std::move(key));
    dict->values.push_back(std::move(value));
    while (accept(TokenKind::Comma)) {
      last = nullptr;
      if (at(TokenKind::RBrace)) break;
      if (accept(TokenKind::DoubleStar)) {
        dict->keys.push_back(nullptr);
        dict->values.push_back(parse_binary(1));
      } else {
        ExprPtr k = parse_expression();
        if (!at(TokenKind::Colon)) {
          if (at(TokenKind::Comma) || at(TokenKind::RBrace)) {
            fail("':' expected after dictionary key", Loc{k->loc.end_line, k->loc.end_col - 1, k->loc.end_line, k->loc.end_col});
          }
          expect_closing(TokenKind::Colon, k.get());
        } else {
          advance();
        }
        dict->keys.push_back(std::move(k));
        dict->values.push_back(parse_expression());
      }
      last = dict->values.back().get();
    }
    expect_closing(TokenKind::RBrace, last);
    dict->loc = span_from(open);
    return dict;
  }
  auto set = std::make_unique<Set>();
  const Expr* last = key.get();
  set->elts.push_back(std::move(key));
  while (accept(TokenKind::Comma)) {
    last = nullptr;
    if (at(TokenKind::RBrace)) break;
    set->elts.push_back(parse_star_named_expression());
    last = set->elts.back().get();
  }
  expect_closing(TokenKind::RBrace, last);
  set->loc = span_from(open);
  return set;
}

// for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+
std::vector<Comprehension> Parser::parse_comprehension_clauses(bool is_generator) {
  std::vector<Comprehension> out;
  while (at_kw(Kw::For) || (at_kw(Kw::Async) && peek().kind == TokenKind::Name && peek().keyword == Kw::For)) {
    const Token& start = cur();
    Comprehension c;
    if (accept_kw(Kw::Async)) {
      c.is_async = true;
      bool in_async = function_kind() == ScopeKind::AsyncFunction;
      if (!in_async && !is_generator) m_async_comprehension_error = true;
    }
    advance();  // 'for'
    c.target = parse_star_targets();
    set_context(*c.target, ExprContext::Store, true, false);
    if (!accept_kw(Kw::In)) invalid_syntax();
    c.iter = parse_expression_no_cond();
    while (accept_kw(Kw::If)) c.ifs.push_back(parse_expression_no_cond());
    c.loc = span_from(start);
    out.push_back(std::move(c));
  }
  return out;
}

// ============================================================================================
// strings and f-strings
// ============================================================================================

ExprPtr Parser::parse_number(const Token& t) {
  auto c = make<Constant>(loc_of(t));
  std::string_view s = text(t);
  bool is_float = false;
  if (!(s.size() > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X' || s[1] == 'o' || s[1] == 'O' || s[1] == 'b' || s[1] == 'B'))) {
    is_float = s.find_first_of(".eE") != std::string_view::npos;
  }
  if (is_float) {
    c->value_kind = ConstantKind::Float;
    c->float_value = detail::parse_float_literal(s);
  } else {
    detail::parse_int_literal(s, *c);
  }
  return c;
}

// Decodes one literal piece, turning decoder errors into SyntaxErrors at "tok" and unknown
// escapes into SyntaxWarnings.
void Parser::decode_literal(std::string_view body, bool raw, bool bytes, std::string& out, const Token& tok) {
  std::string error;
  std::vector<std::string> bad;
  if (!detail::decode_string_body(body, raw, bytes, out, error, bad)) {
    SyntaxErrorInfo e = make_error(error, tok.line, tok.col, tok.end_line, tok.end_col);
    if (error.find("not supported by loopscope") != std::string::npos) e.unsupported = true;
    m_error = e;
    throw ParseAbort{};
  }
  for (auto& b : bad) {
    SyntaxWarningInfo w;
    w.message = "invalid escape sequence '" + b + "'";
    w.line = tok.line;
    w.col = m_text.char_col(tok.line, tok.col);
    w.source_line = std::string(m_text.line(tok.line));
    m_warnings.push_back(w);
  }
}

void Parser::flush_literal(std::vector<ExprPtr>& parts, std::string& literal, const Loc& loc) {
  if (literal.empty()) return;
  auto c = make<Constant>(loc);
  c->value_kind = ConstantKind::Str;
  c->str_value = std::move(literal);
  literal.clear();
  parts.push_back(std::move(c));
}

// strings: (fstring | STRING)+  — adjacent literals concatenate; any f-string makes a JoinedStr.
ExprPtr Parser::parse_strings() {
  const Token& first = cur();
  std::vector<ExprPtr> parts;
  std::string literal;
  bool any_fstring = false;
  bool any_bytes = false;
  bool any_text = false;
  // Locations of the pieces are only known as we go; the whole span is fixed at the end.
  Loc whole = loc_of(first);
  while (at(TokenKind::String) || at(TokenKind::FStringStart)) {
    const Token& t = cur();
    std::string_view s = text(t);
    std::size_t q = s.find_first_of("'\"");
    bool raw = false;
    bool bytes = false;
    for (std::size_t k = 0; k < q; ++k) {
      char c = static_cast<char>(s[k] | 0x20);
      if (c == 'r') raw = true;
      if (c == 'b') bytes = true;
    }
    if (bytes) any_bytes = true; else any_text = true;
    if (any_bytes && any_text) {
      advance();
      fail("cannot mix bytes and nonbytes literals", span_from(first));
    }
    if (t.kind == TokenKind::FStringStart) {
      any_fstring = true;
      parse_fstring(parts, literal, whole);
      continue;
    }
    advance();
    bool triple = s.size() - q >= 6 && s[q + 1] == s[q] && s[q + 2] == s[q];
    std::size_t ql = triple ? 3 : 1;
    decode_literal(s.substr(q + ql, s.size() - q - 2 * ql), raw, bytes, literal, t);
  }
  whole = span_from(first);
  if (!any_fstring) {
    auto c = make<Constant>(whole);
    c->value_kind = any_bytes ? ConstantKind::Bytes : ConstantKind::Str;
    c->str_value = std::move(literal);
    return c;
  }
  flush_literal(parts, literal, whole);
  auto js = make<JoinedStr>(whole);
  for (auto& p : parts) {
    if (p->kind == ExprKind::Constant) p->loc = whole;
  }
  js->values = std::move(parts);
  return js;
}

// fstring: FSTRING_START fstring_middle* FSTRING_END
// fstring_middle: fstring_replacement_field | FSTRING_MIDDLE
void Parser::parse_fstring(std::vector<ExprPtr>& parts, std::string& literal, const Loc& whole) {
  const Token& start = advance();
  std::string_view prefix = text(start);
  bool raw = false;
  for (char c : prefix)
    if ((c | 0x20) == 'r') raw = true;
  DepthGuard guard(*this);
  while (true) {
    if (at(TokenKind::FStringEnd)) {
      advance();
      return;
    }
    if (at(TokenKind::FStringMiddle)) {
      const Token& m = advance();
      // `{{` and `}}` stand for single braces in the literal text.
      std::string_view body = text(m);
      std::string undoubled;
      undoubled.reserve(body.size());
      for (std::size_t k = 0; k < body.size(); ++k) {
        undoubled += body[k];
        if ((body[k] == '{' || body[k] == '}') && k + 1 < body.size() && body[k + 1] == body[k]) ++k;
      }
      decode_literal(undoubled, raw, false, literal, m);
      continue;
    }
    if (at(TokenKind::LBrace)) {
      auto field = parse_fstring_field(whole);
      // `{x=}` puts its text before the value.
      if (field->kind == ExprKind::JoinedStr) {
        for (auto& p : field->as<JoinedStr>().values) {
          if (p->kind == ExprKind::Constant) {
            literal += p->as<Constant>().str_value;
          } else {
            flush_literal(parts, literal, whole);
            parts.push_back(std::move(p));
          }
        }
      } else {
        flush_literal(parts, literal, whole);
        parts.push_back(std::move(field));
      }
      continue;
    }
    if (at(TokenKind::ErrorToken)) lex_fail();
    fail("f-string: expecting '}'", loc_of(cur()));
  }
}

// fstring_replacement_field: '{' (yield_expr | star_expressions) ['='] [fstring_conversion]
//                            [fstring_full_format_spec] '}'
// fstring_conversion: '!' NAME      fstring_full_format_spec: ':' fstring_format_spec*
ExprPtr Parser::parse_fstring_field(const Loc& whole) {
  const Token& open = advance();
  if (at(TokenKind::RBrace)) fail("f-string: valid expression required before '}'", loc_of(cur()));
  if (at_kw(Kw::Lambda)) {
    std::size_t save = m_i;
    advance();
    Arguments ignored;
    try { parse_parameters(ignored, TokenKind::Colon, false); } catch (ParseAbort&) {}
    Loc l = span_from(m_toks[save]);
    fail("f-string: lambda expressions are not allowed without parentheses", Loc{l.line, l.col, l.end_line, l.end_col + 1});
  }
  if (at(TokenKind::ErrorToken)) lex_fail();
  if (!starts_expression(cur()) && !at(TokenKind::Star) && !at_kw(Kw::Yield)) {
    fail("f-string: expecting a valid expression after '{'", loc_of(cur()));
  }
  ExprPtr value;
  try {
    value = at_kw(Kw::Yield) ? parse_yield_expression() : parse_star_expressions();
  } catch (ParseAbort&) {
    // `f"{a+}"`: an expression cut short by the field's end. CPython backs up to the valid
    // prefix and complains at the dangling operator.
    bool at_field_end = at(TokenKind::RBrace) || at(TokenKind::Colon) || at(TokenKind::Exclamation);
    if (m_error.message != "invalid syntax" || m_error_from_lexer || !at_field_end) throw;
    fail("f-string: expecting '=', or '!', or ':', or '}'", loc_of(prev()));
  }
  if (value->kind == ExprKind::Starred) fail("can't use starred expression here", value->loc);
  if (starts_expression(cur())) {
    // Two expressions side by side inside the braces, as CPython: a forgotten comma.
    Loc first = outer(*value);
    ExprPtr next;
    try {
      next = parse_expression();
    } catch (ParseAbort&) {
      fail("invalid syntax. Perhaps you forgot a comma?", first);
    }
    fail("invalid syntax. Perhaps you forgot a comma?", join(first, next->loc));
  }
  if (!at(TokenKind::Equal) && !at(TokenKind::Exclamation) && !at(TokenKind::Colon) && !at(TokenKind::RBrace) &&
      !at(TokenKind::ErrorToken)) {
    fail("f-string: expecting '=', or '!', or ':', or '}'", loc_of(cur()));
  }
  auto fv = std::make_unique<FormattedValue>();
  fv->loc = value->loc;
  std::string debug_text;
  bool debug = false;
  if (at(TokenKind::Equal)) {
    advance();
    debug = true;
    std::size_t from = open.offset + open.length;
    debug_text = std::string(m_src.substr(from, cur().offset - from));
  }
  if (at(TokenKind::Exclamation)) {
    const Token& bang = advance();
    if (!at(TokenKind::Name) || cur().offset != bang.offset + 1) {
      fail("f-string: missing conversion character", Loc{bang.line, bang.col + 1, bang.line, bang.col + 2});
    }
    const Token& conv = advance();
    std::string_view c = text(conv);
    if (c != "r" && c != "s" && c != "a") {
      fail("f-string: invalid conversion character '" + std::string(c) + "': expected 's', 'r', or 'a'", loc_of(conv));
    }
    fv->conversion = c[0];
    if (!at(TokenKind::Colon) && !at(TokenKind::RBrace) && !at(TokenKind::ErrorToken)) {
      fail("f-string: expecting ':' or '}'", loc_of(cur()));
    }
  }
  if (at(TokenKind::Colon)) {
    const Token& colon = advance();
    std::vector<ExprPtr> spec_parts;
    std::string spec_literal;
    while (!at(TokenKind::RBrace)) {
      if (at(TokenKind::FStringMiddle)) {
        const Token& m = advance();
        decode_literal(text(m), false, false, spec_literal, m);
      } else if (at(TokenKind::LBrace)) {
        flush_literal(spec_parts, spec_literal, whole);
        auto nested = parse_fstring_field(whole);
        if (nested->kind == ExprKind::JoinedStr) {
          for (auto& p : nested->as<JoinedStr>().values) spec_parts.push_back(std::move(p));
        } else {
          spec_parts.push_back(std::move(nested));
        }
      } else {
        if (at(TokenKind::ErrorToken)) lex_fail();
        fail(at(TokenKind::FStringEnd) ? "f-string: expecting '}', or format specs" : "f-string: expecting '}'",
             loc_of(cur()));
      }
    }
    flush_literal(spec_parts, spec_literal, whole);
    auto spec = make<JoinedStr>(span_from(colon));
    spec->values = std::move(spec_parts);
    fv->format_spec = std::move(spec);
  }
  if (!at(TokenKind::RBrace)) {
    if (at(TokenKind::ErrorToken)) lex_fail();
    fail("f-string: expecting '}'", loc_of(cur()));
  }
  advance();
  fv->loc = span_from(open);
  fv->value = std::move(value);
  if (!debug) return fv;
  if (fv->conversion < 0 && !fv->format_spec) fv->conversion = 'r';
  auto js = make<JoinedStr>(whole);
  auto text_part = make<Constant>(whole);
  text_part->value_kind = ConstantKind::Str;
  text_part->str_value = std::move(debug_text);
  js->values.push_back(std::move(text_part));
  js->values.push_back(std::move(fv));
  return js;
}

}  // namespace

// ============================================================================================
// parse_module / parse_expression
// ============================================================================================

ParseResult parse_module(std::string_view source, std::string_view filename) {
  ParseResult result;
  if (source.size() >= 3 && source.compare(0, 3, "\xEF\xBB\xBF") == 0) source.remove_prefix(3);
  LexResult lexed = tokenize(source);
  if (!lexed.ok && lexed.error.message.rfind("(unicode error) 'utf-8'", 0) == 0) {
    // Running a file, CPython words a decoding failure this way.
    SyntaxErrorInfo& e = lexed.error;
    unsigned char bad = 0;
    std::size_t pos = e.message.find("byte 0x");
    if (pos != std::string::npos) bad = static_cast<unsigned char>(std::stoi(e.message.substr(pos + 7, 2), nullptr, 16));
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\x%02x", bad);
    e.message = std::string("Non-UTF-8 code starting with '") + buf + "' in file " + std::string(filename) +
                " on line " + std::to_string(e.line) + ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
    e.detail = "the file is not valid UTF-8 (line " + std::to_string(e.line) + ")";
    e.source_line.clear();
    e.col = 0;
  }
  Parser parser(source, std::move(lexed.tokens), &lexed.error);
  try {
    result.module = parser.parse_file();
  } catch (ParseAbort&) {
    result.error = std::move(parser.m_error);
    // As in CPython, a parser error yields to a tokenizer error further on in the file, except
    // the indentation and line-continuation errors CPython's tokenizer reports silently. An
    // unclosed bracket wins only when the parser had read past the bracket's line
    // (`x = (1,` NEWLINE `y = 2`).
    if (!lexed.ok && !parser.m_error_from_lexer && !parser.m_error_final) {
      const std::string& m = lexed.error.message;
      bool unclosed = m.size() > 18 && m.compare(m.size() - 18, 18, "' was never closed") == 0;
      bool silent = lexed.error.kind != "SyntaxError" || m == "unexpected character after line continuation character" ||
                    m == "unexpected EOF while parsing";
      if (unclosed ? parser.m_fail_line > lexed.error.line : !silent) result.error = lexed.error;
    }
  }
  result.warnings = std::move(parser.m_warnings);
  return result;
}

ParseResult parse_expression(std::string_view source) {
  ParseResult result;
  LexResult lexed = tokenize(source);
  Parser parser(source, std::move(lexed.tokens), &lexed.error);
  try {
    result.module = parser.parse_single_expression();
  } catch (ParseAbort&) {
    result.error = std::move(parser.m_error);
  }
  result.warnings = std::move(parser.m_warnings);
  return result;
}

}  // namespace ls::lang
