// Entry points the builtins engineer implements in engine/lang/builtins/*.cpp; the interpreter
// calls each once at start-up, after the core types exist.
#pragma once

namespace ls::lang {

struct ModuleObject;

void install_builtin_functions(ModuleObject* builtins);  // builtin_functions.cpp: print, len, sorted, ...
void install_str_methods();                              // str_methods.cpp
void install_list_methods();                             // list_methods.cpp
void install_dict_methods();                             // dict_methods.cpp
void install_set_methods();                              // set_methods.cpp
void install_tuple_methods();                            // tuple_methods.cpp
void install_int_float_methods();                        // int_float_methods.cpp
ModuleObject* create_module_time();                      // module_time.cpp
ModuleObject* create_module_math();                      // module_math.cpp
ModuleObject* create_module_collections_native();        // module_collections.cpp (_collections: deque)
ModuleObject* create_module_heapq_native();              // module_heapq.cpp (_heapq)
ModuleObject* create_module_contextvars_native();         // module_contextvars.cpp (_contextvars)
ModuleObject* create_module_sys();                       // module_sys.cpp
ModuleObject* create_module_loopscope();                 // module_loopscope.cpp (_loopscope)

}  // namespace ls::lang
