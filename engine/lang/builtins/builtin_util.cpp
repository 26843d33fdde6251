// Shared helpers of the builtins: keyword checks, argument conversion, the stable sort, UTF-32 views.
#include <algorithm>

#include "engine/lang/builtins/builtin_util.h"

namespace ls::lang::bi {

void no_keywords(const CallArgs& a, const char* fname) {
  if (a.nkw() > 0) throw_type_error(std::string(fname) + "() takes no keyword arguments");
}

void allow_keywords(const CallArgs& a, const char* fname, std::initializer_list<const char*> allowed) {
  if (!a.kwnames) return;
  for (const Value& k : a.kwnames->m_items) {
    std::string_view name = str_view(k);
    bool ok = false;
    for (const char* n : allowed)
      if (name == n) ok = true;
    if (!ok) throw_type_error("'" + std::string(name) + "' is an invalid keyword argument for " + fname + "()");
  }
}

int64_t arg_index(const Value& v) { return index_value(v); }

std::string_view arg_str(const Value& v, std::string_view what) {
  if (!is_str(v)) throw_type_error(std::string(what) + " must be str, not " + tname(v));
  return str_view(v);
}

std::vector<Value> items_of(const Value& iterable) {
  if (is_list(iterable)) return as_list(iterable)->m_items;
  if (is_tuple(iterable)) return as_tuple(iterable)->m_items;
  std::vector<Value> out;
  for_each(iterable, [&](const Value& v) { out.push_back(v); });
  return out;
}

namespace {
struct Keyed {
  Value key;
  Value item;
};

// Top-down merge sort using only '<' like CPython: an element moves before an earlier one
// only when strictly less, so equal keys keep their order.
void merge_sort(std::vector<Keyed>& v, std::vector<Keyed>& tmp, size_t lo, size_t hi) {
  if (hi - lo < 2) return;
  if (hi - lo <= 8) {  // binary-free insertion sort for short runs
    for (size_t i = lo + 1; i < hi; ++i) {
      size_t j = i;
      while (j > lo && compare_bool(v[i].key, v[j - 1].key, CompareOp::Lt)) --j;
      if (j != i) {
        Keyed x = std::move(v[i]);
        for (size_t k = i; k > j; --k) v[k] = std::move(v[k - 1]);
        v[j] = std::move(x);
      }
    }
    return;
  }
  size_t mid = lo + (hi - lo) / 2;
  merge_sort(v, tmp, lo, mid);
  merge_sort(v, tmp, mid, hi);
  // Already ordered: skip the merge.
  if (!compare_bool(v[mid].key, v[mid - 1].key, CompareOp::Lt)) return;
  size_t i = lo, j = mid, k = lo;
  while (i < mid && j < hi) {
    if (compare_bool(v[j].key, v[i].key, CompareOp::Lt))
      tmp[k++] = v[j++];
    else
      tmp[k++] = v[i++];
  }
  while (i < mid) tmp[k++] = v[i++];
  while (j < hi) tmp[k++] = v[j++];
  for (size_t t = lo; t < hi; ++t) v[t] = std::move(tmp[t]);
}
}  // namespace

void stable_sort(std::vector<Value>& items, const Value& key, bool reverse) {
  std::vector<Keyed> v;
  v.reserve(items.size());
  bool use_key = !absent(key);
  for (const Value& x : items) v.push_back({use_key ? call(key, {x}) : x, x});
  // reverse=True keeps equal items in their original order: reverse, sort, reverse.
  if (reverse) std::reverse(v.begin(), v.end());
  std::vector<Keyed> tmp(v.size());
  merge_sort(v, tmp, 0, v.size());
  if (reverse) std::reverse(v.begin(), v.end());
  for (size_t i = 0; i < v.size(); ++i) items[i] = std::move(v[i].item);
}

std::u32string to_u32(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  size_t pos = 0;
  while (pos < utf8.size()) out.push_back(utf8_decode(utf8, pos));
  return out;
}

std::string from_u32(std::u32string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char32_t c : s) utf8_append(out, c);
  return out;
}

}  // namespace ls::lang::bi
