// engine/lang/large_stack: engine work runs on a thread with a 256 MiB stack.
#include <doctest/doctest.h>

#include <pthread.h>

#include <stdexcept>
#include <thread>

#include "engine/lang/large_stack.h"

namespace {

// The usable stack of the calling thread, as pthreads reports it.
std::size_t current_stack_size() {
  pthread_attr_t attr;
  std::size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstacksize(&attr, &size);
    pthread_attr_destroy(&attr);
  }
  return size;
}

// Recurses `n` frames of about 1 KiB each; the volatile buffer keeps the frames real.
int deep(int n) {
  volatile char pad[1024];
  pad[0] = static_cast<char>(n);
  if (n == 0) return 0;
  int below = deep(n - 1);
  return below + 1 + (pad[0] - static_cast<char>(n));  // read after the call: the frame stays live
}

}  // namespace

TEST_CASE("run_with_large_stack runs on another thread whose stack is at least the size asked") {
  std::thread::id caller = std::this_thread::get_id(), ran_on;
  std::size_t size = 0;
  ls::lang::run_with_large_stack([&] {
    ran_on = std::this_thread::get_id();
    size = current_stack_size();
  });
  CHECK(ran_on != caller);
  CHECK(size >= ls::lang::kEngineStackBytes);
}

TEST_CASE("a recursion 4 times deeper than a default 8 MiB stack holds completes") {
  int result = -1;
  ls::lang::run_with_large_stack([&] { result = deep(32 * 1024); });
  CHECK(result == 32 * 1024);
}

TEST_CASE("an exception thrown on the large stack reaches the caller") {
  CHECK_THROWS_WITH_AS(ls::lang::run_with_large_stack([] { throw std::runtime_error("from the engine"); }),
                       "from the engine", std::runtime_error);
}

TEST_CASE("a LargeStackThread joins on destruction and can be joined twice") {
  int ran = 0;
  {
    ls::lang::LargeStackThread t;
    CHECK_FALSE(t.joinable());
    CHECK(t.start([&] { ++ran; }, std::size_t(1) << 20));
    CHECK(t.joinable());
    CHECK_FALSE(t.start([&] { ++ran; }));  // one thread per object
  }
  CHECK(ran == 1);
  ls::lang::LargeStackThread t;
  CHECK(t.start([&] { ++ran; }));
  t.join();
  t.join();
  CHECK_FALSE(t.joinable());
  CHECK(ran == 2);
}
