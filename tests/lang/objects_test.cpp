// Object model: refcounting finalizes at once, set/dict ordering, hashing and equality.
#include <doctest/doctest.h>

#include "engine/lang/builtin_types.h"
#include "engine/lang/dict_object.h"
#include "engine/lang/list_object.h"
#include "engine/lang/protocol.h"
#include "engine/lang/set_object.h"
#include "engine/lang/str_object.h"
#include "tests/lang/lang_test_util.h"

#ifdef LS_MIMALLOC
#include <mimalloc.h>
#endif

using namespace ls::lang;
using ls::lang::test::run;

TEST_CASE("__del__ runs the moment the last reference goes") {
  auto r = run(
      "class R:\n    def __init__(self, n): self.n = n\n    def __del__(self): print('del', self.n)\n"
      "a = R(1)\nb = R(2)\nprint('drop a')\na = None\nprint('drop b')\ndel b\n"
      "def f():\n    x = R(3)\n    print('in f')\nf()\nprint('end')\n");
  CHECK(r.out == "drop a\ndel 1\ndrop b\ndel 2\nin f\ndel 3\nend\n");
}

TEST_CASE("refcounts follow Value copies") {
  init_builtin_types();
  Value l = make_list();
  Object* o = l.obj();
  CHECK(o->m_refcount == 1);
  {
    Value copy = l;
    CHECK(o->m_refcount == 2);
    Value moved = std::move(copy);
    CHECK(o->m_refcount == 2);
  }
  CHECK(o->m_refcount == 1);
}

TEST_CASE("sets iterate in CPython's order") {
  // Expected output recorded with PYTHONHASHSEED=0 python3.12.
  auto r = run("print({3, 1, 2}, {10, 100, 1000, 5, 17}, set(range(20, 0, -3)), {'a', 'b'} == {'b', 'a'})\n"
               "print({'apple', 'banana', 'cherry'}, {'x', 'y', 'z', 'w'}, set(['x', 'y', 'z', 'w']))\n");
  CHECK(r.out == "{1, 2, 3} {17, 100, 5, 1000, 10} {2, 5, 8, 11, 14, 17, 20} True\n"
                 "{'banana', 'cherry', 'apple'} {'y', 'x', 'w', 'z'} {'y', 'x', 'w', 'z'}\n");
}

TEST_CASE("dicts keep insertion order and equal keys collide") {
  init_builtin_types();
  Value d = make_dict();
  as_dict(d)->set(Value::integer(1), make_str("int"));
  as_dict(d)->set(Value::real(1.0), make_str("float"));  // 1 == 1.0: same key
  as_dict(d)->set(Value::boolean(true), make_str("bool"));
  as_dict(d)->set(make_str("k"), Value::none());
  CHECK(as_dict(d)->size() == 2);
  CHECK(repr_string(d) == "{1: 'bool', 'k': None}");
  as_dict(d)->remove(Value::integer(1));
  CHECK(repr_string(d) == "{'k': None}");
}

TEST_CASE("hash of str/int/tuple matches CPython with PYTHONHASHSEED=0") {
  auto r = run("print(hash(1), hash(-1), hash(2**61), hash((1, 2)), hash(1.5))\n");
  CHECK(r.out == "1 -2 1 -3550055125485641917 1152921504606846977\n");
}

TEST_CASE("released objects are reused by size class and the memory count returns to its start") {
  init_builtin_types();
  std::size_t before = g_memory_used;
  std::vector<Object*> first;
  for (int i = 0; i < 100; ++i) {
    Value s = make_str("a string long enough to need a heap block " + std::to_string(i));
    first.push_back(s.obj());
  }  // each str died at the end of its iteration
  CHECK(g_memory_used == before);
  // Objects of one class: a freed block comes back for the next object of the same size.
  Value a = make_list();
  Object* block = a.obj();
  a = Value();
  Value b = make_list();
  CHECK(g_memory_used > before);
  CHECK(b.obj()->m_refcount == 1);
  CHECK(as_list(b)->m_items.empty());
  if (object_cache_enabled()) CHECK(b.obj() == block);
  b = Value();
  CHECK(g_memory_used == before);
  // Returning the cache to malloc leaves the accounting alone and later allocations work.
  release_object_cache();
  CHECK(g_memory_used == before);
  Value c = make_str("allocated after the cache was emptied");
  CHECK(str_view(c) == "allocated after the cache was emptied");
  CHECK(g_memory_used > before);
}

TEST_CASE("a reserved dict takes its keys without growing") {
  init_builtin_types();
  Value dict = make_dict();
  DictObject& d = *as_dict(dict);
  d.reserve(6);
  std::size_t capacity = d.m_entries.capacity();
  CHECK(capacity >= 6);
  for (int i = 0; i < 6; ++i) d.set("k" + std::to_string(i), Value::integer(i));
  CHECK(d.m_entries.capacity() == capacity);
  CHECK(d.size() == 6);
  for (int i = 0; i < 6; ++i) CHECK(d.get("k" + std::to_string(i)).as_int() == i);
  CHECK(d.get("k6").is_null());
  d.reserve(100);  // only an empty dict is resized
  CHECK(d.m_entries.capacity() == capacity);
}

TEST_CASE("instance dicts start at the size their class's instances reach") {
  auto r = run(
      "class P:\n    def __init__(self, n):\n        for i in range(n): setattr(self, 'a%d' % i, i)\n"
      "        self.last = n\n"
      "ps = [P(n) for n in (2, 9, 0, 5)]\nprint([len(vars(p)) for p in ps], ps[1].a8, ps[3].last)\n");
  CHECK(r.out == "[3, 10, 1, 6] 8 5\n");
}

TEST_CASE("small C++ allocations share the block cache and keep the memory count exact") {
  bool was = set_count_memory(true);
  std::size_t before = g_memory_used;
  void* a = ::operator new(40);
  CHECK(g_memory_used > before);
  ::operator delete(a, 40);
  CHECK(g_memory_used == before);
  void* b = ::operator new(48);  // the same 16-byte class as 40
  if (object_cache_enabled()) CHECK(b == a);
  ::operator delete(b, 48);
  {
    std::vector<Value> items(5, Value::none());
    CHECK(g_memory_used > before);
  }
  CHECK(g_memory_used == before);
  void* big = ::operator new(100000);  // past the cache: plain malloc and free
  ::operator delete(big, 100000);
  CHECK(g_memory_used == before);
  set_count_memory(was);
}

#ifdef LS_MIMALLOC
TEST_CASE("builds that link mimalloc get it for malloc, C++ blocks and Python objects alike") {
  // The link puts mimalloc ahead of libc; a linker that dropped it as unneeded would leave
  // glibc's malloc in place without any other sign.
  void* p = std::malloc(24);
  CHECK(mi_is_in_heap_region(p));
  std::free(p);
  void* block = ::operator new(100000);  // past the block cache
  CHECK(mi_is_in_heap_region(block));
  ::operator delete(block, 100000);
  Value s = make_str("an object allocated through the block cache's malloc");
  CHECK(mi_is_in_heap_region(s.obj()));
}
#endif

TEST_CASE("str lookups stay exact through the dict's key filter: inserts, deletes, rebuilds, clear") {
  init_builtin_types();
  Value dict = make_dict();
  DictObject& d = *as_dict(dict);
  auto key = [](const std::string& s) { return intern(s); };
  for (int i = 0; i < 200; ++i) d.set("k" + std::to_string(i), Value::integer(i));
  for (int i = 0; i < 200; ++i) {
    CHECK(d.find_str(key("k" + std::to_string(i))) >= 0);
    CHECK_FALSE(d.lacks_str(key("k" + std::to_string(i))));
    CHECK(d.lacks_str(key("absent" + std::to_string(i))));
    CHECK(d.find_str(key("absent" + std::to_string(i))) < 0);
  }
  // A non-interned str with the same text is found too (same hash, equal text).
  Value other = make_str("k7");
  CHECK(d.get(other.as<StrObject>()).as_int() == 7);
  for (int i = 0; i < 200; i += 2) d.remove(Value(key("k" + std::to_string(i))));
  for (int i = 0; i < 200; ++i) CHECK((d.find_str(key("k" + std::to_string(i))) >= 0) == (i % 2 == 1));
  for (int i = 0; i < 200; i += 2) d.set("k" + std::to_string(i), Value::integer(-i));  // re-added after the holes
  for (int i = 0; i < 200; ++i) CHECK(d.get("k" + std::to_string(i)).as_int() == (i % 2 ? i : -i));
  d.clear();
  CHECK(d.lacks_str(key("k1")));
  d.set("k1", Value::integer(1));
  CHECK(d.find_str(key("k1")) >= 0);
  CHECK(d.lacks_str(key("k3")));
}
