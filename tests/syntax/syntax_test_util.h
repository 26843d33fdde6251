// Helpers shared by the syntax unit tests: parse and dump, parse and get the error.
#pragma once
#include <string>
#include <string_view>

#include "engine/lang/ast.h"
#include "engine/lang/lexer.h"
#include "engine/lang/parser.h"

namespace ls::lang::test {

// The whole module as an S-expression, or "ERROR <kind>: <message>".
inline std::string dump_module(std::string_view src) {
  ParseResult r = parse_module(src, "t.py");
  if (!r.ok()) return "ERROR " + r.error.kind + ": " + r.error.message;
  return ast::dump(*r.module);
}

// The first statement of "src" as an S-expression (its expression for an Expr statement).
inline std::string dump_first(std::string_view src) {
  ParseResult r = parse_module(src, "t.py");
  if (!r.ok()) return "ERROR " + r.error.kind + ": " + r.error.message;
  if (r.module->body.empty()) return "EMPTY";
  const ast::Stmt& s = *r.module->body[0];
  if (s.kind == ast::StmtKind::Expr) return ast::dump(*s.as<ast::ExprStmt>().value);
  return ast::dump(s);
}

// The syntax error for "src" (message empty when it parses).
inline SyntaxErrorInfo error_of(std::string_view src) {
  ParseResult r = parse_module(src, "t.py");
  if (r.ok()) return SyntaxErrorInfo{"", "", "", 0, 0, 0, 0, "", false};
  return r.error;
}

}  // namespace ls::lang::test
