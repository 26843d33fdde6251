// The parser's public API: source text → Module AST or a CPython-style syntax error.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/lang/ast.h"
#include "engine/lang/diagnostic.h"

namespace ls::lang {

// What parse_module returns: the AST, or the first syntax error.
struct ParseResult {
  std::unique_ptr<ast::Module> module;       // the tree; null when parsing failed
  SyntaxErrorInfo error;                     // meaningful when module is null
  std::vector<SyntaxWarningInfo> warnings;   // compile-time warnings (invalid escape sequences ...)
  bool ok() const { return module != nullptr; }
};

// Parses a whole file. "filename" is only used inside messages that name the file (the
// Non-UTF-8 error). Besides grammar errors it reports the compile-time errors CPython's
// compiler and symbol table raise ('return' outside function, 'await' outside async function,
// 'break' outside loop, nonlocal at module level, duplicate arguments ...). Never throws;
// nesting deeper than ~200 levels gives "too many nested parentheses".
ParseResult parse_module(std::string_view source, std::string_view filename);

// Parses a single expression (for tests and the debugger's watch box). The result holds a
// Module whose body is one Expr statement.
ParseResult parse_expression(std::string_view source);

}  // namespace ls::lang
