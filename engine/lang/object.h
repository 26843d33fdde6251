// The Python value model: a 16-byte tagged Value (inline None/bool/int64/float) and the refcounted heap Object.
//
// Index:
//   Object  - base of every heap object (refcount, type, optional instance __dict__)
//   Value   - what the VM pushes, stores and passes: owns one reference when it holds an Object
//   Ref<T>  - an owning typed pointer to a heap object (same refcounting as Value)
#pragma once
#include <cstddef>
#include <cstdint>
#include <utility>

namespace ls::lang {

struct TypeObject;
struct DictObject;
struct StrObject;

// Live bytes of Python objects (checked against RunOptions::max_memory by the allocator).
extern std::size_t g_memory_used;
extern std::size_t g_memory_limit;
// Counts the allocations of the calling thread (the one running a program) or stops counting;
// returns the previous setting. The flag is thread_local inside object.cpp (GCC's TLS wrapper
// for an extern thread_local trips UBSan's null check).
bool set_count_memory(bool on);
// Throws MemoryError when 'bytes' more would pass the memory cap. Call it before a big allocation
// (list/str repetition, list growth) so that "[0] * 10**10" fails before allocating.
void memory_reserve_check(std::size_t bytes);
// Raises MemoryError when the live allocations already exceed the cap (call in long native loops).
[[noreturn]] void memory_limit_exceeded();
inline void check_memory() {
  if (g_memory_used > g_memory_limit) memory_limit_exceeded();
}
// Frees the calling thread's cache of released object blocks (engine threads call it on exit).
void release_object_cache();
// False in sanitizer builds, where every object gets its own malloc block.
bool object_cache_enabled();

// Base of every heap object. Objects are created with refcount 0 and owned through Value/Ref.
// When the last reference goes, object_release() runs __del__ (if any) and deletes it at once,
// like CPython: finalization is deterministic. Cycles leak.
struct Object {
  uint32_t m_refcount = 0;      // number of owning references; immortal objects start huge
  uint32_t m_flags = 0;         // per-kind bits (see each kind)
  TypeObject* m_type;           // the Python type; heap types are kept alive by their instances
  DictObject* m_dict = nullptr; // instance __dict__ (user-class instances, modules, functions, types)

  explicit Object(TypeObject* type);
  virtual ~Object();
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;

  static void* operator new(std::size_t size);
  static void operator delete(void* p, std::size_t size);
};

// Called when a refcount drops to zero (runs __del__, then deletes).
void object_release(Object* o);
// Runs __del__ / generator finalization for objects flagged kNeedsFinalize (set by the VM;
// null while a stopped run releases its objects quietly).
extern void (*g_finalize_hook)(Object*);
inline void incref(Object* o) { ++o->m_refcount; }
inline void decref(Object* o) {
  if (--o->m_refcount == 0) object_release(o);
}
// m_flags bit: run the finalize hook (__del__, generator close, never-awaited warning) before deletion.
constexpr uint32_t kNeedsFinalize = 1u << 31;
constexpr uint32_t kImmortalRefcount = 1u << 30;
// Makes a statically-lived object (type objects, None-like singletons) never die.
inline void make_immortal(Object* o) { o->m_refcount = kImmortalRefcount; }

enum class Tag : uint8_t {
  Null,   // no value: empty local slot, "missing" marker; never visible to Python code
  None,   // None
  Bool,   // True/False (bool is a subclass of int; arithmetic treats it as 0/1)
  Int,    // int that fits int64 (larger ints are IntObject, see int_object.h)
  Float,  // float (IEEE double)
  Obj,    // pointer to a heap Object (str, list, BigInt, instances, ...)
};

// Every dispatch-loop push, pop and store is one of these: GCC would outline them (a call per
// stack operation), so they are forced inline.
#define LS_ALWAYS_INLINE inline __attribute__((always_inline))

// A Python value. Copying increments the refcount of a held Object, destruction decrements it.
class Value {
 public:
  Value() noexcept : m_tag(Tag::Null), m_i(0) {}
  Value(Object* o) noexcept : m_tag(o ? Tag::Obj : Tag::Null), m_o(o) {  // NOLINT: implicit, takes a new reference
    if (o) incref(o);
  }
  Value(int) = delete;      // use Value::integer / Value::boolean / Value::real
  Value(double) = delete;
  LS_ALWAYS_INLINE Value(const Value& v) noexcept : m_tag(v.m_tag), m_i(v.m_i) {
    if (m_tag == Tag::Obj) incref(m_o);
  }
  LS_ALWAYS_INLINE Value(Value&& v) noexcept : m_tag(v.m_tag), m_i(v.m_i) { v.m_tag = Tag::Null; }
  LS_ALWAYS_INLINE ~Value() {
    if (m_tag == Tag::Obj) decref(m_o);
  }
  LS_ALWAYS_INLINE Value& operator=(const Value& v) noexcept {
    if (v.m_tag == Tag::Obj) incref(v.m_o);
    Value old(std::move(*this));
    m_tag = v.m_tag;
    m_i = v.m_i;
    return *this;
  }
  LS_ALWAYS_INLINE Value& operator=(Value&& v) noexcept {
    if (this != &v) {
      Value old(std::move(*this));
      m_tag = v.m_tag;
      m_i = v.m_i;
      v.m_tag = Tag::Null;
    }
    return *this;
  }

  static Value none() { Value v; v.m_tag = Tag::None; return v; }
  static Value boolean(bool b) { Value v; v.m_tag = Tag::Bool; v.m_i = b ? 1 : 0; return v; }
  static Value integer(int64_t i) { Value v; v.m_tag = Tag::Int; v.m_i = i; return v; }
  static Value real(double d) { Value v; v.m_tag = Tag::Float; v.m_f = d; return v; }
  // Wraps 'o' WITHOUT incrementing (the caller hands over a reference it owns).
  static Value steal(Object* o) { Value v; if (o) { v.m_tag = Tag::Obj; v.m_o = o; } return v; }
  // Releases ownership: returns the object pointer without decrementing.
  Object* release() { Object* o = m_tag == Tag::Obj ? m_o : nullptr; m_tag = Tag::Null; return o; }

  Tag tag() const { return m_tag; }
  bool is_null() const { return m_tag == Tag::Null; }
  bool is_none() const { return m_tag == Tag::None; }
  bool is_bool() const { return m_tag == Tag::Bool; }
  bool is_int() const { return m_tag == Tag::Int; }          // inline int64 only (not bool, not BigInt)
  bool is_float() const { return m_tag == Tag::Float; }
  bool is_obj() const { return m_tag == Tag::Obj; }
  bool as_bool() const { return m_i != 0; }
  int64_t as_int() const { return m_i; }                      // valid for Int and Bool
  double as_float() const { return m_f; }
  Object* obj() const { return m_o; }                         // valid for Obj
  template <class T> T* as() const { return static_cast<T*>(m_o); }
  // Same object / same inline payload ("is").
  bool is(const Value& o) const { return m_tag == o.m_tag && m_i == o.m_i; }
  explicit operator bool() const = delete;  // use truthy() from protocol.h or is_null()

 private:
  Tag m_tag;
  union {
    int64_t m_i;
    double m_f;
    Object* m_o;
  };
};
static_assert(sizeof(Value) == 16);

// Owning typed pointer to a heap object.
template <class T>
class Ref {
 public:
  Ref() = default;
  Ref(T* p) : m_p(p) { if (m_p) incref(m_p); }  // NOLINT
  Ref(const Ref& r) : m_p(r.m_p) { if (m_p) incref(m_p); }
  Ref(Ref&& r) noexcept : m_p(r.m_p) { r.m_p = nullptr; }
  ~Ref() { if (m_p) decref(m_p); }
  Ref& operator=(Ref r) noexcept { std::swap(m_p, r.m_p); return *this; }
  T* get() const { return m_p; }
  T* operator->() const { return m_p; }
  T& operator*() const { return *m_p; }
  explicit operator bool() const { return m_p != nullptr; }
  Value value() const { return Value(static_cast<Object*>(m_p)); }
  operator Value() const { return value(); }  // NOLINT

 private:
  T* m_p = nullptr;
};

}  // namespace ls::lang
