// Scope analysis before code generation: which names are local, cell, free, global or namespace names.
#pragma once
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/lang/ast.h"

namespace ls::lang {

enum class ScopeKind { Module, Class, Function, Comprehension };

enum class NameScope {
  Local,           // fast local of a function
  Cell,            // local captured by a nested function
  Free,            // captured from an enclosing function
  GlobalExplicit,  // declared 'global'
  GlobalImplicit,  // not bound anywhere enclosing: globals then builtins
  Namespace,       // module/class body: LOAD_NAME/STORE_NAME
};

struct Scope {
  ScopeKind kind;
  std::string name;                    // "f", "<module>", "<lambda>", "<listcomp>", class name
  Scope* parent = nullptr;
  std::vector<std::unique_ptr<Scope>> children;
  std::set<std::string> assigned;      // bound in this scope (assignment, def, import, for, with, except-as, params)
  std::set<std::string> used;          // read in this scope
  std::set<std::string> globals;       // 'global' declarations
  std::set<std::string> nonlocals;     // 'nonlocal' declarations
  std::vector<std::string> params;     // parameters in order (functions)
  std::vector<std::string> local_order;  // locals in order of first binding (after params)
  bool is_generator = false;
  bool is_coroutine = false;
  bool needs_class_cell = false;       // function: uses super / __class__
  bool has_class_cell = false;         // class: some method needs __class__
  std::vector<std::string> cellvars;   // resolved: captured locals (sorted like CPython: by name)
  std::vector<std::string> freevars;   // resolved: captured from outside
  std::map<std::string, NameScope> resolved;

  bool is_function_like() const { return kind == ScopeKind::Function || kind == ScopeKind::Comprehension; }
  NameScope lookup(const std::string& name) const;
};

// Builds and resolves the scopes of a module. Scopes are found again by AST node address.
class SymbolTable {
 public:
  explicit SymbolTable(const ast::Module& module);
  Scope* module_scope() { return m_root.get(); }
  Scope* scope_for(const void* node) const {
    auto it = m_by_node.find(node);
    return it == m_by_node.end() ? nullptr : it->second;
  }

 private:
  std::unique_ptr<Scope> m_root;
  std::unordered_map<const void*, Scope*> m_by_node;
  friend class ScopeBuilder;
};

}  // namespace ls::lang
