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
