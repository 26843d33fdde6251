// Object model: refcounting finalizes at once, set/dict ordering, hashing and equality.
#include <doctest/doctest.h>

#include "engine/lang/builtin_types.h"
#include "engine/lang/dict_object.h"
#include "engine/lang/list_object.h"
#include "engine/lang/protocol.h"
#include "engine/lang/set_object.h"
#include "engine/lang/str_object.h"
#include "tests/lang/lang_test_util.h"

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
