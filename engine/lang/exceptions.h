// Python exception objects, the builtin exception hierarchy, and raising Python exceptions from C++.
//
//   throw_type_error("can only concatenate str (not \"int\") to str");
//   raise_error(Err::NoAttribute, type_of(v)->m_name, name);   // from the errors.def table
//   throw_error(g_KeyError, repr(key));                        // args = (key,) for KeyError
// Native code throws a C++ PyException; the VM turns it into a Python exception at the current
// instruction (adds the traceback entry, sets __context__). To catch one in C++:
//   try { ... } catch (PyException& e) { if (e.matches(g_StopIteration)) ...; else throw; }
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "engine/lang/builtin_types.h"

namespace ls::lang {

struct BaseExceptionObject : Object {
  Value m_args;              // tuple
  Value m_traceback;         // TracebackObject or None
  Value m_cause;             // __cause__ (None when unset)
  Value m_context;           // __context__ (None when unset)
  bool m_suppress_context = false;
  Value m_notes;             // list of notes (add_note) or Null
  Value m_group;             // exception groups: the tuple behind .exceptions (args[1] is the sequence as given)
  std::string m_suggestion;  // NameError: ". Did you mean: 'x'?" text appended when printed
  Value m_attr_obj;          // AttributeError raised by the VM: the object (for "Did you mean")
  Value m_attr_name;         // AttributeError raised by the VM: the missing name
  explicit BaseExceptionObject(TypeObject* type);
};

// One entry of a traceback: where a frame was when the exception passed through it.
struct CodeObject;
struct TracebackObject : Object {
  // The local variables of the frame this entry is for, when the exception left that frame:
  // CPython's traceback keeps the frame, and so its locals, alive as long as the exception.
  // Declared first so that it is released last, after the inner entries (as CPython does).
  Value m_locals;            // a tuple, or Null
  Value m_next;              // the next (inner) entry or None
  CodeObject* m_code;        // owned reference
  int m_line;                // line number in that code
  TracebackObject(Value next, CodeObject* code, int line);
  ~TracebackObject() override;
};

// The C++ carrier of a raised Python exception.
struct PyException {
  Value m_exc;  // a BaseExceptionObject (or subclass instance)
  explicit PyException(Value exc) : m_exc(std::move(exc)) {}
  bool matches(TypeObject* type) const;
  BaseExceptionObject* exc() const { return m_exc.as<BaseExceptionObject>(); }
};

// The builtin exception types.
extern TypeObject *g_BaseException, *g_Exception, *g_ArithmeticError, *g_ZeroDivisionError,
    *g_OverflowError, *g_LookupError, *g_KeyError, *g_IndexError, *g_ValueError, *g_TypeError,
    *g_NameError, *g_UnboundLocalError, *g_AttributeError, *g_RuntimeError, *g_RecursionError,
    *g_NotImplementedError, *g_StopIteration, *g_StopAsyncIteration, *g_GeneratorExit,
    *g_KeyboardInterrupt, *g_SystemExit, *g_AssertionError, *g_ImportError, *g_ModuleNotFoundError,
    *g_MemoryError, *g_TimeoutError, *g_OSError, *g_UnicodeError, *g_UnicodeDecodeError,
    *g_UnicodeEncodeError, *g_BaseExceptionGroup, *g_ExceptionGroup, *g_Warning,
    *g_RuntimeWarning, *g_DeprecationWarning, *g_UserWarning, *g_EOFError, *g_BufferError,
    *g_FloatingPointError, *g_SyntaxError, *g_ConnectionError, *g_FileNotFoundError,
    *g_PermissionError, *g_EnvironmentError, *g_IOError,
    *g_ProcessLookupError, *g_InterruptedError, *g_ChildProcessError, *g_BlockingIOError,
    *g_BrokenPipeError, *g_ConnectionResetError, *g_ConnectionAbortedError,
    *g_ConnectionRefusedError, *g_IsADirectoryError, *g_NotADirectoryError, *g_FileExistsError,
    *g_ResourceWarning, *g_FutureWarning, *g_PendingDeprecationWarning, *g_SyntaxWarning,
    *g_ImportWarning, *g_UnicodeWarning, *g_BytesWarning, *g_EncodingWarning, *g_TabError,
    *g_IndentationError, *g_SystemError, *g_ReferenceError, *g_UnicodeTranslateError;

// Error ids from errors.def.
enum class Err {
#define ERROR(id, type, text) id,
#include "engine/lang/errors.def"
#undef ERROR
};

// Creates an exception instance: type(*args) for native types.
Value new_exception(TypeObject* type, std::string_view message);
Value new_exception_args(TypeObject* type, Value args_tuple);
// Sets ImportError.name (read-only from Python, as in CPython) on a freshly made exception.
void set_import_error_name(const Value& exc, const Value& name);

[[noreturn]] void throw_exception(Value exc);  // raise exc (instance)
[[noreturn]] void throw_error(TypeObject* type, std::string_view message);
// KeyError(key) with the key object itself as args[0].
[[noreturn]] void throw_key_error(const Value& key);
[[noreturn]] void throw_type_error(std::string_view message);
[[noreturn]] void throw_value_error(std::string_view message);
[[noreturn]] void throw_index_error(std::string_view message);
[[noreturn]] void throw_attribute_error(std::string_view message);
[[noreturn]] void throw_runtime_error(std::string_view message);
[[noreturn]] void throw_overflow_error(std::string_view message);
[[noreturn]] void throw_zero_division(std::string_view message);
[[noreturn]] void throw_stop_iteration(Value value);
// StopIteration(value) (no args when value is None or Null), not raised.
Value new_stop_iteration(Value value);

// Formats the errors.def message 'id' with 'args' (each a string) and throws it.
std::string error_text(Err id, std::initializer_list<std::string_view> args);
[[noreturn]] void raise_error(Err id, std::initializer_list<std::string_view> args = {});

// CPython's "Did you mean" choice: the closest of 'candidates' to 'wrong', or "" (Levenshtein rules of traceback.py).
std::string closest_name(const std::string& wrong, const std::vector<std::string>& candidates);
bool is_stdlib_module_name(const std::string& name);

// str(exc) and the "ValueError: msg" line of a traceback.
std::string exception_str(const Value& exc);
std::string exception_line(const Value& exc);
// Prints "Traceback (most recent call last): ..." with chained causes/contexts, like CPython.
void print_traceback(const Value& exc, std::string& out);

}  // namespace ls::lang
