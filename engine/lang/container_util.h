// Helpers shared by the native containers (list, tuple, dict, set, collections.deque): the
// repr recursion guard, item reprs, lexicographic sequence comparison and iterator types.
#pragma once
#include <algorithm>
#include <string>
#include <vector>

#include "engine/lang/object.h"
#include "engine/lang/protocol.h"

namespace ls::lang {

// The containers whose repr is being built, innermost last.
std::vector<Object*>& repr_stack();

// Marks 'o' as being repr'd for its lifetime; m_recursive when it already was ("[...]").
struct ReprGuard {
  bool m_recursive;
  Object* m_o;
  explicit ReprGuard(Object* o) : m_o(o) {
    auto& st = repr_stack();
    m_recursive = std::find(st.begin(), st.end(), o) != st.end();
    if (!m_recursive) st.push_back(o);
  }
  ~ReprGuard() {
    if (!m_recursive) repr_stack().pop_back();
  }
  ReprGuard(const ReprGuard&) = delete;
  ReprGuard& operator=(const ReprGuard&) = delete;
};

// a <op> b for two sequences compared item by item (list/list, tuple/tuple, deque/deque).
Value sequence_compare(const std::vector<Value>& a, const std::vector<Value>& b, CompareOp op);

// "1, 'a', [2]": the reprs of 'items' joined with ", ".
std::string join_reprs(const std::vector<Value>& items);

// A builtin iterator type: iter(it) is it, next(it) calls 'next' (false when exhausted).
TypeObject* iter_type(const char* name, bool (*next)(const Value&, Value&));

}  // namespace ls::lang
