// The native _heapq module: heappush, heappop, heapify, heapreplace, heappushpop on plain lists,
// with CPython's algorithms (hence its exact list layouts: asyncio's timer heap is one) and its
// errors. heapq.py re-exports them.
#include "engine/lang/builtins/builtin_util.h"
#include "engine/lang/builtins_install.h"
#include "engine/lang/module_object.h"

namespace ls::lang {
using namespace bi;

namespace {

// The heap list argument, with CPython's argument errors (one-argument functions word them
// differently from the two-argument ones).
std::vector<Value>& heap_items(const CallArgs& a, const char* fname, size_t nargs) {
  std::string name(fname);
  if (nargs == 1) {
    no_keywords(a, fname);
    if (a.nargs != 1)
      throw_type_error("_heapq." + name + "() takes exactly one argument (" + std::to_string(a.nargs) + " given)");
    if (!is_list(a[0])) throw_type_error(name + "() argument must be list, not " + tname(a[0]));
  } else {
    a.check(fname, nargs, nargs);
    if (!is_list(a[0])) throw_type_error(name + "() argument 1 must be list, not " + tname(a[0]));
  }
  return as_list(a[0])->m_items;
}

// a < b; RuntimeError when the comparison changed the heap's size.
bool less(std::vector<Value>& heap, size_t size, const Value& a, const Value& b) {
  bool r = compare_bool(a, b, CompareOp::Lt);
  if (heap.size() != size) throw_runtime_error("list changed size during iteration");
  return r;
}

// Moves heap[pos] up towards 'start' while it is smaller than its parent.
void sift_down(std::vector<Value>& heap, size_t start, size_t pos) {
  size_t size = heap.size();
  Value item = heap[pos];
  while (pos > start) {
    size_t parent = (pos - 1) >> 1;
    Value p = heap[parent];
    if (!less(heap, size, item, p)) break;
    heap[pos] = std::move(p);
    pos = parent;
  }
  heap[pos] = std::move(item);
}

// CPython's _siftup: the hole at 'pos' walks down to a leaf along the smaller child (the right
// one unless the left is strictly smaller), then the displaced item bubbles back up.
void sift_up(std::vector<Value>& heap, size_t pos) {
  size_t end = heap.size();
  size_t start = pos;
  Value item = heap[pos];
  size_t child = 2 * pos + 1;
  while (child < end) {
    size_t right = child + 1;
    if (right < end) {
      Value l = heap[child], r = heap[right];
      if (!less(heap, end, l, r)) child = right;
    }
    heap[pos] = heap[child];
    pos = child;
    child = 2 * pos + 1;
  }
  heap[pos] = std::move(item);
  sift_down(heap, start, pos);
}

// Puts 'item' at the root of a non-empty heap and restores the order; returns the old root.
Value replace_root(std::vector<Value>& heap, Value item) {
  Value smallest = std::move(heap[0]);
  heap[0] = std::move(item);
  sift_up(heap, 0);
  return smallest;
}

Value heapq_heappush(CallArgs& a) {
  auto& heap = heap_items(a, "heappush", 2);
  heap.push_back(a[1]);
  sift_down(heap, 0, heap.size() - 1);
  return Value::none();
}

Value heapq_heappop(CallArgs& a) {
  auto& heap = heap_items(a, "heappop", 1);
  if (heap.empty()) throw_index_error("index out of range");
  Value last = std::move(heap.back());
  heap.pop_back();
  if (heap.empty()) return last;
  return replace_root(heap, std::move(last));
}

Value heapq_heapreplace(CallArgs& a) {
  auto& heap = heap_items(a, "heapreplace", 2);
  if (heap.empty()) throw_index_error("index out of range");
  return replace_root(heap, a[1]);
}

Value heapq_heappushpop(CallArgs& a) {
  auto& heap = heap_items(a, "heappushpop", 2);
  if (heap.empty()) return a[1];
  Value top = heap[0];
  if (!less(heap, heap.size(), top, a[1])) return a[1];
  return replace_root(heap, a[1]);
}

Value heapq_heapify(CallArgs& a) {
  auto& heap = heap_items(a, "heapify", 1);
  for (size_t i = heap.size() / 2; i-- > 0;) sift_up(heap, i);
  return Value::none();
}

}  // namespace

ModuleObject* create_module_heapq_native() {
  ModuleObject* m = new_module("_heapq");
  add_function(m, "heappush", heapq_heappush);
  add_function(m, "heappop", heapq_heappop);
  add_function(m, "heapreplace", heapq_heapreplace);
  add_function(m, "heappushpop", heapq_heappushpop);
  add_function(m, "heapify", heapq_heapify);
  return m;
}

}  // namespace ls::lang
