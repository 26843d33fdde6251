// Heap object lifetime: allocation with memory accounting, and deterministic release.
#include "engine/lang/object.h"

#include <cstdlib>
#include <new>

#include "engine/lang/builtin_types.h"
#include "engine/lang/dict_object.h"
#include "engine/lang/exceptions.h"

namespace ls::lang {

std::size_t g_memory_used = 0;
std::size_t g_memory_limit = std::size_t(-1);

// Set by the VM: runs __del__ / generator finalization for objects flagged kNeedsFinalize.
void (*g_finalize_hook)(Object*) = nullptr;

Object::Object(TypeObject* type) : m_type(type) {
  if (type) incref(type);
}

Object::~Object() {
  if (m_dict) decref(m_dict);
  if (m_type) decref(m_type);
}

void memory_reserve_check(std::size_t bytes) {
  if (bytes > g_memory_limit || g_memory_used + bytes > g_memory_limit) {
    throw_exception(new_exception_args(g_MemoryError, Value()));
  }
}

void* Object::operator new(std::size_t size) {
  g_memory_used += size;
  void* p = std::malloc(size);
  if (!p) throw std::bad_alloc();
  return p;
}

void Object::operator delete(void* p, std::size_t size) {
  g_memory_used -= size;
  std::free(p);
}

void object_release(Object* o) {
  if ((o->m_flags & kNeedsFinalize) && g_finalize_hook) {
    // Resurrect for the duration of the finalizer; finalize only once.
    o->m_flags &= ~kNeedsFinalize;
    o->m_refcount = 1;
    g_finalize_hook(o);
    if (--o->m_refcount != 0) return;
  }
  delete o;
}

}  // namespace ls::lang
