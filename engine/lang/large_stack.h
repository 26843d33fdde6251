// Engine work on a thread with a large C++ stack: the front end (parser, scopes, compiler)
// recurses over the syntax tree, and sanitizer builds use several times more stack per frame.
#pragma once

#include <cstddef>
#include <functional>

namespace ls::lang {

// The stack a program runs on: 256 MiB of address space, touched only as deep as it is used.
inline constexpr std::size_t kEngineStackBytes = std::size_t(256) << 20;

// A joinable thread whose stack is `bytes` large (std::thread cannot choose its stack size).
class LargeStackThread {
 public:
  LargeStackThread() = default;
  LargeStackThread(const LargeStackThread&) = delete;
  LargeStackThread& operator=(const LargeStackThread&) = delete;
  ~LargeStackThread();  // joins a thread still running
  // Starts `fn` on the new thread; false when no such thread could be made (nothing runs).
  bool start(std::function<void()> fn, std::size_t bytes = kEngineStackBytes);
  bool joinable() const { return m_started; }
  void join();

 private:
  static void* trampoline(void* self);
  std::function<void()> m_fn;  // what the thread runs
  unsigned long m_handle = 0;  // pthread_t
  bool m_started = false;      // a thread was made and not joined yet
};

// Runs `fn` to completion on a large-stack thread and waits for it; an exception `fn` throws
// is rethrown here. When no thread can be made, `fn` runs on the calling thread instead.
void run_with_large_stack(const std::function<void()>& fn, std::size_t bytes = kEngineStackBytes);

}  // namespace ls::lang
