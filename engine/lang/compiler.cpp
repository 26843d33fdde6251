// The compiler: walks the AST with the resolved scopes and emits bytecode into code objects.
//
// Index: CodeGen state | emit helpers | names | statements | exceptions & with | loops | expressions
//        | calls | comprehensions | functions & classes | entry point
#include "engine/lang/compiler.h"

#include <cassert>
#include <string>
#include <unordered_map>

#include "engine/lang/dict_object.h"
#include "engine/lang/exceptions.h"
#include "engine/lang/int_object.h"
#include "engine/lang/protocol.h"
#include "engine/lang/set_object.h"
#include "engine/lang/str_object.h"
#include "engine/lang/symtable.h"
#include "engine/lang/tuple_object.h"

namespace ls::lang {

using namespace ast;

namespace {

// Frame blocks the compiler tracks so that return/break/continue can unwind them.
enum class FBType { WhileLoop, ForLoop, AsyncForLoop, TryExcept, TryFinally, FinallyEnd, HandlerCleanup, With, AsyncWith };
struct FBlock {
  FBType type;
  int continue_target = -1;
  std::vector<int>* break_patches = nullptr;
  const StmtList* finalbody = nullptr;  // TryFinally
  std::string name;                     // HandlerCleanup: the 'as' name ("" when none)
  FBlock() : type(FBType::WhileLoop) {}
  FBlock(FBType t, int cont = -1, std::vector<int>* breaks = nullptr, const StmtList* fin = nullptr, std::string n = {})
      : type(t), continue_target(cont), break_patches(breaks), finalbody(fin), name(std::move(n)) {}
};

class CodeGen {
 public:
  CodeGen(SymbolTable& table, Scope* scope, const std::string& filename, bool library, const std::string& qualname)
      : m_table(table), m_scope(scope) {
    m_code = Ref<CodeObject>(new CodeObject());
    m_code->m_filename = filename;
    m_code->m_is_library = library;
    m_code->m_name = scope->name;
    m_code->m_qualname = qualname;
    m_code->m_doc = Value::none();
    m_filename = filename;
    m_library = library;
    m_qualname = qualname;
    for (auto& p : scope->params) add_varname(p);
    m_code->m_cellvars = scope->cellvars;
    m_code->m_freevars = scope->freevars;
    for (auto& c : scope->cellvars) {
      int arg = -1;
      for (size_t i = 0; i < scope->params.size(); ++i)
        if (scope->params[i] == c) arg = int(i);
      m_code->m_cell_arg.push_back(arg);
    }
  }

  Ref<CodeObject> finish() {
    m_code->m_stacksize = m_maxdepth + 8;
    m_code->finalize();
    return m_code;
  }

  // ---- emit helpers -------------------------------------------------------------------------
  int here() const { return int(m_code->m_code.size()); }
  int emit(Op op, uint32_t arg = 0) {
    m_code->m_code.push_back(Instr{op, 0, arg});
    m_code->m_lines.push_back(m_line);
    m_depth += effect(op, arg);
    if (m_depth > m_maxdepth) m_maxdepth = m_depth;
    return here() - 1;
  }
  void patch(int at, int target) { m_code->m_code[size_t(at)].arg = uint32_t(target); }
  void patch_here(int at) { patch(at, here()); }

  static int effect(Op op, uint32_t arg) {
    int n = int(arg);
    switch (op) {
      case Op::NOP: case Op::SWAP: case Op::DELETE_FAST: case Op::DELETE_DEREF: case Op::DELETE_GLOBAL:
      case Op::DELETE_NAME: case Op::LOAD_ATTR: case Op::UNARY_NEGATIVE: case Op::UNARY_POSITIVE:
      case Op::UNARY_INVERT: case Op::UNARY_NOT: case Op::LIST_TO_TUPLE: case Op::JUMP: case Op::GET_ITER:
      case Op::SETUP_FINALLY: case Op::SETUP_CLEANUP: case Op::POP_BLOCK: case Op::CHECK_EXC_MATCH:
      case Op::CHECK_EG_MATCH: case Op::GET_AWAITABLE: case Op::GET_AITER: case Op::GET_YIELD_FROM_ITER:
      case Op::SEND: case Op::YIELD_VALUE: case Op::ASYNC_GEN_WRAP: case Op::RETURN_GENERATOR:
      case Op::STOPITERATION_ERROR: case Op::DICT_TO_LOCALS: case Op::SETUP_ANNOTATIONS:
        return 0;
      case Op::POP_TOP: case Op::STORE_FAST: case Op::STORE_DEREF: case Op::STORE_GLOBAL: case Op::STORE_NAME:
      case Op::DELETE_ATTR: case Op::BINARY_SUBSCR: case Op::BINARY_OP: case Op::INPLACE_OP: case Op::COMPARE_OP:
      case Op::IS_OP: case Op::CONTAINS_OP: case Op::LIST_APPEND: case Op::SET_ADD: case Op::LIST_EXTEND:
      case Op::SET_UPDATE: case Op::DICT_UPDATE: case Op::DICT_MERGE: case Op::POP_JUMP_IF_FALSE:
      case Op::POP_JUMP_IF_TRUE: case Op::JUMP_IF_FALSE_OR_POP: case Op::JUMP_IF_TRUE_OR_POP:
      case Op::POP_JUMP_IF_NONE: case Op::POP_JUMP_IF_NOT_NONE: case Op::RETURN_VALUE: case Op::IMPORT_NAME:
      case Op::IMPORT_STAR: case Op::POP_EXCEPT: case Op::RERAISE: case Op::PREP_RERAISE_STAR:
        return -1;
      case Op::STORE_ATTR: case Op::DELETE_SUBSCR: case Op::MAP_ADD: case Op::POP_EXCEPT_RERAISE: case Op::END_ASYNC_FOR:
        return -2;
      case Op::COMPARE_JUMP_IF_FALSE: return -2;
      case Op::STORE_SUBSCR: return -3;
      case Op::COPY: case Op::PUSH_NULL: case Op::LOAD_CONST: case Op::LOAD_FAST: case Op::LOAD_DEREF:
      case Op::LOAD_CLASSDEREF: case Op::LOAD_CLOSURE: case Op::LOAD_GLOBAL: case Op::LOAD_NAME:
      case Op::LOAD_METHOD: case Op::FOR_ITER: case Op::LOAD_BUILD_CLASS: case Op::IMPORT_FROM:
      case Op::PUSH_EXC_INFO: case Op::LOAD_ASSERTION_ERROR: case Op::BEFORE_WITH: case Op::BEFORE_ASYNC_WITH:
      case Op::WITH_EXCEPT_START: case Op::GET_ANEXT:
        return 1;
      case Op::LOAD_GLOBAL_NULL: return 2;
      case Op::BUILD_TUPLE: case Op::BUILD_LIST: case Op::BUILD_SET: case Op::BUILD_STRING: case Op::BUILD_SLICE:
        return 1 - n;
      case Op::BUILD_MAP: return 1 - 2 * n;
      case Op::FORMAT_VALUE: return (n & 4) ? -1 : 0;
      case Op::UNPACK_SEQUENCE: return n - 1;
      case Op::UNPACK_EX: return (n & 0xFFFF) + (n >> 16);
      case Op::CALL: return -n - 1;
      case Op::CALL_KW: return -n - 2;
      case Op::CALL_EX: return -2 - (n & 1);
      case Op::MAKE_FUNCTION: return -__builtin_popcount(n & 15);
      case Op::RAISE_VARARGS: return -n;
      case Op::WITH_EXIT_NORMAL: return n ? 0 : -1;
      case Op::COUNT: return 0;
    }
    return 0;
  }

  // A constant table's index: key (see const_key) -> first position, and how many entries of
  // the table it covers. Keyed by the table's address (one per code object being compiled).
  struct ConstIndex {
    std::unordered_map<std::string, int> first;
    size_t covered = 0;
  };
  std::unordered_map<const void*, ConstIndex> m_const_index;

  // The identity add_const deduplicates by: strings by content, other objects by address,
  // None/bool/int by value; floats are never shared (false).
  static bool const_key(const Value& v, std::string& key) {
    if (v.is_float()) return false;
    if (v.is_obj()) {
      if (v.obj()->m_type == g_str_type) {
        key = "s";
        key += str_view(v);
      } else {
        const Object* p = v.obj();
        key = "p";
        key.append(reinterpret_cast<const char*>(&p), sizeof p);
      }
      return true;
    }
    int64_t n = (v.is_int() || v.is_bool()) ? v.as_int() : 0;
    key = char('0' + int(v.tag()));
    key.append(reinterpret_cast<const char*>(&n), sizeof n);
    return true;
  }

  // add_const used to scan the whole table for every constant: a 200,000-line module took
  // minutes to compile. The index finds the same first occurrence in constant time.
  int add_const(Value v) {
    auto& consts = m_code->m_consts;
    std::string key;
    if (const_key(v, key)) {
      ConstIndex& index = m_const_index[&consts];
      if (index.covered > consts.size()) index = ConstIndex{};  // a new table at a reused address
      std::string k;
      for (; index.covered < consts.size(); ++index.covered)
        if (const_key(consts[index.covered], k)) index.first.emplace(k, int(index.covered));
      auto it = index.first.find(key);
      if (it == index.first.end()) {
        consts.push_back(std::move(v));
        return int(consts.size() - 1);
      }
      const Value& c = consts[size_t(it->second)];
      if (c.tag() == v.tag() && (c.is(v) || (v.is_obj() && c.obj()->m_type == g_str_type))) return it->second;
    }
    for (size_t i = 0; i < consts.size(); ++i) {
      const Value& c = consts[i];
      if (c.tag() != v.tag()) continue;
      if (c.is(v) && !v.is_float()) return int(i);
      if (v.is_obj() && c.obj()->m_type == g_str_type && v.obj()->m_type == g_str_type &&
          str_view(c) == str_view(v))
        return int(i);
    }
    consts.push_back(std::move(v));
    return int(consts.size() - 1);
  }
  int add_name(const std::string& n) {
    StrObject* s = intern(n);
    auto& names = m_code->m_names;
    for (size_t i = 0; i < names.size(); ++i)
      if (names[i] == s) return int(i);
    names.push_back(s);
    return int(names.size() - 1);
  }
  int add_varname(const std::string& n) {
    auto& v = m_code->m_varnames;
    for (size_t i = 0; i < v.size(); ++i)
      if (v[i] == n) return int(i);
    v.push_back(n);
    return int(v.size() - 1);
  }
  int deref_index(const std::string& n) {
    auto& c = m_code->m_cellvars;
    for (size_t i = 0; i < c.size(); ++i)
      if (c[i] == n) return int(i);
    auto& f = m_code->m_freevars;
    for (size_t i = 0; i < f.size(); ++i)
      if (f[i] == n) return int(c.size() + i);
    return -1;
  }
  void load_const(Value v) { emit(Op::LOAD_CONST, uint32_t(add_const(std::move(v)))); }
  void load_none() { load_const(Value::none()); }

  // ---- names ---------------------------------------------------------------------------------
  enum class Ctx { Load, Store, Del };
  void name_op(const std::string& n, Ctx ctx) {
    NameScope k = m_scope->lookup(n);
    bool is_class = m_scope->kind == ScopeKind::Class;
    if (is_class && n == "__class__" && ctx == Ctx::Load && m_scope->has_class_cell) k = NameScope::Cell;
    switch (k) {
      case NameScope::Local:
        if (!m_scope->is_function_like()) goto ns;
        {
          int i = add_varname(n);
          emit(ctx == Ctx::Load ? Op::LOAD_FAST : ctx == Ctx::Store ? Op::STORE_FAST : Op::DELETE_FAST, uint32_t(i));
        }
        return;
      case NameScope::Cell:
      case NameScope::Free: {
        int i = deref_index(n);
        if (i < 0) goto ns;
        if (is_class && ctx != Ctx::Load && k == NameScope::Free && !m_scope->nonlocals.count(n)) goto ns;
        if (is_class && ctx == Ctx::Load && !(n == "__class__")) {
          emit(Op::LOAD_CLASSDEREF, uint32_t(i));
          return;
        }
        emit(ctx == Ctx::Load ? Op::LOAD_DEREF : ctx == Ctx::Store ? Op::STORE_DEREF : Op::DELETE_DEREF, uint32_t(i));
        return;
      }
      case NameScope::GlobalExplicit:
      case NameScope::GlobalImplicit:
        if (!m_scope->is_function_like() && k == NameScope::GlobalImplicit) goto ns;
        emit(ctx == Ctx::Load ? Op::LOAD_GLOBAL : ctx == Ctx::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL,
             uint32_t(add_name(n)));
        return;
      case NameScope::Namespace:
        break;
    }
  ns:
    emit(ctx == Ctx::Load ? Op::LOAD_NAME : ctx == Ctx::Store ? Op::STORE_NAME : Op::DELETE_NAME, uint32_t(add_name(n)));
  }

  // ---- statements --------------------------------------------------------------------------
  void body(const StmtList& stmts, bool skip_docstring = false) {
    for (size_t i = skip_docstring ? 1 : 0; i < stmts.size(); ++i) stmt(*stmts[i]);
  }

  void stmt(const Stmt& s) {
    int saved = m_line;
    m_line = s.loc.line;
    switch (s.kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: function_def(s.as<FunctionDef>()); break;
      case StmtKind::ClassDef: class_def(s.as<ClassDef>()); break;
      case StmtKind::Return: {
        auto& r = s.as<Return>();
        if (r.value) expr(*r.value);
        else load_none();
        unwind_all(true);
        m_line = s.loc.line;
        emit(Op::RETURN_VALUE);
        break;
      }
      case StmtKind::Delete:
        for (auto& t : s.as<Delete>().targets) del_target(*t);
        break;
      case StmtKind::Assign: {
        auto& a = s.as<Assign>();
        expr(*a.value);
        for (size_t i = 0; i < a.targets.size(); ++i) {
          if (i + 1 < a.targets.size()) emit(Op::COPY, 1);
          store_target(*a.targets[i]);
        }
        break;
      }
      case StmtKind::AugAssign: aug_assign(s.as<AugAssign>()); break;
      case StmtKind::AnnAssign: ann_assign(s.as<AnnAssign>()); break;
      case StmtKind::For: for_stmt(s.as<For>()); break;
      case StmtKind::AsyncFor: async_for_stmt(s.as<For>()); break;
      case StmtKind::While: while_stmt(s.as<While>()); break;
      case StmtKind::If: {
        auto& i = s.as<If>();
        int jf = test_jump_if_false(*i.test);
        body(i.body);
        if (!i.orelse.empty()) {
          int je = emit(Op::JUMP);
          patch_here(jf);
          body(i.orelse);
          patch_here(je);
        } else {
          patch_here(jf);
        }
        break;
      }
      case StmtKind::With:
      case StmtKind::AsyncWith: with_stmt(s.as<With>(), 0); break;
      case StmtKind::Raise: {
        auto& r = s.as<Raise>();
        int n = 0;
        if (r.exc) {
          expr(*r.exc);
          n = 1;
          if (r.cause) {
            expr(*r.cause);
            n = 2;
          }
        }
        emit(Op::RAISE_VARARGS, uint32_t(n));
        break;
      }
      case StmtKind::Try:
        if (!s.as<Try>().finalbody.empty()) try_finally(s.as<Try>());
        else try_except(s.as<Try>());
        break;
      case StmtKind::TryStar:
        if (!s.as<Try>().finalbody.empty()) try_finally(s.as<Try>());
        else try_except_star(s.as<Try>());
        break;
      case StmtKind::Assert: {
        auto& a = s.as<Assert>();
        expr(*a.test);
        int j = emit(Op::POP_JUMP_IF_TRUE);
        emit(Op::LOAD_ASSERTION_ERROR);
        if (a.msg) {
          emit(Op::PUSH_NULL);
          expr(*a.msg);
          emit(Op::CALL, 1);
        }
        emit(Op::RAISE_VARARGS, 1);
        patch_here(j);
        break;
      }
      case StmtKind::Import:
        for (auto& al : s.as<Import>().names) {
          load_const(Value::integer(0));
          load_none();
          emit(Op::IMPORT_NAME, uint32_t(add_name(al.name)));
          if (!al.asname.empty()) {
            size_t pos = al.name.find('.');
            while (pos != std::string::npos) {
              size_t next = al.name.find('.', pos + 1);
              std::string part = al.name.substr(pos + 1, next == std::string::npos ? std::string::npos : next - pos - 1);
              emit(Op::IMPORT_FROM, uint32_t(add_name(part)));
              emit(Op::SWAP, 2);
              emit(Op::POP_TOP);
              pos = next;
            }
            name_op(al.asname, Ctx::Store);
          } else {
            name_op(al.name.substr(0, al.name.find('.')), Ctx::Store);
          }
        }
        break;
      case StmtKind::ImportFrom: {
        auto& im = s.as<ImportFrom>();
        load_const(Value::integer(im.level));
        std::vector<Value> names;
        for (auto& al : im.names) names.push_back(Value(intern(al.name)));
        load_const(make_tuple(std::move(names)));
        emit(Op::IMPORT_NAME, uint32_t(add_name(im.module)));
        if (im.names.size() == 1 && im.names[0].name == "*") {
          emit(Op::IMPORT_STAR);
          break;
        }
        for (auto& al : im.names) {
          emit(Op::IMPORT_FROM, uint32_t(add_name(al.name)));
          name_op(al.asname.empty() ? al.name : al.asname, Ctx::Store);
        }
        emit(Op::POP_TOP);
        break;
      }
      case StmtKind::Expr: {
        auto& e = *s.as<ExprStmt>().value;
        if (e.kind == ExprKind::Constant) break;
        expr(e);
        emit(Op::POP_TOP);
        break;
      }
      case StmtKind::Break: {
        // Unwind to the innermost loop, then jump to its exit.
        for (int i = int(m_fblocks.size()) - 1; i >= 0; --i) {
          FBlock b = m_fblocks[size_t(i)];
          if (b.type == FBType::WhileLoop || b.type == FBType::ForLoop || b.type == FBType::AsyncForLoop) {
            unwind_block(b, false, size_t(i));
            b.break_patches->push_back(emit(Op::JUMP));
            break;
          }
          unwind_block(b, false, size_t(i));
        }
        break;
      }
      case StmtKind::Continue: {
        for (int i = int(m_fblocks.size()) - 1; i >= 0; --i) {
          FBlock b = m_fblocks[size_t(i)];
          if (b.type == FBType::WhileLoop || b.type == FBType::ForLoop || b.type == FBType::AsyncForLoop) {
            emit(Op::JUMP, uint32_t(b.continue_target));
            break;
          }
          unwind_block(b, false, size_t(i));
        }
        break;
      }
      default: break;
    }
    m_line = saved;
  }

  // Emits the code leaving one frame block (for return/break/continue). 'index' is its position.
  void unwind_block(const FBlock& b, bool preserve_tos, size_t index) {
    switch (b.type) {
      case FBType::WhileLoop: break;
      case FBType::ForLoop:
      case FBType::AsyncForLoop:
        if (preserve_tos) emit(Op::SWAP, 2);
        emit(Op::POP_TOP);
        break;
      case FBType::TryExcept: emit(Op::POP_BLOCK); break;
      case FBType::TryFinally: {
        emit(Op::POP_BLOCK);
        // Run the finally body with this block (and everything inside it) out of the way.
        std::vector<FBlock> saved(m_fblocks.begin() + long(index), m_fblocks.end());
        m_fblocks.resize(index);
        int depth = m_depth;
        body(*b.finalbody);
        m_depth = depth;
        m_fblocks.insert(m_fblocks.end(), saved.begin(), saved.end());
        break;
      }
      case FBType::FinallyEnd:
        emit(Op::POP_BLOCK);
        if (preserve_tos) {
          emit(Op::SWAP, 2);
          emit(Op::POP_TOP);
          emit(Op::SWAP, 2);
        } else {
          emit(Op::POP_TOP);
        }
        emit(Op::POP_EXCEPT);
        break;
      case FBType::HandlerCleanup:
        if (!b.name.empty()) {
          emit(Op::POP_BLOCK);
          load_none();
          name_op(b.name, Ctx::Store);
          name_op(b.name, Ctx::Del);
        }
        emit(Op::POP_BLOCK);
        if (preserve_tos) emit(Op::SWAP, 2);
        emit(Op::POP_EXCEPT);
        break;
      case FBType::With:
      case FBType::AsyncWith:
        emit(Op::POP_BLOCK);
        if (preserve_tos) emit(Op::SWAP, 2);
        if (b.type == FBType::With) {
          emit(Op::WITH_EXIT_NORMAL, 0);
        } else {
          emit(Op::WITH_EXIT_NORMAL, 1);
          emit(Op::GET_AWAITABLE, 2);
          load_none();
          send_loop();
          emit(Op::POP_TOP);
        }
        break;
    }
  }
  void unwind_all(bool preserve_tos) {
    for (int i = int(m_fblocks.size()) - 1; i >= 0; --i) {
      FBlock b = m_fblocks[size_t(i)];
      unwind_block(b, preserve_tos, size_t(i));
    }
  }

  void store_target(const Expr& t) {
    switch (t.kind) {
      case ExprKind::Name: name_op(t.as<Name>().id, Ctx::Store); break;
      case ExprKind::Attribute: {
        auto& a = t.as<Attribute>();
        expr(*a.value);
        emit(Op::STORE_ATTR, uint32_t(add_name(a.attr)));
        break;
      }
      case ExprKind::Subscript: {
        auto& sub = t.as<Subscript>();
        expr(*sub.value);
        subscript_key(*sub.slice);
        emit(Op::STORE_SUBSCR);
        break;
      }
      case ExprKind::Tuple: unpack(t.as<Tuple>().elts); break;
      case ExprKind::List: unpack(t.as<List>().elts); break;
      case ExprKind::Starred: store_target(*t.as<Starred>().value); break;
      default: break;
    }
  }
  void unpack(const ExprList& elts) {
    int star = -1;
    for (size_t i = 0; i < elts.size(); ++i)
      if (elts[i]->kind == ExprKind::Starred) star = int(i);
    if (star < 0) {
      emit(Op::UNPACK_SEQUENCE, uint32_t(elts.size()));
    } else {
      uint32_t before = uint32_t(star), after = uint32_t(elts.size() - size_t(star) - 1);
      emit(Op::UNPACK_EX, before | (after << 16));
    }
    for (auto& e : elts) store_target(*e);
  }
  void del_target(const Expr& t) {
    switch (t.kind) {
      case ExprKind::Name: name_op(t.as<Name>().id, Ctx::Del); break;
      case ExprKind::Attribute:
        expr(*t.as<Attribute>().value);
        emit(Op::DELETE_ATTR, uint32_t(add_name(t.as<Attribute>().attr)));
        break;
      case ExprKind::Subscript:
        expr(*t.as<Subscript>().value);
        subscript_key(*t.as<Subscript>().slice);
        emit(Op::DELETE_SUBSCR);
        break;
      case ExprKind::Tuple:
        for (auto& e : t.as<Tuple>().elts) del_target(*e);
        break;
      case ExprKind::List:
        for (auto& e : t.as<List>().elts) del_target(*e);
        break;
      default: break;
    }
  }

  static lang::BinOp binop_of(BinOpKind k) {
    switch (k) {
      case BinOpKind::Add: return lang::BinOp::Add;
      case BinOpKind::Sub: return lang::BinOp::Sub;
      case BinOpKind::Mult: return lang::BinOp::Mul;
      case BinOpKind::MatMult: return lang::BinOp::MatMul;
      case BinOpKind::Div: return lang::BinOp::TrueDiv;
      case BinOpKind::Mod: return lang::BinOp::Mod;
      case BinOpKind::Pow: return lang::BinOp::Pow;
      case BinOpKind::LShift: return lang::BinOp::LShift;
      case BinOpKind::RShift: return lang::BinOp::RShift;
      case BinOpKind::BitOr: return lang::BinOp::Or;
      case BinOpKind::BitXor: return lang::BinOp::Xor;
      case BinOpKind::BitAnd: return lang::BinOp::And;
      case BinOpKind::FloorDiv: return lang::BinOp::FloorDiv;
    }
    return lang::BinOp::Add;
  }

  void aug_assign(const AugAssign& a) {
    uint32_t op = uint32_t(binop_of(a.op));
    switch (a.target->kind) {
      case ExprKind::Name:
        name_op(a.target->as<Name>().id, Ctx::Load);
        expr(*a.value);
        emit(Op::INPLACE_OP, op);
        name_op(a.target->as<Name>().id, Ctx::Store);
        break;
      case ExprKind::Attribute: {
        auto& at = a.target->as<Attribute>();
        expr(*at.value);
        emit(Op::COPY, 1);
        emit(Op::LOAD_ATTR, uint32_t(add_name(at.attr)));
        expr(*a.value);
        emit(Op::INPLACE_OP, op);
        emit(Op::SWAP, 2);
        emit(Op::STORE_ATTR, uint32_t(add_name(at.attr)));
        break;
      }
      case ExprKind::Subscript: {
        auto& sub = a.target->as<Subscript>();
        expr(*sub.value);
        subscript_key(*sub.slice);
        emit(Op::COPY, 2);
        emit(Op::COPY, 2);
        emit(Op::BINARY_SUBSCR);
        expr(*a.value);
        emit(Op::INPLACE_OP, op);
        emit(Op::SWAP, 3);
        emit(Op::SWAP, 2);
        emit(Op::STORE_SUBSCR);
        break;
      }
      default: break;
    }
  }

  void ann_assign(const AnnAssign& a) {
    if (a.value) {
      expr(*a.value);
      store_target(*a.target);
    }
    // Record simple annotations of module and class bodies in __annotations__, in order.
    if (a.simple && a.target->kind == ExprKind::Name && !m_scope->is_function_like()) {
      expr(*a.annotation);
      emit(Op::LOAD_NAME, uint32_t(add_name("__annotations__")));
      load_const(Value(intern(a.target->as<Name>().id)));
      emit(Op::STORE_SUBSCR);
    }
  }

  void while_stmt(const While& w) {
    std::vector<int> breaks;
    int top = here();
    int jf = -1;
    bool infinite = w.test->kind == ExprKind::Constant &&
                    (w.test->as<Constant>().value_kind == ConstantKind::TrueValue ||
                     (w.test->as<Constant>().value_kind == ConstantKind::Int && w.test->as<Constant>().int_value != 0));
    if (!infinite) {
      jf = test_jump_if_false(*w.test);
    }
    m_fblocks.push_back(FBlock{FBType::WhileLoop, top, &breaks});
    body(w.body);
    m_fblocks.pop_back();
    emit(Op::JUMP, uint32_t(top));
    if (jf >= 0) patch_here(jf);
    body(w.orelse);
    for (int b : breaks) patch_here(b);
  }

  void for_stmt(const For& f) {
    std::vector<int> breaks;
    expr(*f.iter);
    emit(Op::GET_ITER);
    int top = here();
    int fi = emit(Op::FOR_ITER);
    store_target(*f.target);
    m_fblocks.push_back(FBlock{FBType::ForLoop, top, &breaks});
    body(f.body);
    m_fblocks.pop_back();
    m_line = f.loc.line;
    emit(Op::JUMP, uint32_t(top));
    m_depth -= 2;  // the exit path: FOR_ITER popped the iterator
    patch_here(fi);
    body(f.orelse);
    for (int b : breaks) patch_here(b);
  }

  void async_for_stmt(const For& f) {
    std::vector<int> breaks;
    expr(*f.iter);
    emit(Op::GET_AITER);
    int top = here();
    int setup = emit(Op::SETUP_FINALLY);
    emit(Op::GET_ANEXT);
    load_none();
    send_loop();
    emit(Op::POP_BLOCK);
    store_target(*f.target);
    m_fblocks.push_back(FBlock{FBType::AsyncForLoop, top, &breaks});
    body(f.body);
    m_fblocks.pop_back();
    m_line = f.loc.line;
    emit(Op::JUMP, uint32_t(top));
    patch_here(setup);
    m_depth += 1;  // handler entry: [aiter, exc]
    emit(Op::END_ASYNC_FOR);
    body(f.orelse);
    for (int b : breaks) patch_here(b);
  }

  // SEND/YIELD_VALUE loop shared by await, yield from and async with/for. Stack: receiver, value -> result.
  void send_loop() {
    int send = emit(Op::SEND);
    emit(Op::YIELD_VALUE, 1);
    emit(Op::JUMP, uint32_t(send));
    m_depth -= 1;
    patch_here(send);
  }

  // ---- exceptions & with --------------------------------------------------------------------
  void try_except(const Try& t) {
    int base = m_depth;
    int setup = emit(Op::SETUP_FINALLY);
    m_fblocks.push_back(FBlock{FBType::TryExcept});
    body(t.body);
    m_fblocks.pop_back();
    emit(Op::POP_BLOCK);
    body(t.orelse);
    int jend = emit(Op::JUMP);
    std::vector<int> ends{jend};
    patch_here(setup);
    m_depth += 1;  // [exc]
    emit(Op::PUSH_EXC_INFO);                 // [prev, exc]
    int cleanup = emit(Op::SETUP_CLEANUP);   // level: [prev]
    for (auto& h : t.handlers) {
      m_line = h.loc.line;
      int jnext = -1;
      if (h.type) {
        // [prev, exc, type] -> [prev, exc, matched]; both ways on, the stack is [prev, exc]
        // (a copy of exc here once stayed behind on the no-match path).
        expr(*h.type);
        emit(Op::CHECK_EXC_MATCH);
        jnext = emit(Op::POP_JUMP_IF_FALSE);
      }
      // stack: [prev, exc]
      int named_setup = -1;
      if (!h.name.empty()) {
        name_op(h.name, Ctx::Store);  // [prev]
        named_setup = emit(Op::SETUP_FINALLY);
      } else {
        emit(Op::POP_TOP);  // [prev]
      }
      m_fblocks.push_back(FBlock{FBType::HandlerCleanup, -1, nullptr, nullptr, h.name});
      body(h.body);
      m_fblocks.pop_back();
      if (!h.name.empty()) {
        emit(Op::POP_BLOCK);
        load_none();
        name_op(h.name, Ctx::Store);
        name_op(h.name, Ctx::Del);
      }
      emit(Op::POP_BLOCK);
      emit(Op::POP_EXCEPT);
      ends.push_back(emit(Op::JUMP));
      if (named_setup >= 0) {
        // an exception inside a named handler: [prev, e2] -> clear the name, re-raise
        patch_here(named_setup);
        m_depth = base + 2;
        load_none();
        name_op(h.name, Ctx::Store);
        name_op(h.name, Ctx::Del);
        emit(Op::POP_BLOCK);  // the cleanup block
        emit(Op::POP_EXCEPT_RERAISE);
      }
      if (jnext >= 0) {
        patch_here(jnext);
        m_depth = base + 2;  // [prev, exc]
      }
    }
    // no clause matched: re-raise (inside the cleanup block)
    emit(Op::RERAISE);
    patch_here(cleanup);
    m_depth = base + 2;  // [prev, e]
    emit(Op::POP_EXCEPT_RERAISE);
    m_depth = base;
    for (int j : ends) patch_here(j);
  }

  void try_except_star(const Try& t) {
    int base = m_depth;
    int setup = emit(Op::SETUP_FINALLY);
    m_fblocks.push_back(FBlock{FBType::TryExcept});
    body(t.body);
    m_fblocks.pop_back();
    emit(Op::POP_BLOCK);
    body(t.orelse);
    int jend = emit(Op::JUMP);
    patch_here(setup);
    m_depth = base + 1;                      // [orig]
    emit(Op::PUSH_EXC_INFO);                 // [prev, orig]
    int cleanup = emit(Op::SETUP_CLEANUP);   // level [prev]
    emit(Op::BUILD_LIST, 0);                 // [prev, orig, raised]
    emit(Op::COPY, 2);                       // [prev, orig, raised, rest]
    for (auto& h : t.handlers) {
      m_line = h.loc.line;
      expr(*h.type);
      emit(Op::CHECK_EG_MATCH);              // [prev, orig, raised, rest, match]
      emit(Op::COPY, 1);
      int jnone = emit(Op::POP_JUMP_IF_NONE);
      if (!h.name.empty()) name_op(h.name, Ctx::Store);
      else emit(Op::POP_TOP);                // [prev, orig, raised, rest]
      int hs = emit(Op::SETUP_FINALLY);
      m_fblocks.push_back(FBlock{FBType::HandlerCleanup, -1, nullptr, nullptr, ""});
      body(h.body);
      m_fblocks.pop_back();
      emit(Op::POP_BLOCK);
      if (!h.name.empty()) {
        load_none();
        name_op(h.name, Ctx::Store);
        name_op(h.name, Ctx::Del);
      }
      int jn = emit(Op::JUMP);
      patch_here(hs);
      m_depth = base + 5;                    // [prev, orig, raised, rest, e]
      if (!h.name.empty()) {
        load_none();
        name_op(h.name, Ctx::Store);
        name_op(h.name, Ctx::Del);
      }
      emit(Op::LIST_APPEND, 2);
      int jn2 = emit(Op::JUMP);
      patch_here(jnone);
      m_depth = base + 5;                    // [prev, orig, raised, rest, None]
      emit(Op::POP_TOP);
      patch_here(jn);
      patch_here(jn2);
      m_depth = base + 4;
    }
    emit(Op::LIST_APPEND, 1);                // [prev, orig, raised]
    emit(Op::PREP_RERAISE_STAR);             // [prev, result]
    emit(Op::COPY, 1);
    int jraise = emit(Op::POP_JUMP_IF_NOT_NONE);
    emit(Op::POP_TOP);
    emit(Op::POP_BLOCK);
    emit(Op::POP_EXCEPT);
    int jdone = emit(Op::JUMP);
    patch_here(jraise);
    m_depth = base + 2;
    emit(Op::POP_BLOCK);
    emit(Op::POP_EXCEPT_RERAISE);
    patch_here(cleanup);
    m_depth = base + 2;
    emit(Op::POP_EXCEPT_RERAISE);
    m_depth = base;
    patch_here(jend);
    patch_here(jdone);
  }

  void try_finally(const Try& t) {
    int setup = emit(Op::SETUP_FINALLY);
    m_fblocks.push_back(FBlock{FBType::TryFinally, -1, nullptr, &t.finalbody});
    if (!t.handlers.empty()) {
      if (t.is_star()) try_except_star(t);
      else try_except(t);
    } else {
      body(t.body);
    }
    m_fblocks.pop_back();
    emit(Op::POP_BLOCK);
    body(t.finalbody);
    int jend = emit(Op::JUMP);
    patch_here(setup);
    int base = m_depth;
    m_depth = base + 1;  // [exc]
    emit(Op::PUSH_EXC_INFO);                // [prev, exc]
    int cleanup = emit(Op::SETUP_CLEANUP);  // level [prev]
    m_fblocks.push_back(FBlock{FBType::FinallyEnd});
    body(t.finalbody);
    m_fblocks.pop_back();
    emit(Op::POP_BLOCK);
    emit(Op::POP_EXCEPT_RERAISE);
    patch_here(cleanup);
    m_depth = base + 2;
    emit(Op::POP_EXCEPT_RERAISE);
    m_depth = base;
    patch_here(jend);
  }

  void with_stmt(const With& w, size_t item) {
    bool async = w.is_async();
    const WithItem& it = w.items[item];
    int base = m_depth;
    expr(*it.context_expr);
    if (async) {
      emit(Op::BEFORE_ASYNC_WITH);
      emit(Op::GET_AWAITABLE, 1);
      load_none();
      send_loop();
    } else {
      emit(Op::BEFORE_WITH);  // [exit, value]
    }
    int setup = emit(Op::SETUP_CLEANUP);  // level [exit]
    if (it.optional_vars) store_target(*it.optional_vars);
    else emit(Op::POP_TOP);
    m_fblocks.push_back(FBlock{async ? FBType::AsyncWith : FBType::With});
    if (item + 1 < w.items.size()) with_stmt(w, item + 1);
    else body(w.body);
    m_fblocks.pop_back();
    m_line = w.loc.line;
    emit(Op::POP_BLOCK);
    if (async) {
      emit(Op::WITH_EXIT_NORMAL, 1);
      emit(Op::GET_AWAITABLE, 2);
      load_none();
      send_loop();
      emit(Op::POP_TOP);
    } else {
      emit(Op::WITH_EXIT_NORMAL, 0);
    }
    int jend = emit(Op::JUMP);
    patch_here(setup);
    m_depth = base + 2;                     // [exit, exc]
    emit(Op::PUSH_EXC_INFO);                // [exit, prev, exc]
    int cleanup = emit(Op::SETUP_CLEANUP);  // level [exit, prev]
    emit(Op::WITH_EXCEPT_START);            // [exit, prev, exc, res]
    if (async) {
      emit(Op::GET_AWAITABLE, 2);
      load_none();
      send_loop();
    }
    int jsup = emit(Op::POP_JUMP_IF_TRUE);
    emit(Op::RERAISE);
    patch_here(jsup);
    m_depth = base + 3;
    emit(Op::POP_TOP);     // [exit, prev]
    emit(Op::POP_BLOCK);
    emit(Op::POP_EXCEPT);  // [exit]
    emit(Op::POP_TOP);
    int jend2 = emit(Op::JUMP);
    patch_here(cleanup);
    m_depth = base + 3;    // [exit, prev, e]
    emit(Op::POP_EXCEPT_RERAISE);
    m_depth = base;
    patch_here(jend);
    patch_here(jend2);
  }

  // ---- expressions --------------------------------------------------------------------------
  Value constant_value(const Constant& c) {
    switch (c.value_kind) {
      case ConstantKind::NoneValue: return Value::none();
      case ConstantKind::TrueValue: return Value::boolean(true);
      case ConstantKind::FalseValue: return Value::boolean(false);
      case ConstantKind::Ellipsis: return Value(g_ellipsis);
      case ConstantKind::Int: return Value::integer(c.int_value);
      case ConstantKind::BigInt: {
        auto b = num::BigInt::from_string(c.big_digits, c.big_base);
        return b ? make_int(*b) : Value::integer(0);
      }
      case ConstantKind::Float: return Value::real(c.float_value);
      case ConstantKind::Str:
        if (c.str_value.size() < 40) return Value(intern(c.str_value));
        return make_str(c.str_value);
      case ConstantKind::Bytes: return make_str(c.str_value);
    }
    return Value::none();
  }

  void subscript_key(const Expr& e) {
    if (e.kind == ExprKind::Slice) {
      auto& s = e.as<Slice>();
      if (s.lower) expr(*s.lower); else load_none();
      if (s.upper) expr(*s.upper); else load_none();
      if (s.step) {
        expr(*s.step);
        emit(Op::BUILD_SLICE, 3);
      } else {
        emit(Op::BUILD_SLICE, 2);
      }
      return;
    }
    expr(e);
  }

  static CompareOp cmp_of(CmpOpKind k) {
    switch (k) {
      case CmpOpKind::Lt: return CompareOp::Lt;
      case CmpOpKind::LtE: return CompareOp::Le;
      case CmpOpKind::Gt: return CompareOp::Gt;
      case CmpOpKind::GtE: return CompareOp::Ge;
      case CmpOpKind::NotEq: return CompareOp::Ne;
      default: return CompareOp::Eq;
    }
  }
  // The test of an if, while or comprehension filter, then a jump when it is false (its target
  // patched later). A single comparison (a < b) fuses into COMPARE_JUMP_IF_FALSE: one instruction
  // and no bool pushed and popped. Returns the jump's index.
  int test_jump_if_false(const Expr& test) {
    if (test.kind == ExprKind::Compare) {
      auto& c = test.as<Compare>();
      if (c.ops.size() == 1 && c.ops[0] != CmpOpKind::Is && c.ops[0] != CmpOpKind::IsNot &&
          c.ops[0] != CmpOpKind::In && c.ops[0] != CmpOpKind::NotIn) {
        int saved = m_line;
        if (test.loc.line) m_line = test.loc.line;
        expr(*c.left);
        expr(*c.comparators[0]);
        int j = emit(Op::COMPARE_JUMP_IF_FALSE);
        m_code->m_code[size_t(j)].aux = uint8_t(cmp_of(c.ops[0]));
        m_line = saved;
        return j;
      }
    }
    expr(test);
    return emit(Op::POP_JUMP_IF_FALSE);
  }
  void compare_op(CmpOpKind k) {
    switch (k) {
      case CmpOpKind::Is: emit(Op::IS_OP, 0); break;
      case CmpOpKind::IsNot: emit(Op::IS_OP, 1); break;
      case CmpOpKind::In: emit(Op::CONTAINS_OP, 0); break;
      case CmpOpKind::NotIn: emit(Op::CONTAINS_OP, 1); break;
      default: emit(Op::COMPARE_OP, uint32_t(cmp_of(k))); break;
    }
  }

  bool has_starred(const ExprList& elts) {
    for (auto& e : elts)
      if (e->kind == ExprKind::Starred) return true;
    return false;
  }
  // Builds a list/tuple/set display, with *unpacking.
  void sequence_display(const ExprList& elts, Op build, Op add_one, Op add_many) {
    if (!has_starred(elts)) {
      for (auto& e : elts) expr(*e);
      emit(build, uint32_t(elts.size()));
      return;
    }
    emit(build == Op::BUILD_SET ? Op::BUILD_SET : Op::BUILD_LIST, 0);
    for (auto& e : elts) {
      if (e->kind == ExprKind::Starred) {
        expr(*e->as<Starred>().value);
        emit(add_many, 1);
      } else {
        expr(*e);
        emit(add_one, 1);
      }
    }
    if (build == Op::BUILD_TUPLE) emit(Op::LIST_TO_TUPLE);
  }

  void expr(const Expr& e) {
    int saved = m_line;
    if (e.loc.line) m_line = e.loc.line;
    switch (e.kind) {
      case ExprKind::BoolOp: {
        auto& b = e.as<BoolOp>();
        std::vector<int> jumps;
        for (size_t i = 0; i < b.values.size(); ++i) {
          expr(*b.values[i]);
          if (i + 1 < b.values.size())
            jumps.push_back(emit(b.op == BoolOpKind::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP));
        }
        for (int j : jumps) patch_here(j);
        break;
      }
      case ExprKind::NamedExpr: {
        auto& n = e.as<NamedExpr>();
        expr(*n.value);
        emit(Op::COPY, 1);
        name_op(n.target->as<Name>().id, Ctx::Store);
        break;
      }
      case ExprKind::BinOp: {
        auto& b = e.as<ast::BinOp>();
        expr(*b.left);
        expr(*b.right);
        m_line = e.loc.line;
        emit(Op::BINARY_OP, uint32_t(binop_of(b.op)));
        break;
      }
      case ExprKind::UnaryOp: {
        auto& u = e.as<ast::UnaryOp>();
        expr(*u.operand);
        switch (u.op) {
          case UnaryOpKind::Not: emit(Op::UNARY_NOT); break;
          case UnaryOpKind::USub: emit(Op::UNARY_NEGATIVE); break;
          case UnaryOpKind::UAdd: emit(Op::UNARY_POSITIVE); break;
          case UnaryOpKind::Invert: emit(Op::UNARY_INVERT); break;
        }
        break;
      }
      case ExprKind::Lambda: lambda(e.as<Lambda>(), e); break;
      case ExprKind::IfExp: {
        auto& i = e.as<IfExp>();
        expr(*i.test);
        int jf = emit(Op::POP_JUMP_IF_FALSE);
        expr(*i.body);
        int je = emit(Op::JUMP);
        m_depth -= 1;
        patch_here(jf);
        expr(*i.orelse);
        patch_here(je);
        break;
      }
      case ExprKind::Dict: {
        auto& d = e.as<Dict>();
        bool unpack = false;
        for (auto& k : d.keys)
          if (!k) unpack = true;
        if (!unpack) {
          for (size_t i = 0; i < d.keys.size(); ++i) {
            expr(*d.keys[i]);
            expr(*d.values[i]);
          }
          emit(Op::BUILD_MAP, uint32_t(d.keys.size()));
        } else {
          emit(Op::BUILD_MAP, 0);
          for (size_t i = 0; i < d.keys.size(); ++i) {
            if (!d.keys[i]) {
              expr(*d.values[i]);
              emit(Op::DICT_UPDATE, 1);
            } else {
              expr(*d.keys[i]);
              expr(*d.values[i]);
              emit(Op::MAP_ADD, 1);
            }
          }
        }
        break;
      }
      case ExprKind::Set: {
        // Like CPython 3.12, three or more constants become a frozenset constant merged into a new
        // set (this decides the table layout, hence the iteration order).
        auto& elts = e.as<Set>().elts;
        bool all_const = elts.size() >= 3;
        for (auto& x : elts)
          if (x->kind != ExprKind::Constant) all_const = false;
        if (all_const) {
          Value fs(new SetObject(g_frozenset_type));
          for (auto& x : elts) as_set(fs)->add(constant_value(x->as<Constant>()));
          // CPython's constant merging rebuilds the frozenset twice from its own iteration order.
          for (int round = 0; round < 2; ++round) {
            Value again(new SetObject(g_frozenset_type));
            as_set(fs)->for_each([&](const Value& k) { as_set(again)->add(k); });
            fs = again;
          }
          emit(Op::BUILD_SET, 0);
          load_const(fs);
          emit(Op::SET_UPDATE, 1);
          break;
        }
        sequence_display(elts, Op::BUILD_SET, Op::SET_ADD, Op::SET_UPDATE);
        break;
      }
      case ExprKind::List: sequence_display(e.as<List>().elts, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND); break;
      case ExprKind::Tuple: {
        auto& t = e.as<Tuple>();
        bool all_const = !t.elts.empty();
        for (auto& x : t.elts)
          if (x->kind != ExprKind::Constant) all_const = false;
        if (all_const) {
          std::vector<Value> items;
          for (auto& x : t.elts) items.push_back(constant_value(x->as<Constant>()));
          load_const(make_tuple(std::move(items)));
        } else {
          sequence_display(t.elts, Op::BUILD_TUPLE, Op::LIST_APPEND, Op::LIST_EXTEND);
        }
        break;
      }
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::DictComp:
      case ExprKind::GeneratorExp: comprehension(e); break;
      case ExprKind::Await: {
        expr(*e.as<Await>().value);
        m_line = e.loc.line;
        emit(Op::GET_AWAITABLE, 0);
        load_none();
        send_loop();
        break;
      }
      case ExprKind::Yield: {
        auto& y = e.as<Yield>();
        if (y.value) expr(*y.value);
        else load_none();
        m_line = e.loc.line;
        if (m_scope->is_coroutine) emit(Op::ASYNC_GEN_WRAP);
        emit(Op::YIELD_VALUE, 0);
        break;
      }
      case ExprKind::YieldFrom: {
        expr(*e.as<YieldFrom>().value);
        m_line = e.loc.line;
        emit(Op::GET_YIELD_FROM_ITER);
        load_none();
        send_loop();
        break;
      }
      case ExprKind::Compare: {
        auto& c = e.as<Compare>();
        expr(*c.left);
        if (c.ops.size() == 1) {
          expr(*c.comparators[0]);
          m_line = e.loc.line;
          compare_op(c.ops[0]);
          break;
        }
        std::vector<int> cleanups;
        for (size_t i = 0; i < c.ops.size(); ++i) {
          expr(*c.comparators[i]);
          if (i + 1 < c.ops.size()) {
            emit(Op::SWAP, 2);
            emit(Op::COPY, 2);
            compare_op(c.ops[i]);
            cleanups.push_back(emit(Op::JUMP_IF_FALSE_OR_POP));
          } else {
            compare_op(c.ops[i]);
          }
        }
        int jend = emit(Op::JUMP);
        for (int j : cleanups) patch_here(j);
        m_depth += 1;
        emit(Op::SWAP, 2);
        emit(Op::POP_TOP);
        patch_here(jend);
        break;
      }
      case ExprKind::Call: call_expr(e.as<Call>()); break;
      case ExprKind::FormattedValue: formatted_value(e.as<FormattedValue>()); break;
      case ExprKind::JoinedStr: {
        auto& j = e.as<JoinedStr>();
        if (j.values.empty()) {
          load_const(make_str(""));
          break;
        }
        for (auto& v : j.values) {
          if (v->kind == ExprKind::Constant) load_const(constant_value(v->as<Constant>()));
          else expr(*v);
        }
        if (j.values.size() > 1) emit(Op::BUILD_STRING, uint32_t(j.values.size()));
        else if (j.values[0]->kind == ExprKind::Constant) { /* a plain literal */ }
        break;
      }
      case ExprKind::Constant: load_const(constant_value(e.as<Constant>())); break;
      case ExprKind::Attribute: {
        auto& a = e.as<Attribute>();
        expr(*a.value);
        m_line = e.loc.end_line ? e.loc.end_line : e.loc.line;
        m_line = e.loc.line;
        emit(Op::LOAD_ATTR, uint32_t(add_name(a.attr)));
        break;
      }
      case ExprKind::Subscript: {
        auto& s = e.as<Subscript>();
        expr(*s.value);
        subscript_key(*s.slice);
        m_line = e.loc.line;
        emit(Op::BINARY_SUBSCR);
        break;
      }
      case ExprKind::Starred: expr(*e.as<Starred>().value); break;
      case ExprKind::Name: name_op(e.as<Name>().id, Ctx::Load); break;
      case ExprKind::Slice: subscript_key(e); break;
    }
    m_line = saved;
  }

  void formatted_value(const FormattedValue& f) {
    expr(*f.value);
    uint32_t flags = 0;
    if (f.conversion == 's') flags = 1;
    else if (f.conversion == 'r') flags = 2;
    else if (f.conversion == 'a') flags = 3;
    if (f.format_spec) {
      expr(*f.format_spec);
      flags |= 4;
    }
    emit(Op::FORMAT_VALUE, flags);
  }

  // ---- calls -------------------------------------------------------------------------------
  void call_expr(const Call& c) {
    bool complex_args = has_starred(c.args);
    for (auto& k : c.keywords)
      if (k.arg.empty()) complex_args = true;
    if (c.func->kind == ExprKind::Attribute && c.func->as<Attribute>().ctx == ExprContext::Load) {
      expr(*c.func->as<Attribute>().value);
      m_line = c.func->loc.line;
      emit(Op::LOAD_METHOD, uint32_t(add_name(c.func->as<Attribute>().attr)));
    } else {
      expr(*c.func);
      // A global callee (f(x)) pushes its Null in the same instruction, as CPython 3.12 does.
      if (c.func->kind == ExprKind::Name && here() > 0 && m_code->m_code.back().op == Op::LOAD_GLOBAL) {
        m_code->m_code.back().op = Op::LOAD_GLOBAL_NULL;
        m_depth += 1;
        if (m_depth > m_maxdepth) m_maxdepth = m_depth;
      } else {
        emit(Op::PUSH_NULL);
      }
    }
    if (complex_args) {
      sequence_display(c.args, Op::BUILD_TUPLE, Op::LIST_APPEND, Op::LIST_EXTEND);
      if (c.args.empty()) {}
      if (!c.keywords.empty()) {
        emit(Op::BUILD_MAP, 0);
        for (auto& k : c.keywords) {
          if (k.arg.empty()) {
            expr(*k.value);
            emit(Op::DICT_MERGE, 1);
          } else {
            load_const(Value(intern(k.arg)));
            expr(*k.value);
            emit(Op::MAP_ADD, 1);
          }
        }
        emit(Op::CALL_EX, 1);
      } else {
        emit(Op::CALL_EX, 0);
      }
      return;
    }
    for (auto& a : c.args) expr(*a);
    int saved = m_line;
    if (c.keywords.empty()) {
      m_line = c.loc.line;
      emit(Op::CALL, uint32_t(c.args.size()));
    } else {
      std::vector<Value> names;
      for (auto& k : c.keywords) {
        expr(*k.value);
        names.push_back(Value(intern(k.arg)));
      }
      load_const(make_tuple(std::move(names)));
      m_line = c.loc.line;
      emit(Op::CALL_KW, uint32_t(c.args.size() + c.keywords.size()));
    }
    m_line = saved;
  }

  // ---- functions & classes ----------------------------------------------------------------
  std::string child_qualname(const std::string& name) {
    if (m_scope->kind == ScopeKind::Module) return name;
    if (m_scope->kind == ScopeKind::Class) return m_qualname + "." + name;
    return m_qualname + ".<locals>." + name;
  }

  // Emits LOAD_CLOSURE for each free variable of 'child' and BUILD_TUPLE; returns true if any.
  bool closure_for(Scope* child) {
    if (child->freevars.empty()) return false;
    for (auto& n : child->freevars) {
      int i = deref_index(n);
      if (i < 0) i = 0;
      emit(Op::LOAD_CLOSURE, uint32_t(i));
    }
    emit(Op::BUILD_TUPLE, uint32_t(child->freevars.size()));
    return true;
  }

  uint32_t defaults(const Arguments& a) {
    uint32_t flags = 0;
    if (!a.defaults.empty()) {
      for (auto& d : a.defaults) expr(*d);
      emit(Op::BUILD_TUPLE, uint32_t(a.defaults.size()));
      flags |= 1;
    }
    bool any_kw = false;
    for (auto& d : a.kw_defaults)
      if (d) any_kw = true;
    if (any_kw) {
      int n = 0;
      for (size_t i = 0; i < a.kwonlyargs.size(); ++i) {
        if (!a.kw_defaults[i]) continue;
        load_const(Value(intern(a.kwonlyargs[i].arg)));
        expr(*a.kw_defaults[i]);
        ++n;
      }
      emit(Op::BUILD_MAP, uint32_t(n));
      flags |= 2;
    }
    return flags;
  }

  // Builds the __annotations__ dict of a def (evaluated at definition time, as CPython 3.12).
  bool annotations(const Arguments& a, const Expr* returns) {
    int n = 0;
    auto one = [&](const Arg& x) {
      if (!x.annotation) return;
      load_const(Value(intern(x.arg)));
      expr(*x.annotation);
      ++n;
    };
    for (auto& x : a.posonlyargs) one(x);
    for (auto& x : a.args) one(x);
    if (a.vararg) one(*a.vararg);
    for (auto& x : a.kwonlyargs) one(x);
    if (a.kwarg) one(*a.kwarg);
    if (returns) {
      load_const(Value(intern("return")));
      expr(*returns);
      ++n;
    }
    if (n == 0) return false;
    emit(Op::BUILD_MAP, uint32_t(n));
    return true;
  }

  static void set_arg_counts(CodeObject* code, const Arguments& a) {
    code->m_posonlyargcount = int(a.posonlyargs.size());
    code->m_argcount = int(a.posonlyargs.size() + a.args.size());
    code->m_kwonlyargcount = int(a.kwonlyargs.size());
    if (a.vararg) code->m_flags |= kCoVarargs;
    if (a.kwarg) code->m_flags |= kCoVarkeywords;
  }
  static void set_kind_flags(CodeObject* code, Scope* s) {
    if (s->is_coroutine && s->is_generator) code->m_flags |= kCoAsyncGenerator;
    else if (s->is_coroutine) code->m_flags |= kCoCoroutine;
    else if (s->is_generator) code->m_flags |= kCoGenerator;
  }

  void function_def(const FunctionDef& f) {
    for (auto& d : f.decorator_list) {
      expr(*d);
      emit(Op::PUSH_NULL);
    }
    m_line = f.def_line ? f.def_line : f.loc.line;
    uint32_t flags = defaults(f.args);
    if (annotations(f.args, f.returns.get())) flags |= 4;
    Scope* child = m_table.scope_for(&f);
    std::string qn = child_qualname(f.name);
    CodeGen gen(m_table, child, m_filename, m_library, qn);
    gen.m_line = f.def_line ? f.def_line : f.loc.line;
    // co_firstlineno is the first decorator's line, as in CPython.
    gen.m_code->m_firstlineno = f.decorator_list.empty() ? gen.m_line : f.decorator_list[0]->loc.line;
    set_arg_counts(gen.m_code.get(), f.args);
    set_kind_flags(gen.m_code.get(), child);
    if (f.has_docstring) gen.m_code->m_doc = constant_value(f.body[0]->as<ExprStmt>().value->as<Constant>());
    gen.body(f.body, f.has_docstring);
    gen.load_none();
    gen.emit(Op::RETURN_VALUE);
    Ref<CodeObject> code = gen.finish();
    if (closure_for(child)) flags |= 8;
    load_const(Value(code.get()));
    emit(Op::MAKE_FUNCTION, flags);
    for (size_t i = 0; i < f.decorator_list.size(); ++i) emit(Op::CALL, 1);
    name_op(f.name, Ctx::Store);
  }

  void lambda(const Lambda& l, const Expr& e) {
    uint32_t flags = defaults(l.args);
    Scope* child = m_table.scope_for(&e);
    CodeGen gen(m_table, child, m_filename, m_library, child_qualname("<lambda>"));
    gen.m_line = e.loc.line;
    gen.m_code->m_firstlineno = e.loc.line;
    set_arg_counts(gen.m_code.get(), l.args);
    set_kind_flags(gen.m_code.get(), child);
    gen.expr(*l.body);
    if (child->is_generator) {
      gen.emit(Op::POP_TOP);
      gen.load_none();
    }
    gen.emit(Op::RETURN_VALUE);
    Ref<CodeObject> code = gen.finish();
    if (closure_for(child)) flags |= 8;
    load_const(Value(code.get()));
    emit(Op::MAKE_FUNCTION, flags);
  }

  void class_def(const ClassDef& c) {
    for (auto& d : c.decorator_list) {
      expr(*d);
      emit(Op::PUSH_NULL);
    }
    m_line = c.class_line ? c.class_line : c.loc.line;
    emit(Op::LOAD_BUILD_CLASS);
    emit(Op::PUSH_NULL);
    Scope* child = m_table.scope_for(&c);
    std::string qn = child_qualname(c.name);
    CodeGen gen(m_table, child, m_filename, m_library, qn);
    gen.m_line = m_line;
    gen.m_code->m_firstlineno = c.decorator_list.empty() ? m_line : c.decorator_list[0]->loc.line;
    gen.m_code->m_flags |= kCoClassBody;
    gen.emit(Op::LOAD_NAME, uint32_t(gen.add_name("__name__")));
    gen.emit(Op::STORE_NAME, uint32_t(gen.add_name("__module__")));
    gen.load_const(make_str(qn));
    gen.emit(Op::STORE_NAME, uint32_t(gen.add_name("__qualname__")));
    if (c.has_docstring) {
      gen.load_const(constant_value(c.body[0]->as<ExprStmt>().value->as<Constant>()));
      gen.emit(Op::STORE_NAME, uint32_t(gen.add_name("__doc__")));
    }
    bool annotations = false;
    for (auto& s : c.body)
      if (s->kind == StmtKind::AnnAssign && s->as<AnnAssign>().simple) annotations = true;
    if (annotations) gen.emit(Op::SETUP_ANNOTATIONS);
    gen.body(c.body, c.has_docstring);
    if (child->has_class_cell) {
      int i = gen.deref_index("__class__");
      gen.emit(Op::LOAD_CLOSURE, uint32_t(i));
      gen.emit(Op::COPY, 1);
      gen.emit(Op::STORE_NAME, uint32_t(gen.add_name("__classcell__")));
    } else {
      gen.load_none();
    }
    gen.emit(Op::RETURN_VALUE);
    Ref<CodeObject> code = gen.finish();
    uint32_t flags = 0;
    if (closure_for(child)) flags |= 8;
    load_const(Value(code.get()));
    emit(Op::MAKE_FUNCTION, flags);
    load_const(Value(intern(c.name)));
    bool complex_args = has_starred(c.bases);
    for (auto& k : c.keywords)
      if (k.arg.empty()) complex_args = true;
    if (complex_args) {
      emit(Op::BUILD_LIST, 2);
      for (auto& b : c.bases) {
        if (b->kind == ExprKind::Starred) {
          expr(*b->as<Starred>().value);
          emit(Op::LIST_EXTEND, 1);
        } else {
          expr(*b);
          emit(Op::LIST_APPEND, 1);
        }
      }
      emit(Op::LIST_TO_TUPLE);
      emit(Op::BUILD_MAP, 0);
      for (auto& k : c.keywords) {
        if (k.arg.empty()) {
          expr(*k.value);
          emit(Op::DICT_MERGE, 1);
        } else {
          load_const(Value(intern(k.arg)));
          expr(*k.value);
          emit(Op::MAP_ADD, 1);
        }
      }
      emit(Op::CALL_EX, 1);
    } else {
      for (auto& b : c.bases) expr(*b);
      if (c.keywords.empty()) {
        emit(Op::CALL, uint32_t(2 + c.bases.size()));
      } else {
        std::vector<Value> names;
        for (auto& k : c.keywords) {
          expr(*k.value);
          names.push_back(Value(intern(k.arg)));
        }
        load_const(make_tuple(std::move(names)));
        emit(Op::CALL_KW, uint32_t(2 + c.bases.size() + c.keywords.size()));
      }
    }
    for (size_t i = 0; i < c.decorator_list.size(); ++i) emit(Op::CALL, 1);
    name_op(c.name, Ctx::Store);
  }

  // ---- comprehensions -----------------------------------------------------------------------
  void comprehension(const Expr& e) {
    const std::vector<Comprehension>* gens = nullptr;
    switch (e.kind) {
      case ExprKind::ListComp: gens = &e.as<ListComp>().generators; break;
      case ExprKind::SetComp: gens = &e.as<SetComp>().generators; break;
      case ExprKind::DictComp: gens = &e.as<DictComp>().generators; break;
      default: gens = &e.as<GeneratorExp>().generators; break;
    }
    Scope* child = m_table.scope_for(&e);
    CodeGen gen(m_table, child, m_filename, m_library, child_qualname(child->name));
    gen.m_line = e.loc.line;
    gen.m_code->m_firstlineno = e.loc.line;
    gen.m_code->m_argcount = 1;
    gen.m_code->m_flags |= kCoComprehension;
    set_kind_flags(gen.m_code.get(), child);
    if (e.kind == ExprKind::ListComp) gen.emit(Op::BUILD_LIST, 0);
    else if (e.kind == ExprKind::SetComp) gen.emit(Op::BUILD_SET, 0);
    else if (e.kind == ExprKind::DictComp) gen.emit(Op::BUILD_MAP, 0);
    gen.comp_loop(e, *gens, 0);
    if (e.kind == ExprKind::GeneratorExp) gen.load_none();
    gen.emit(Op::RETURN_VALUE);
    Ref<CodeObject> code = gen.finish();
    uint32_t flags = 0;
    if (closure_for(child)) flags |= 8;
    load_const(Value(code.get()));
    emit(Op::MAKE_FUNCTION, flags);
    emit(Op::PUSH_NULL);
    expr(*(*gens)[0].iter);
    emit((*gens)[0].is_async ? Op::GET_AITER : Op::GET_ITER);
    emit(Op::CALL, 1);
    if (child->is_coroutine && !child->is_generator) {
      emit(Op::GET_AWAITABLE, 0);
      load_none();
      send_loop();
    }
  }

  void comp_loop(const Expr& e, const std::vector<Comprehension>& gens, size_t i) {
    const Comprehension& g = gens[i];
    if (i == 0) emit(Op::LOAD_FAST, uint32_t(add_varname(".0")));
    else {
      expr(*g.iter);
      emit(g.is_async ? Op::GET_AITER : Op::GET_ITER);
    }
    int top = here();
    int exit_jump;
    if (g.is_async) {
      exit_jump = emit(Op::SETUP_FINALLY);
      emit(Op::GET_ANEXT);
      load_none();
      send_loop();
      emit(Op::POP_BLOCK);
    } else {
      exit_jump = emit(Op::FOR_ITER);
    }
    store_target(*g.target);
    for (auto& cond : g.ifs) {
      patch(test_jump_if_false(*cond), top);
    }
    if (i + 1 < gens.size()) {
      comp_loop(e, gens, i + 1);
    } else {
      uint32_t depth = uint32_t(gens.size() + 1);
      switch (e.kind) {
        case ExprKind::ListComp:
          expr(*e.as<ListComp>().elt);
          emit(Op::LIST_APPEND, depth);
          break;
        case ExprKind::SetComp:
          expr(*e.as<SetComp>().elt);
          emit(Op::SET_ADD, depth);
          break;
        case ExprKind::DictComp:
          expr(*e.as<DictComp>().key);
          expr(*e.as<DictComp>().value);
          emit(Op::MAP_ADD, depth);
          break;
        default:
          expr(*e.as<GeneratorExp>().elt);
          if (m_scope->is_coroutine) emit(Op::ASYNC_GEN_WRAP);
          emit(Op::YIELD_VALUE, 0);
          emit(Op::POP_TOP);
          break;
      }
    }
    emit(Op::JUMP, uint32_t(top));
    patch_here(exit_jump);
    if (g.is_async) {
      m_depth += 1;
      emit(Op::END_ASYNC_FOR);
    } else {
      m_depth -= 1;
    }
  }

  SymbolTable& m_table;
  Scope* m_scope;
  Ref<CodeObject> m_code;
  std::string m_filename;
  std::string m_qualname;
  bool m_library = false;
  int m_line = 1;
  int m_depth = 0;
  int m_maxdepth = 0;
  std::vector<FBlock> m_fblocks;
};

}  // namespace

Ref<CodeObject> compile_module(const ast::Module& module, const std::string& filename, bool is_library) {
  SymbolTable table(module);
  Scope* root = table.module_scope();
  CodeGen gen(table, root, filename, is_library, "<module>");
  gen.m_code->m_flags |= kCoModule;
  bool annotations = false;
  for (auto& s : module.body)
    if (s->kind == StmtKind::AnnAssign && s->as<AnnAssign>().simple) annotations = true;
  if (annotations) gen.emit(Op::SETUP_ANNOTATIONS);
  if (module.has_docstring) {
    gen.load_const(make_str(module.docstring));
    gen.emit(Op::STORE_NAME, uint32_t(gen.add_name("__doc__")));
  }
  gen.body(module.body, module.has_docstring);
  gen.load_none();
  gen.emit(Op::RETURN_VALUE);
  return gen.finish();
}

}  // namespace ls::lang
