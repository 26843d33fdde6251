// The abstract syntax tree of loopscope's Python 3.12 subset: what the parser produces and the compiler consumes.
//
// Index
//   - Locations ............ Loc (line/col conventions)
//   - Operators ............ BoolOpKind, BinOpKind, UnaryOpKind, CmpOpKind, ExprContext
//   - Expressions .......... Expr base + one struct per kind (ExprKind)
//   - Helper records ....... Arg, Arguments, Keyword, Alias, WithItem, ExceptHandler, Comprehension
//   - Statements ........... Stmt base + one struct per kind (StmtKind)
//   - Module ............... the root
//   - Dump ................. S-expression dump used by tests and `loopscope` debugging
//
// Representation and ownership
//   Every node is a heap object derived from Expr or Stmt. The base carries a `kind` tag; use
//   `node.as<BinOp>()` (a checked-in-debug static_cast) after switching on `kind`. A parent owns
//   its children through std::unique_ptr (ExprPtr / StmtPtr) or std::vector of them; the Module is
//   owned by the ParseResult that parse_module() returns. A null ExprPtr means "absent"
//   (e.g. Return without value), and every such optional field says so in its comment.
//   Some structs serve two kinds that differ only by `async`: FunctionDef (FunctionDef /
//   AsyncFunctionDef), For (For / AsyncFor), With (With / AsyncWith), Try (Try / TryStar).
//
// Field names follow CPython's `ast` module so the mapping is obvious (CPython's Optional → null
// pointer or empty string; CPython's identifier → std::string, UTF-8).
#pragma once
#include <cassert>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ls::lang::ast {

// ============================================================================================
// Locations
// ============================================================================================

// Where a node sits in the source. Lines are 1-based. Columns are 1-based UTF-8 BYTE columns
// within the line: col == CPython's col_offset + 1. end_col is exclusive, also 1-based bytes:
// end_col == CPython's end_col_offset + 1, so the node's text on a one-line node is the bytes
// [col-1, end_col-1) of line `line`.
struct Loc {
  int line = 0;      // first line of the node (1-based)
  int col = 0;       // 1-based byte column of the node's first byte
  int end_line = 0;  // last line of the node (1-based)
  int end_col = 0;   // 1-based byte column just after the node's last byte (exclusive)
};

// ============================================================================================
// Operators
// ============================================================================================

// `and` / `or`.
enum class BoolOpKind : std::uint8_t { And, Or };

// Binary arithmetic and bitwise operators (also used by AugAssign: `x += 1` has op Add).
enum class BinOpKind : std::uint8_t {
  Add,       // +
  Sub,       // -
  Mult,      // *
  MatMult,   // @
  Div,       // /
  Mod,       // %
  Pow,       // **
  LShift,    // <<
  RShift,    // >>
  BitOr,     // |
  BitXor,    // ^
  BitAnd,    // &
  FloorDiv,  // //
};

// Prefix operators.
enum class UnaryOpKind : std::uint8_t {
  Invert,  // ~
  Not,     // not
  UAdd,    // +
  USub,    // -
};

// Comparison operators (a Compare node holds one per link of the chain).
enum class CmpOpKind : std::uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// How a Name / Attribute / Subscript / Starred / List / Tuple is used.
enum class ExprContext : std::uint8_t {
  Load,   // read
  Store,  // assignment / for / with / except-as / comprehension target
  Del,    // del statement target
};

// Spelling of operators for dumps and messages ("+", "not in", ...).
const char* to_string(BoolOpKind op);
const char* to_string(BinOpKind op);
const char* to_string(UnaryOpKind op);
const char* to_string(CmpOpKind op);
const char* to_string(ExprContext ctx);

// ============================================================================================
// Expressions
// ============================================================================================

enum class ExprKind : std::uint8_t {
  BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, List, Tuple,
  ListComp, SetComp, DictComp, GeneratorExp, Await, Yield, YieldFrom, Compare, Call,
  FormattedValue, JoinedStr, Constant, Attribute, Subscript, Starred, Name, Slice,
};
const char* to_string(ExprKind kind);

// Base of every expression node.
struct Expr {
  ExprKind kind;  // which derived struct this is
  Loc loc;        // source span of the whole expression

  explicit Expr(ExprKind k) : kind(k) {}
  virtual ~Expr() = default;
  Expr(const Expr&) = delete;
  Expr& operator=(const Expr&) = delete;

  // Checked downcast: call only after testing `kind`.
  template <class T> T& as() { assert(T::matches(kind)); return static_cast<T&>(*this); }
  template <class T> const T& as() const { assert(T::matches(kind)); return static_cast<const T&>(*this); }
  // True when this node is a T.
  template <class T> bool is() const { return T::matches(kind); }
};
using ExprPtr = std::unique_ptr<Expr>;
using ExprList = std::vector<ExprPtr>;

struct Stmt;
using StmtPtr = std::unique_ptr<Stmt>;
using StmtList = std::vector<StmtPtr>;

// Declares the kind test used by Expr::as / Stmt::as for a struct that serves one kind.
#define LS_AST_KIND(Base, K) \
  static bool matches(Base##Kind k) { return k == Base##Kind::K; }

// `a and b and c` — one node for the whole same-operator chain.
struct BoolOp : Expr {
  LS_AST_KIND(Expr, BoolOp)
  BoolOpKind op = BoolOpKind::And;  // and / or
  ExprList values;                  // two or more operands, left to right
  BoolOp() : Expr(ExprKind::BoolOp) {}
};

// `target := value`.
struct NamedExpr : Expr {
  LS_AST_KIND(Expr, NamedExpr)
  ExprPtr target;  // always a Name with ctx Store
  ExprPtr value;   // the assigned expression
  NamedExpr() : Expr(ExprKind::NamedExpr) {}
};

// `left op right`.
struct BinOp : Expr {
  LS_AST_KIND(Expr, BinOp)
  ExprPtr left;                   // left operand
  BinOpKind op = BinOpKind::Add;  // the operator
  ExprPtr right;                  // right operand
  BinOp() : Expr(ExprKind::BinOp) {}
};

// `op operand` (not, -, +, ~).
struct UnaryOp : Expr {
  LS_AST_KIND(Expr, UnaryOp)
  UnaryOpKind op = UnaryOpKind::Not;  // the operator
  ExprPtr operand;                    // the operand
  UnaryOp() : Expr(ExprKind::UnaryOp) {}
};

// One parameter of a def or lambda.
struct Arg {
  std::string arg;     // parameter name
  ExprPtr annotation;  // `: annotation`, null when absent (always null in a lambda)
  Loc loc;             // span of the name (and annotation when present)
};

// A full parameter list: `def f(a, /, b=1, *args, c, d=2, **kw)`.
struct Arguments {
  std::vector<Arg> posonlyargs;  // parameters before `/`
  std::vector<Arg> args;         // ordinary positional-or-keyword parameters
  std::unique_ptr<Arg> vararg;   // `*args`, null when absent
  std::vector<Arg> kwonlyargs;   // parameters after `*` or `*args`
  ExprList kw_defaults;          // one per kwonlyargs entry; null where that parameter has no default
  std::unique_ptr<Arg> kwarg;    // `**kw`, null when absent
  ExprList defaults;             // defaults of the LAST len(defaults) of posonlyargs+args, in order
};

// `lambda args: body`.
struct Lambda : Expr {
  LS_AST_KIND(Expr, Lambda)
  Arguments args;  // parameters (no annotations)
  ExprPtr body;    // the result expression
  Lambda() : Expr(ExprKind::Lambda) {}
};

// `body if test else orelse`.
struct IfExp : Expr {
  LS_AST_KIND(Expr, IfExp)
  ExprPtr test;    // the condition
  ExprPtr body;    // value when true
  ExprPtr orelse;  // value when false
  IfExp() : Expr(ExprKind::IfExp) {}
};

// `{k: v, **m}`.
struct Dict : Expr {
  LS_AST_KIND(Expr, Dict)
  ExprList keys;    // one per entry; null for a `**mapping` entry
  ExprList values;  // one per entry; for `**mapping` the mapping expression
  Dict() : Expr(ExprKind::Dict) {}
};

// `{a, b, *c}` (never empty: `{}` is a Dict).
struct Set : Expr {
  LS_AST_KIND(Expr, Set)
  ExprList elts;  // elements (may contain Starred)
  Set() : Expr(ExprKind::Set) {}
};

// `[a, b, *c]`, also as an assignment target.
struct List : Expr {
  LS_AST_KIND(Expr, List)
  ExprList elts;                        // elements (may contain Starred)
  ExprContext ctx = ExprContext::Load;  // Load, or Store/Del as a target
  List() : Expr(ExprKind::List) {}
};

// `a, b` or `(a, b)` or `()`, also as an assignment target.
struct Tuple : Expr {
  LS_AST_KIND(Expr, Tuple)
  ExprList elts;                        // elements (may contain Starred)
  ExprContext ctx = ExprContext::Load;  // Load, or Store/Del as a target
  bool parenthesized = false;           // written with its own parentheses (loc then includes them)
  Tuple() : Expr(ExprKind::Tuple) {}
};

// One `for target in iter if cond...` clause of a comprehension.
struct Comprehension {
  ExprPtr target;    // loop target (ctx Store)
  ExprPtr iter;      // iterable
  ExprList ifs;      // zero or more `if` filters, in order
  bool is_async = false;  // `async for`
  Loc loc;           // from `for` (or `async`) to the end of the last `if`
};

// `[elt for ...]`.
struct ListComp : Expr {
  LS_AST_KIND(Expr, ListComp)
  ExprPtr elt;                              // element expression
  std::vector<Comprehension> generators;    // one or more clauses, outermost first
  ListComp() : Expr(ExprKind::ListComp) {}
};

// `{elt for ...}`.
struct SetComp : Expr {
  LS_AST_KIND(Expr, SetComp)
  ExprPtr elt;                              // element expression
  std::vector<Comprehension> generators;    // one or more clauses, outermost first
  SetComp() : Expr(ExprKind::SetComp) {}
};

// `{key: value for ...}`.
struct DictComp : Expr {
  LS_AST_KIND(Expr, DictComp)
  ExprPtr key;                              // key expression
  ExprPtr value;                            // value expression
  std::vector<Comprehension> generators;    // one or more clauses, outermost first
  DictComp() : Expr(ExprKind::DictComp) {}
};

// `(elt for ...)`, also the bare generator argument in `f(x for x in y)`.
struct GeneratorExp : Expr {
  LS_AST_KIND(Expr, GeneratorExp)
  ExprPtr elt;                              // element expression
  std::vector<Comprehension> generators;    // one or more clauses, outermost first
  GeneratorExp() : Expr(ExprKind::GeneratorExp) {}
};

// `await value`. NOTE: loc.line/loc.col are those of `value`'s start (loopscope convention, for
// the task panel's "awaiting at"); the `await` keyword's position is in keyword_line/keyword_col.
// loc.end_* is the end of `value`.
struct Await : Expr {
  LS_AST_KIND(Expr, Await)
  ExprPtr value;         // the awaited expression
  int keyword_line = 0;  // line of the `await` keyword
  int keyword_col = 0;   // 1-based byte column of the `await` keyword
  Await() : Expr(ExprKind::Await) {}
};

// `yield` / `yield value`.
struct Yield : Expr {
  LS_AST_KIND(Expr, Yield)
  ExprPtr value;  // yielded value, null for a bare `yield`
  Yield() : Expr(ExprKind::Yield) {}
};

// `yield from value`.
struct YieldFrom : Expr {
  LS_AST_KIND(Expr, YieldFrom)
  ExprPtr value;  // the delegated-to iterable
  YieldFrom() : Expr(ExprKind::YieldFrom) {}
};

// `left op1 c1 op2 c2 ...` — a chained comparison.
struct Compare : Expr {
  LS_AST_KIND(Expr, Compare)
  ExprPtr left;                  // first operand
  std::vector<CmpOpKind> ops;    // one per link
  ExprList comparators;          // one per link (same length as ops)
  Compare() : Expr(ExprKind::Compare) {}
};

// `name=value` or `**value` in a call or class header.
struct Keyword {
  std::string arg;  // keyword name; EMPTY for a `**mapping` entry
  ExprPtr value;    // the value (or the mapping for `**`)
  Loc loc;          // span of the whole `name=value` / `**value`
};

// `func(args..., keywords...)`.
struct Call : Expr {
  LS_AST_KIND(Expr, Call)
  ExprPtr func;                   // the callee
  ExprList args;                  // positional arguments in order (a `*iterable` is a Starred)
  std::vector<Keyword> keywords;  // keyword and `**` arguments in order
  Call() : Expr(ExprKind::Call) {}
};

// One `{value!conv:spec}` field of an f-string.
struct FormattedValue : Expr {
  LS_AST_KIND(Expr, FormattedValue)
  ExprPtr value;         // the expression inside the braces
  int conversion = -1;   // -1 none, or 'r', 's', 'a' (`{x=}` with no conversion and no spec gets 'r')
  ExprPtr format_spec;   // a JoinedStr (may itself contain FormattedValue fields), null when absent
  FormattedValue() : Expr(ExprKind::FormattedValue) {}
};

// An f-string (after implicit concatenation with neighbouring strings). Literal parts are
// Constant str nodes (adjacent literal text is merged; no empty literal parts), fields are
// FormattedValue. `f"{x=}"` yields [Constant "x=", FormattedValue(x, 'r')]; the literal keeps
// the exact source text of the expression and any spaces around `=`.
struct JoinedStr : Expr {
  LS_AST_KIND(Expr, JoinedStr)
  ExprList values;  // Constant(str) and FormattedValue parts, in order
  JoinedStr() : Expr(ExprKind::JoinedStr) {}
};

// What a Constant holds.
enum class ConstantKind : std::uint8_t {
  NoneValue,   // None  (not `None`: X11 headers #define None/True/False)
  TrueValue,   // True
  FalseValue,  // False
  Ellipsis,  // ...
  Int,       // an int that fits int64: int_value
  BigInt,    // an int that does not fit int64: big_digits in base big_base
  Float,     // float_value
  Str,       // str_value (UTF-8)
  Bytes,     // str_value holds the raw bytes
};

// A literal value.
struct Constant : Expr {
  LS_AST_KIND(Expr, Constant)
  ConstantKind value_kind = ConstantKind::NoneValue;  // which of the fields below is meaningful
  std::int64_t int_value = 0;   // ConstantKind::Int (non-negative: literals carry no sign)
  std::string big_digits;       // ConstantKind::BigInt: digits without prefix or '_', lowercase ("ff..")
  int big_base = 10;            // ConstantKind::BigInt: 2, 8, 10 or 16
  double float_value = 0.0;     // ConstantKind::Float
  std::string str_value;        // ConstantKind::Str: UTF-8 text (a lone surrogate from "\ud800" is
                                // encoded as its 3-byte generalized-UTF-8 form); Bytes: raw bytes
  Constant() : Expr(ExprKind::Constant) {}
};

// `value.attr`.
struct Attribute : Expr {
  LS_AST_KIND(Expr, Attribute)
  ExprPtr value;                        // the object
  std::string attr;                     // attribute name
  ExprContext ctx = ExprContext::Load;  // Load / Store / Del
  Attribute() : Expr(ExprKind::Attribute) {}
};

// `value[slice]`. `a[1:2, 3]` has a Tuple slice containing a Slice and a Constant.
struct Subscript : Expr {
  LS_AST_KIND(Expr, Subscript)
  ExprPtr value;                        // the container
  ExprPtr slice;                        // index expression: any expr, a Slice, or a Tuple of them
  ExprContext ctx = ExprContext::Load;  // Load / Store / Del
  Subscript() : Expr(ExprKind::Subscript) {}
};

// `*value` in a call, display, or assignment target.
struct Starred : Expr {
  LS_AST_KIND(Expr, Starred)
  ExprPtr value;                        // the starred expression
  ExprContext ctx = ExprContext::Load;  // Load, or Store as a target
  Starred() : Expr(ExprKind::Starred) {}
};

// An identifier.
struct Name : Expr {
  LS_AST_KIND(Expr, Name)
  std::string id;                       // the name (UTF-8; NFKC normalization is not applied)
  ExprContext ctx = ExprContext::Load;  // Load / Store / Del
  Name() : Expr(ExprKind::Name) {}
};

// `lower:upper:step` inside a subscript.
struct Slice : Expr {
  LS_AST_KIND(Expr, Slice)
  ExprPtr lower;  // null when omitted
  ExprPtr upper;  // null when omitted
  ExprPtr step;   // null when omitted
  Slice() : Expr(ExprKind::Slice) {}
};

// ============================================================================================
// Statements
// ============================================================================================

enum class StmtKind : std::uint8_t {
  FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign,
  For, AsyncFor, While, If, With, AsyncWith, Raise, Try, TryStar, Assert, Import, ImportFrom,
  Global, Nonlocal, Expr, Pass, Break, Continue,
};
const char* to_string(StmtKind kind);

// Base of every statement node.
struct Stmt {
  StmtKind kind;  // which derived struct this is
  Loc loc;        // source span of the whole statement (a compound one includes its blocks)

  explicit Stmt(StmtKind k) : kind(k) {}
  virtual ~Stmt() = default;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  // Checked downcast: call only after testing `kind`.
  template <class T> T& as() { assert(T::matches(kind)); return static_cast<T&>(*this); }
  template <class T> const T& as() const { assert(T::matches(kind)); return static_cast<const T&>(*this); }
  // True when this node is a T.
  template <class T> bool is() const { return T::matches(kind); }
};

// `def` and `async def` (kind FunctionDef or AsyncFunctionDef).
struct FunctionDef : Stmt {
  static bool matches(StmtKind k) { return k == StmtKind::FunctionDef || k == StmtKind::AsyncFunctionDef; }
  std::string name;         // function name
  Arguments args;           // parameters (annotations kept)
  StmtList body;            // the body; if it starts with a docstring, body[0] is that Expr(Constant str)
  ExprList decorator_list;  // decorators, top to bottom (applied bottom-up)
  ExprPtr returns;          // `-> annotation`, null when absent
  bool has_docstring = false;  // body[0] is a string-literal expression statement (the docstring)
  int def_line = 0;         // line of the `def` keyword (loc starts at `def`, or `async` for async def,
                            // as CPython 3.8+; decorators come before loc)
  explicit FunctionDef(bool is_async = false)
      : Stmt(is_async ? StmtKind::AsyncFunctionDef : StmtKind::FunctionDef) {}
  bool is_async() const { return kind == StmtKind::AsyncFunctionDef; }
};

// `class name(bases, keywords): body`.
struct ClassDef : Stmt {
  LS_AST_KIND(Stmt, ClassDef)
  std::string name;               // class name
  ExprList bases;                 // positional bases (may contain Starred)
  std::vector<Keyword> keywords;  // `metaclass=...` and other keywords, `**kw`
  StmtList body;                  // class body; docstring convention as FunctionDef
  ExprList decorator_list;        // decorators, top to bottom
  bool has_docstring = false;     // body[0] is a string-literal expression statement
  int class_line = 0;             // line of the `class` keyword
  ClassDef() : Stmt(StmtKind::ClassDef) {}
};

// `return` / `return value`.
struct Return : Stmt {
  LS_AST_KIND(Stmt, Return)
  ExprPtr value;  // null for a bare `return`
  Return() : Stmt(StmtKind::Return) {}
};

// `del a, b[0], c.d`.
struct Delete : Stmt {
  LS_AST_KIND(Stmt, Delete)
  ExprList targets;  // targets with ctx Del
  Delete() : Stmt(StmtKind::Delete) {}
};

// `t1 = t2 = value`.
struct Assign : Stmt {
  LS_AST_KIND(Stmt, Assign)
  ExprList targets;  // one or more targets, left to right (assigned left to right), ctx Store
  ExprPtr value;     // the value (may be a Tuple for `a = 1, 2`, or a Yield)
  Assign() : Stmt(StmtKind::Assign) {}
};

// `target op= value`.
struct AugAssign : Stmt {
  LS_AST_KIND(Stmt, AugAssign)
  ExprPtr target;                 // Name, Attribute or Subscript, ctx Store
  BinOpKind op = BinOpKind::Add;  // the operator (`+=` → Add)
  ExprPtr value;                  // the right-hand side
  AugAssign() : Stmt(StmtKind::AugAssign) {}
};

// `target: annotation [= value]`.
struct AnnAssign : Stmt {
  LS_AST_KIND(Stmt, AnnAssign)
  ExprPtr target;      // Name, Attribute or Subscript, ctx Store
  ExprPtr annotation;  // the annotation expression (never evaluated in a function body)
  ExprPtr value;       // null when there is no `= value`
  bool simple = false; // target is a bare Name without parentheses (recorded in __annotations__)
  AnnAssign() : Stmt(StmtKind::AnnAssign) {}
};

// `for` / `async for` (kind For or AsyncFor).
struct For : Stmt {
  static bool matches(StmtKind k) { return k == StmtKind::For || k == StmtKind::AsyncFor; }
  ExprPtr target;   // loop target, ctx Store
  ExprPtr iter;     // the iterable
  StmtList body;    // loop body
  StmtList orelse;  // `else:` block, empty when absent
  explicit For(bool is_async = false) : Stmt(is_async ? StmtKind::AsyncFor : StmtKind::For) {}
  bool is_async() const { return kind == StmtKind::AsyncFor; }
};

// `while test: body else: orelse`.
struct While : Stmt {
  LS_AST_KIND(Stmt, While)
  ExprPtr test;     // loop condition
  StmtList body;    // loop body
  StmtList orelse;  // `else:` block, empty when absent
  While() : Stmt(StmtKind::While) {}
};

// `if test: body` with `elif` chains represented as an If nested alone in orelse (as CPython).
struct If : Stmt {
  LS_AST_KIND(Stmt, If)
  ExprPtr test;     // condition
  StmtList body;    // block when true
  StmtList orelse;  // `else:` block, or a single nested If for `elif`; empty when absent
  If() : Stmt(StmtKind::If) {}
};

// One `expr [as target]` of a with statement.
struct WithItem {
  ExprPtr context_expr;   // the context manager expression
  ExprPtr optional_vars;  // `as` target (ctx Store), null when absent
};

// `with` / `async with` (kind With or AsyncWith), including the parenthesized form.
struct With : Stmt {
  static bool matches(StmtKind k) { return k == StmtKind::With || k == StmtKind::AsyncWith; }
  std::vector<WithItem> items;  // one or more items, entered left to right
  StmtList body;                // the block
  explicit With(bool is_async = false) : Stmt(is_async ? StmtKind::AsyncWith : StmtKind::With) {}
  bool is_async() const { return kind == StmtKind::AsyncWith; }
};

// `raise` / `raise exc` / `raise exc from cause`.
struct Raise : Stmt {
  LS_AST_KIND(Stmt, Raise)
  ExprPtr exc;    // null for a bare re-raise
  ExprPtr cause;  // `from cause`, null when absent (`from None` is a Constant None)
  Raise() : Stmt(StmtKind::Raise) {}
};

// One `except [type [as name]]: body` (or `except* type`) clause.
struct ExceptHandler {
  ExprPtr type;      // exception type expression, null for a bare `except:`
  std::string name;  // `as name`, empty when absent
  StmtList body;     // handler block
  Loc loc;           // from `except` to the end of the block
};

// `try` (kind Try) or a try with `except*` clauses (kind TryStar).
struct Try : Stmt {
  static bool matches(StmtKind k) { return k == StmtKind::Try || k == StmtKind::TryStar; }
  StmtList body;                        // the try block
  std::vector<ExceptHandler> handlers;  // except clauses in order (may be empty with finally)
  StmtList orelse;                      // `else:` block, empty when absent
  StmtList finalbody;                   // `finally:` block, empty when absent
  explicit Try(bool is_star = false) : Stmt(is_star ? StmtKind::TryStar : StmtKind::Try) {}
  bool is_star() const { return kind == StmtKind::TryStar; }
};

// `assert test, msg`.
struct Assert : Stmt {
  LS_AST_KIND(Stmt, Assert)
  ExprPtr test;  // the asserted condition
  ExprPtr msg;   // message expression, null when absent
  Assert() : Stmt(StmtKind::Assert) {}
};

// `name [as asname]` in an import.
struct Alias {
  std::string name;    // dotted module name ("a.b.c"), an imported name, or "*"
  std::string asname;  // `as` name, empty when absent
  Loc loc;             // span of the alias
};

// `import a.b as c, d`.
struct Import : Stmt {
  LS_AST_KIND(Stmt, Import)
  std::vector<Alias> names;  // one or more modules
  Import() : Stmt(StmtKind::Import) {}
};

// `from ..module import a as b, c` / `from . import x` / `from m import *`.
struct ImportFrom : Stmt {
  LS_AST_KIND(Stmt, ImportFrom)
  std::string module;        // dotted module name after the dots; empty for `from . import x`
  std::vector<Alias> names;  // imported names; a single Alias "*" for a star import
  int level = 0;             // number of leading dots (0 = absolute import)
  ImportFrom() : Stmt(StmtKind::ImportFrom) {}
};

// `global a, b`.
struct Global : Stmt {
  LS_AST_KIND(Stmt, Global)
  std::vector<std::string> names;  // declared names
  Global() : Stmt(StmtKind::Global) {}
};

// `nonlocal a, b`.
struct Nonlocal : Stmt {
  LS_AST_KIND(Stmt, Nonlocal)
  std::vector<std::string> names;  // declared names
  Nonlocal() : Stmt(StmtKind::Nonlocal) {}
};

// An expression used as a statement (calls, docstrings, bare awaits, yields).
struct ExprStmt : Stmt {
  LS_AST_KIND(Stmt, Expr)
  ExprPtr value;  // the expression
  ExprStmt() : Stmt(StmtKind::Expr) {}
};

// `pass`.
struct Pass : Stmt {
  LS_AST_KIND(Stmt, Pass)
  Pass() : Stmt(StmtKind::Pass) {}
};

// `break`.
struct Break : Stmt {
  LS_AST_KIND(Stmt, Break)
  Break() : Stmt(StmtKind::Break) {}
};

// `continue`.
struct Continue : Stmt {
  LS_AST_KIND(Stmt, Continue)
  Continue() : Stmt(StmtKind::Continue) {}
};

#undef LS_AST_KIND

// ============================================================================================
// Module
// ============================================================================================

// A whole source file.
struct Module {
  StmtList body;               // top-level statements; a docstring stays as body[0] (see has_docstring)
  bool has_docstring = false;  // body[0] is a string-literal expression statement
  std::string docstring;       // its text (empty when has_docstring is false); the lesson metadata lives here
};

// ============================================================================================
// Dump
// ============================================================================================

// An S-expression rendering, one line, e.g. `(Module (Assign (Name x Store) (Constant 1)))`.
// Used by tests; `with_locations` appends `@line:col` to every node.
std::string dump(const Module& module, bool with_locations = false);
std::string dump(const Expr& expr, bool with_locations = false);
std::string dump(const Stmt& stmt, bool with_locations = false);

}  // namespace ls::lang::ast
