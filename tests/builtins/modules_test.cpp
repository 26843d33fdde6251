// Builtins behaviour checked against CPython 3.12 output: modules.
#include "tests/builtins/run_program.h"

using ls::test::check_program;

TEST_CASE("time functions read the virtual clock and sleep advances it") {
  check_program(R"py(import time
start = time.monotonic()
print(time.time(), start, time.perf_counter())
time.sleep(1.5)
print(time.monotonic() - start, time.time())
print(time.monotonic_ns(), time.time_ns())
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
try:
    time.sleep('x')
except TypeError as e:
    print(e)
)py",
                R"py(1700000000.0 0.0 0.0
1.5 1700000001.5
1500000000 1700000001500000000
sleep length must be non-negative
'str' object cannot be interpreted as an integer
)py");
}

TEST_CASE("sys basics") {
  check_program(R"py(import sys
print(sys.maxsize, sys.platform, sys.version_info[:2] >= (3, 12), sys.version_info.major)
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.stdout.write('written\n')
print(sys.stdout.write('abc'))
print(sys.get_asyncgen_hooks())
try:
    sys.exit(3)
except SystemExit as e:
    print('exit', e.code)
try:
    raise ValueError('boom')
except ValueError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
print(type(sys.argv).__name__, 'sys' in sys.modules)
)py",
                R"py(9223372036854775807 linux True 3
1000
500
written
abc3
asyncgen_hooks(firstiter=None, finalizer=None)
exit 3
ValueError boom
list True
)py");
}

TEST_CASE("the native deque and heapq: maxlen trimming, rotation, CPython's heap layout and names") {
  ls::test::check_program(
      "from collections import deque\nimport heapq\n"
      "d = deque(maxlen=2)\nfor i in range(5):\n    d.append(i)\n"
      "e = deque([3, 1, 2])\ne.rotate(1)\n"
      "h = []\nfor x in [5, 1, 4, 1, 3]:\n    heapq.heappush(h, x)\n"
      "print(d, e, h, [heapq.heappop(h) for _ in range(3)], type(d).__module__)\n"
      "try:\n    {deque(): 1}\nexcept TypeError as err:\n    print(err)\n",
      "deque([3, 4], maxlen=2) deque([2, 3, 1]) [4, 5] [1, 1, 3] collections\n"
      "unhashable type: 'collections.deque'\n");
}
