// Python type objects: name, bases, C3 MRO, the class namespace, and native protocol slots.
#pragma once
#include <string>
#include <vector>

#include "engine/lang/object.h"

namespace ls::lang {

struct CallArgs;
struct TupleObject;

enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };
enum class BinOp : uint8_t;  // protocol.h

// Which C++ struct the instances of a type use. A user class inherits its solid base's layout,
// so "class Stack(list)" instances are ListObjects that also carry a __dict__.
enum class Layout : uint8_t {
  Object, Type, Int, Float, Str, List, Tuple, Dict, Set, FrozenSet, Exception, Other,
};

// Native behaviour of a type. All may be null. For user classes the protocol functions first
// look for a Python-level dunder (__repr__, __eq__, ...) defined in a user class of the MRO, and
// otherwise use the slot inherited from the nearest builtin base.
struct TypeSlots {
  Value (*repr)(const Value& self) = nullptr;                   // returns a str value
  Value (*str)(const Value& self) = nullptr;                    // null: use repr
  int64_t (*hash)(const Value& self) = nullptr;                 // null: unhashable unless identity
  // Rich comparison; returns the NotImplemented singleton when it cannot compare.
  Value (*richcompare)(const Value& self, const Value& other, CompareOp op) = nullptr;
  Value (*iter)(const Value& self) = nullptr;                   // iter(x)
  bool (*next)(const Value& self, Value& out) = nullptr;        // next(it): false when exhausted
  int64_t (*len)(const Value& self) = nullptr;
  Value (*getitem)(const Value& self, const Value& key) = nullptr;
  // x[k] = v; a Null 'value' means del x[k].
  void (*setitem)(const Value& self, const Value& key, const Value& value) = nullptr;
  bool (*contains)(const Value& self, const Value& item) = nullptr;
  bool (*truthy)(const Value& self) = nullptr;                  // null: len() if any, else True
  Value (*call)(const Value& self, CallArgs& args) = nullptr;   // calling an instance
  // Calling the type itself: builds the instance (builtin __new__ + __init__). "cls" may be a subclass.
  Value (*construct)(TypeObject* cls, CallArgs& args) = nullptr;
  // Generator-like send: resumes with 'value'. True: suspended, 'out' is the yielded value;
  // false: finished, 'out' is the return value (StopIteration.value). Used by await/yield from.
  bool (*send)(const Value& self, const Value& value, Value& out) = nullptr;
  // Same for throw(exc).
  bool (*throw_)(const Value& self, const Value& exc, Value& out) = nullptr;
  // Descriptor __get__: obj is Null when accessed on the class.
  Value (*descr_get)(const Value& self, const Value& obj, TypeObject* cls) = nullptr;
  // Operators of native types beyond the numbers and builtin sequences (collections.deque's +
  // and *): 'which' is 0 for self OP other, 1 for other OP self (reflected), 2 for self OP= other.
  // Returns NotImplemented when it does not apply.
  Value (*binary)(BinOp op, const Value& self, const Value& other, int which) = nullptr;
  // Descriptor __set__ (data descriptors such as property); a Null value means delete.
  void (*descr_set)(const Value& self, const Value& obj, const Value& value) = nullptr;
};

struct TypeObject : Object {
  std::string m_name;                // "int", "Order"
  std::string m_tp_name;             // CPython's tp_name when it is qualified ("collections.deque"), else ""
  std::string m_qualname;            // "Outer.Inner"
  Value m_module;                    // str: "builtins", "__main__", "asyncio.tasks"
  TypeObject* m_base = nullptr;      // __base__ (the first base), null only for object
  Value m_bases;                     // tuple of bases (keeps them alive)
  std::vector<TypeObject*> m_mro;    // C3 linearization, self first (entries kept alive via m_bases)
  Layout m_layout = Layout::Object;  // C++ layout of the instances
  bool m_heap = false;               // created by a class statement or type(name, bases, ns)
  bool m_has_del = false;            // a __del__ is defined in a user class of the MRO
  uint32_t m_version = 0;            // bumped when the namespace of this type or a base changes
  std::vector<StrObject*> m_slot_names;  // __slots__ of this class (interned)
  bool m_restricted = false;         // instances accept only __slots__ names (no __dict__)
  uint32_t m_dict_size_hint = 0;     // most attributes an instance has had: sizes new instance dicts
  TypeSlots m_slots;                 // native behaviour (inherited from the builtin base)
  // The name CPython's own error messages use (tp_name): "collections.deque", "int", "Order".
  const std::string& tp_name() const { return m_tp_name.empty() ? m_name : m_tp_name; }

  TypeObject(const std::string& name, TypeObject* base, Layout layout);
  ~TypeObject() override;
};

// Creates an immortal builtin type, e.g. new_builtin_type("range", g_object_type, Layout::Other).
TypeObject* new_builtin_type(const std::string& name, TypeObject* base, Layout layout);

// Finds 'name' in the namespaces along the MRO (no descriptor binding). Null when absent.
Value type_lookup(TypeObject* type, StrObject* name);
// object.__new__(cls) for a heap class: an instance with its own dict, reserved for 'room'
// entries or the most the class's instances have had, whichever is more.
Value new_heap_instance(TypeObject* cls, size_t room = 0);
// Same, but only in user (heap) classes before the first builtin type of the MRO: used to find
// Python-level dunder overrides.
Value type_lookup_user(TypeObject* type, StrObject* name);
bool is_subtype(TypeObject* type, TypeObject* base);

}  // namespace ls::lang
