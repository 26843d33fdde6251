// The Python modules compiled into loopscope (stdlib subset from engine/lib, asyncio from engine/aio).
#pragma once
#include <cstddef>

namespace ls::lang {

// One module's source, generated at build time by cmake/embed_modules.cmake.
struct EmbeddedModule {
  const char* name;      // dotted module name: "functools", "asyncio", "asyncio.tasks"
  const char* filename;  // shown in tracebacks: "<loopscope>/asyncio/tasks.py"
  bool is_package;       // true for an __init__.py (the module may have submodules)
  const char* source;    // the Python source text, UTF-8
};

// Every embedded module, terminated by an entry whose name is nullptr.
extern const EmbeddedModule kEmbeddedModules[];
extern const std::size_t kEmbeddedModuleCount;

}  // namespace ls::lang
