// Engine work on a thread with a large C++ stack (see large_stack.h).
#include "engine/lang/large_stack.h"

#include <pthread.h>

#include <exception>
#include <type_traits>

#include "engine/lang/object.h"

namespace ls::lang {

static_assert(sizeof(pthread_t) <= sizeof(unsigned long) && std::is_integral_v<pthread_t>,
              "LargeStackThread keeps the pthread_t in an unsigned long");

LargeStackThread::~LargeStackThread() { join(); }

void* LargeStackThread::trampoline(void* self) {
  static_cast<LargeStackThread*>(self)->m_fn();
  release_object_cache();  // the blocks this engine thread kept for reuse
  return nullptr;
}

bool LargeStackThread::start(std::function<void()> fn, std::size_t bytes) {
  if (m_started) return false;
  m_fn = std::move(fn);
  pthread_attr_t attr;
  if (pthread_attr_init(&attr) != 0) return false;
  pthread_attr_setstacksize(&attr, bytes);
  pthread_t handle;
  int rc = pthread_create(&handle, &attr, &LargeStackThread::trampoline, this);
  pthread_attr_destroy(&attr);
  if (rc != 0) return false;
  m_handle = static_cast<unsigned long>(handle);
  m_started = true;
  return true;
}

void LargeStackThread::join() {
  if (!m_started) return;
  pthread_join(static_cast<pthread_t>(m_handle), nullptr);
  m_started = false;
}

void run_with_large_stack(const std::function<void()>& fn, std::size_t bytes) {
  std::exception_ptr error;
  LargeStackThread thread;
  bool started = thread.start(
      [&] {
        try {
          fn();
        } catch (...) {
          error = std::current_exception();
        }
      },
      bytes);
  if (!started) {
    fn();  // e.g. the address-space limit leaves no room for the big stack
    return;
  }
  thread.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace ls::lang
