// The compiler: AST (from the parser) to code objects.
#pragma once
#include <string>

#include "engine/lang/ast.h"
#include "engine/lang/code.h"

namespace ls::lang {

// Compiles a module body. Nested functions, classes and comprehensions become code objects
// in the constants. 'is_library' marks every code object as embedded-library code.
Ref<CodeObject> compile_module(const ast::Module& module, const std::string& filename, bool is_library);

}  // namespace ls::lang
