// Compiler: the bytecode of small snippets, as shown by the disassembler.
#include <doctest/doctest.h>

#include "engine/lang/code.h"
#include "engine/lang/compiler.h"
#include "engine/lang/parser.h"

using namespace ls::lang;

static std::string dis(const std::string& src) {
  init_builtin_types();
  ParseResult pr = parse_module(src, "snippet.py");
  REQUIRE(pr.ok());
  Ref<CodeObject> code = compile_module(*pr.module, "snippet.py", false);
  return disassemble(code.get());
}

TEST_CASE("a function body uses fast locals and the line table") {
  std::string d = dis("def f(a):\n    b = a + 1\n    return b\n");
  CHECK(d.find("Disassembly of <code object f, file \"snippet.py\", line 1>:") != std::string::npos);
  CHECK(d.find("   2      0 LOAD_FAST             0 (a)") != std::string::npos);
  CHECK(d.find("STORE_FAST            1 (b)") != std::string::npos);
  CHECK(d.find("   3      4 LOAD_FAST             1 (b)") != std::string::npos);
  CHECK(d.find("RETURN_VALUE") != std::string::npos);
}

TEST_CASE("closures use cells and free variables") {
  std::string d = dis("def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n");
  CHECK(d.find("LOAD_CLOSURE          0 (x)") != std::string::npos);
  CHECK(d.find("LOAD_DEREF            0 (x)") != std::string::npos);
  CHECK(d.find("MAKE_FUNCTION         8") != std::string::npos);
}

TEST_CASE("await compiles to a SEND/YIELD_VALUE loop on the awaited expression's line") {
  std::string d = dis("async def f(x):\n    await (\n        x)\n");
  // The awaited expression starts on line 3: LOAD_FAST, GET_AWAITABLE and the loop carry line 3.
  CHECK(d.find("   3      0 LOAD_FAST             0 (x)\n          1 GET_AWAITABLE         0") != std::string::npos);
  CHECK(d.find("SEND") != std::string::npos);
  CHECK(d.find("YIELD_VALUE           1") != std::string::npos);
}

TEST_CASE("method calls use LOAD_METHOD and keyword calls CALL_KW") {
  std::string d = dis("obj.run(1, key=2)\n");
  CHECK(d.find("LOAD_METHOD           1 (run)") != std::string::npos);
  CHECK(d.find("CALL_KW               2") != std::string::npos);
}

TEST_CASE("a call of a global name pushes the callable and its Null in one instruction") {
  std::string d = dis("def f(x):\n    return g(x)\n");
  CHECK(d.find("LOAD_GLOBAL_NULL      0 (g)\n") != std::string::npos);
  CHECK(d.find("PUSH_NULL") == std::string::npos);
  SUBCASE("a global that is only read keeps LOAD_GLOBAL") {
    std::string r = dis("def f():\n    return g\n");
    CHECK(r.find("LOAD_GLOBAL           0 (g)\n") != std::string::npos);
    CHECK(r.find("LOAD_GLOBAL_NULL") == std::string::npos);
  }
  SUBCASE("a callee that is a conditional expression ending in a global keeps its PUSH_NULL") {
    // The PUSH_NULL is a jump target of the other branch: it must stay an instruction of its own.
    std::string r = dis("def f(c):\n    return (g if c else h)()\n");
    CHECK(r.find("LOAD_GLOBAL_NULL") == std::string::npos);
    CHECK(r.find("PUSH_NULL") != std::string::npos);
  }
}

TEST_CASE("a single comparison that tests an if, while or filter jumps in the same instruction") {
  std::string d = dis("def f(a, b):\n    if a < b:\n        return 1\n    return 2\n");
  CHECK(d.find("COMPARE_JUMP_IF_FALSE 5 (to 5) compare 0\n") != std::string::npos);
  CHECK(d.find("POP_JUMP_IF_FALSE") == std::string::npos);
  CHECK(dis("def f(a):\n    while a != 0:\n        a -= 1\n").find("COMPARE_JUMP_IF_FALSE") != std::string::npos);
  CHECK(dis("def f(xs):\n    return [x for x in xs if x >= 2]\n").find("COMPARE_JUMP_IF_FALSE") != std::string::npos);
  SUBCASE("other tests keep COMPARE_OP or POP_JUMP_IF_FALSE") {
    // A comparison after `or` ends where the short-circuit jump lands: fusing would skip its test.
    std::string r = dis("def f(x, a, b):\n    if x or a < b:\n        return 1\n");
    CHECK(r.find("COMPARE_JUMP_IF_FALSE") == std::string::npos);
    CHECK(r.find("POP_JUMP_IF_FALSE") != std::string::npos);
    CHECK(dis("def f(a, b, c):\n    if a < b < c:\n        return 1\n").find("COMPARE_JUMP_IF_FALSE") == std::string::npos);
    CHECK(dis("def f(a, b):\n    if a in b:\n        return 1\n").find("COMPARE_JUMP_IF_FALSE") == std::string::npos);
    CHECK(dis("def f(a, b):\n    return a < b\n").find("COMPARE_OP") != std::string::npos);
  }
}
