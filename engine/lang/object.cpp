// Heap object lifetime: allocation with memory accounting, and deterministic release.
#include "engine/lang/object.h"

#include <malloc.h>

#include <cstdlib>
#include <new>
#include <vector>

#include "engine/lang/builtin_types.h"
#include "engine/lang/dict_object.h"
#include "engine/lang/exceptions.h"

namespace ls::lang {

std::size_t g_memory_used = 0;
std::size_t g_memory_limit = std::size_t(-1);
static thread_local bool t_count_memory = false;
bool set_count_memory(bool on) {
  bool was = t_count_memory;
  t_count_memory = on;
  return was;
}

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

void memory_limit_exceeded() { throw_exception(new_exception_args(g_MemoryError, Value())); }

// Freed blocks of up to 256 bytes are kept on per-thread lists, one per 16-byte size class,
// and handed out again before malloc is asked: programs create and drop handles, futures,
// bound methods, small tuples and the vectors inside dicts, lists and tuples at a high rate.
// Python objects (Object::operator new) and small C++ allocations (the global operator new, via
// sized delete) share the lists. Every block is a malloc block of its class's full size, so
// free() stays valid for any of them (an unsized delete frees directly). Each list is capped;
// release_object_cache() returns everything to malloc when an engine thread ends. Sanitizer
// builds skip the cache, so that AddressSanitizer still sees every use after free.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kObjectCache = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kObjectCache = false;
#else
constexpr bool kObjectCache = true;
#endif
#else
constexpr bool kObjectCache = true;
#endif
namespace {
constexpr std::size_t kCacheClasses = 16;   // 16, 32, ... 256 bytes
constexpr std::uint32_t kCacheDepth = 4096; // blocks kept per class
struct FreeBlock { FreeBlock* next; };
struct BlockCache {
  FreeBlock* head[kCacheClasses + 1];
  std::uint32_t count[kCacheClasses + 1];
};
thread_local BlockCache t_cache;  // zero-initialised, trivially destructible
}  // namespace

// A block of at least 'size' bytes (null when malloc fails).
static void* cached_alloc(std::size_t size) noexcept {
  std::size_t c = (size + 15) >> 4;
  if (kObjectCache && c <= kCacheClasses) {
    if (c == 0) c = 1;
    if (FreeBlock* p = t_cache.head[c]) {
      t_cache.head[c] = p->next;
      --t_cache.count[c];
      return p;
    }
    size = c << 4;  // the whole class, so the block can serve any request of the class later
  }
  return std::malloc(size ? size : 1);
}

// Gives back a block from cached_alloc(size) (the same size, or one of the same class).
static void cached_free(void* p, std::size_t size) noexcept {
  std::size_t c = (size + 15) >> 4;
  if (c == 0) c = 1;
  if (kObjectCache && c <= kCacheClasses && t_cache.count[c] < kCacheDepth) {
    FreeBlock* f = static_cast<FreeBlock*>(p);
    f->next = t_cache.head[c];
    t_cache.head[c] = f;
    ++t_cache.count[c];
    return;
  }
  std::free(p);
}

void* Object::operator new(std::size_t size) {
  g_memory_used += size;
  void* p = cached_alloc(size);
  if (!p) throw std::bad_alloc();
  return p;
}

void Object::operator delete(void* p, std::size_t size) {
  g_memory_used -= size;
  cached_free(p, size);
}

bool object_cache_enabled() { return kObjectCache; }

void release_object_cache() {
  for (std::size_t c = 0; c <= kCacheClasses; ++c) {
    while (FreeBlock* p = t_cache.head[c]) {
      t_cache.head[c] = p->next;
      std::free(p);
    }
    t_cache.count[c] = 0;
  }
}

static void release_now(Object* o) {
  if ((o->m_flags & kNeedsFinalize) && g_finalize_hook) {
    // Resurrect for the duration of the finalizer; finalize only once.
    o->m_flags &= ~kNeedsFinalize;
    o->m_refcount = 1;
    g_finalize_hook(o);
    if (--o->m_refcount != 0) return;
  }
  delete o;
}

// Deleting an object releases what it holds, which may delete more: a list nested a million
// deep would recurse a million C++ frames and overflow the stack. Past kMaxReleaseDepth nested
// releases, objects are parked and deleted by the outermost release, one at a time (the idea of
// CPython's "trashcan"); the order of __del__ calls for ordinary structures is unchanged.
constexpr int kMaxReleaseDepth = 1000;
static thread_local int t_release_depth = 0;
static thread_local std::vector<Object*>* t_parked = nullptr;

void object_release(Object* o) {
  if (t_release_depth >= kMaxReleaseDepth) {
    if (!t_parked) t_parked = new std::vector<Object*>();
    t_parked->push_back(o);
    return;
  }
  ++t_release_depth;
  release_now(o);
  if (t_release_depth == 1) {
    while (t_parked && !t_parked->empty()) {
      Object* next = t_parked->back();
      t_parked->pop_back();
      release_now(next);
    }
  }
  --t_release_depth;
}

}  // namespace ls::lang

// Every heap allocation made by the thread running a program counts against the memory cap
// (container storage included); the dispatch loop checks the total at instruction boundaries.
// The nothrow forms are replaced too, so that every new comes from the same allocator as the
// delete below (Mesa's LLVM uses them inside the app; a sanitizer's own nothrow new freed by
// our delete is a mismatch).
// A block counts as its size rounded up to 16 bytes (a block-cache class for small blocks): the
// sized delete subtracts the same amount without asking malloc (malloc_usable_size was 2.5% of
// an asyncio program's time). An unsized delete can only ask malloc, which may report a little
// more: the count then errs low by that slack, and never goes below zero.
static inline std::size_t counted_size(std::size_t size) { return (size + 15) & ~std::size_t(15); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  void* p = ls::lang::cached_alloc(size);
  if (p && ls::lang::t_count_memory) ls::lang::g_memory_used += counted_size(size);
  return p;
}
void* operator new(std::size_t size) {
  void* p = ::operator new(size, std::nothrow);
  if (!p) throw std::bad_alloc();
  return p;
}
void* operator new[](std::size_t size) { return ::operator new(size); }
void* operator new[](std::size_t size, const std::nothrow_t& tag) noexcept { return ::operator new(size, tag); }
void operator delete(void* p) noexcept {
  if (!p) return;
  if (ls::lang::t_count_memory) {
    std::size_t n = malloc_usable_size(p);
    ls::lang::g_memory_used = ls::lang::g_memory_used >= n ? ls::lang::g_memory_used - n : 0;
  }
  std::free(p);
}
void operator delete[](void* p) noexcept { ::operator delete(p); }
void operator delete(void* p, std::size_t size) noexcept {
  if (!p) return;
  if (ls::lang::t_count_memory) {
    std::size_t n = counted_size(size);
    ls::lang::g_memory_used = ls::lang::g_memory_used >= n ? ls::lang::g_memory_used - n : 0;
  }
  ls::lang::cached_free(p, size);
}
void operator delete[](void* p, std::size_t size) noexcept { ::operator delete(p, size); }
void operator delete(void* p, const std::nothrow_t&) noexcept { ::operator delete(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { ::operator delete(p); }
