// Class creation: __build_class__, type(name, bases, ns), C3 linearization, and layout/slot inheritance.
#include <algorithm>

#include "engine/lang/exceptions.h"
#include "engine/lang/function_object.h"
#include "engine/lang/list_object.h"
#include "engine/lang/protocol.h"
#include "engine/lang/str_object.h"
#include "engine/lang/tuple_object.h"
#include "engine/lang/vm.h"

namespace ls::lang {

Value run_class_body(FunctionObject* fn, const Value& ns);

// C3 linearization of 'bases' (CPython's MRO algorithm).
static std::vector<TypeObject*> c3_mro(TypeObject* cls, const std::vector<TypeObject*>& bases) {
  std::vector<std::vector<TypeObject*>> seqs;
  for (TypeObject* b : bases) seqs.push_back(b->m_mro);
  seqs.push_back(bases);
  std::vector<TypeObject*> result{cls};
  for (;;) {
    bool empty = true;
    for (auto& s : seqs)
      if (!s.empty()) empty = false;
    if (empty) return result;
    TypeObject* cand = nullptr;
    for (auto& s : seqs) {
      if (s.empty()) continue;
      TypeObject* head = s[0];
      bool in_tail = false;
      for (auto& t : seqs)
        if (std::find(t.begin() + (t.empty() ? 0 : 1), t.end(), head) != t.end() && !t.empty()) in_tail = true;
      if (!in_tail) {
        cand = head;
        break;
      }
    }
    if (!cand) {
      std::string names;
      for (size_t i = 0; i < bases.size(); ++i) names += (i ? ", " : "") + bases[i]->m_name;
      raise_error(Err::MroConflict, {names});
    }
    result.push_back(cand);
    for (auto& s : seqs)
      if (!s.empty() && s[0] == cand) s.erase(s.begin());
  }
}

// The builtin layout a class inherits: the most derived non-Object layout among the bases.
static Layout solid_layout(const std::vector<TypeObject*>& bases, TypeObject** solid) {
  Layout l = Layout::Object;
  *solid = g_object_type;
  for (TypeObject* b : bases) {
    if (b->m_layout != Layout::Object) {
      if (l != Layout::Object && l != b->m_layout) throw_type_error("multiple bases have instance lay-out conflict");
      l = b->m_layout;
      for (TypeObject* t : b->m_mro)
        if (!t->m_heap) {
          *solid = t;
          break;
        }
    }
  }
  return l;
}

// type(name, bases, ns) with metatype 'meta'.
Value type_new_from_args(TypeObject* meta, CallArgs& a) {
  if (!is_str(a[0])) throw_type_error("type.__new__() argument 1 must be str, not " + type_of(a[0])->m_name);
  if (!is_tuple(a[1])) throw_type_error("type.__new__() argument 2 must be tuple, not " + type_of(a[1])->m_name);
  if (!is_dict(a[2])) throw_type_error("type.__new__() argument 3 must be dict, not " + type_of(a[2])->m_name);
  std::vector<TypeObject*> bases;
  for (auto& b : as_tuple(a[1])->m_items) {
    if (!is_instance(b, g_type_type)) throw_type_error("bases must be types");
    TypeObject* bt = b.as<TypeObject>();
    if (bt == g_bool_type || bt == g_none_type || bt == g_function_type || bt == g_generator_type ||
        bt == g_coroutine_type || bt == g_range_type || bt == g_slice_type)
      throw_type_error("type '" + bt->m_name + "' is not an acceptable base type");
    bases.push_back(bt);
  }
  if (bases.empty()) bases.push_back(g_object_type);
  TypeObject* solid = nullptr;
  Layout layout = solid_layout(bases, &solid);
  auto* cls = new TypeObject(std::string(str_view(a[0])), bases[0], layout);
  Value result(cls);
  if (meta != g_type_type) {
    incref(meta);
    decref(cls->m_type);
    cls->m_type = meta;
  }
  cls->m_heap = true;
  cls->m_slots = solid->m_slots;
  std::vector<Value> bv;
  for (auto* b : bases) bv.push_back(Value(b));
  cls->m_bases = make_tuple(std::move(bv));
  cls->m_mro = c3_mro(cls, bases);
  ++g_type_epoch;
  // Copy the namespace.
  DictObject* ns = as_dict(a[2]);
  Value classcell;
  std::vector<std::pair<Value, Value>> items;
  ns->for_each([&](const Value& k, const Value& v) { items.emplace_back(k, v); });
  static StrObject* s_classcell = intern("__classcell__");
  static StrObject* s_qualname = intern("__qualname__");
  static StrObject* s_module = intern("__module__");
  static StrObject* s_eq = intern("__eq__");
  static StrObject* s_hash = intern("__hash__");
  static StrObject* s_del = intern("__del__");
  static StrObject* s_init_subclass = intern("__init_subclass__");
  static StrObject* s_class_getitem = intern("__class_getitem__");
  for (auto& [k, v] : items) {
    if (is_str(k) && str_view(k) == "__classcell__") {
      classcell = v;
      continue;
    }
    if (is_str(k) && str_view(k) == "__qualname__") {
      if (!is_str(v)) throw_type_error("type __qualname__ must be a str, not " + type_of(v)->m_name);
      cls->m_qualname = std::string(str_view(v));
      continue;
    }
    Value val = v;
    // __init_subclass__ and __class_getitem__ are implicit classmethods.
    if (is_str(k) && (str_view(k) == "__init_subclass__" || str_view(k) == "__class_getitem__") && val.is_obj() &&
        val.obj()->m_type == g_function_type)
      val = Value(new ClassMethodObject(val));
    cls->m_dict->set(k, val);
  }
  (void)s_classcell;
  (void)s_qualname;
  (void)s_init_subclass;
  (void)s_class_getitem;
  Value slots = cls->m_dict->get("__slots__");
  if (!slots.is_null()) {
    bool has_dict = false;
    auto add = [&](const Value& n) {
      if (!is_str(n)) throw_type_error("__slots__ items must be strings, not '" + type_of(n)->m_name + "'");
      if (str_view(n) == "__dict__") has_dict = true;
      cls->m_slot_names.push_back(intern(str_view(n)));
    };
    if (is_str(slots)) add(slots);
    else for_each(slots, add);
    bool bases_restricted = true;
    for (TypeObject* b : bases)
      if (b->m_heap && !b->m_restricted) bases_restricted = false;
    cls->m_restricted = !has_dict && bases_restricted;
  }
  Value mod = cls->m_dict->get(s_module);
  cls->m_module = mod.is_null() ? Value(intern("builtins")) : mod;
  if (!cls->m_dict->get(s_eq).is_null() && cls->m_dict->get(s_hash).is_null()) cls->m_dict->set(Value(s_hash), Value::none());
  for (TypeObject* t : cls->m_mro)
    if (t->m_heap && !t->m_dict->get(s_del).is_null()) cls->m_has_del = true;
  if (!classcell.is_null() && classcell.is_obj() && classcell.obj()->m_type == g_cell_type)
    classcell.as<CellObject>()->m_value = result;
  // __set_name__ on descriptors.
  static StrObject* s_set_name = intern("__set_name__");
  for (auto& [k, v] : items) {
    if (!v.is_obj()) continue;
    TypeObject* vt = type_of(v);
    if (!vt->m_heap && !is_subtype(vt, g_property_type)) continue;
    Value sn = type_lookup(vt, s_set_name);
    if (!sn.is_null()) call(getattr(v, s_set_name), {result, k});
  }
  // __init_subclass__ of the parent.
  {
    CallArgs kw{nullptr, 0, a.kwvalues, a.kwnames};
    for (size_t i = 1; i < cls->m_mro.size(); ++i) {
      TypeObject* t = cls->m_mro[i];
      Value m = t->m_dict->get(s_init_subclass);
      if (m.is_null()) continue;
      if (!t->m_heap) break;
      Value f = m;
      if (f.is_obj() && f.obj()->m_type == g_classmethod_type) f = f.as<ClassMethodObject>()->m_func;
      std::vector<Value> argv{result};
      for (size_t j = 0; j < kw.nkw(); ++j) argv.push_back(kw.kwvalues[j]);
      CallArgs c{argv.data(), 1, argv.data() + 1, a.kwnames};
      call(f, c);
      break;
    }
  }
  return result;
}

// __build_class__(func, name, *bases, metaclass=None, **kwds)
static Value builtin_build_class(CallArgs& a) {
  if (a.nargs < 2) throw_type_error("__build_class__: not enough arguments");
  if (!a[0].is_obj() || a[0].obj()->m_type != g_function_type) throw_type_error("__build_class__: func must be a function");
  Value func = a[0];
  Value name = a[1];
  std::vector<Value> bases(a.args + 2, a.args + a.nargs);
  // __mro_entries__ is not supported; plain classes only.
  Value meta;
  std::vector<Value> kwnames, kwvalues;
  for (size_t i = 0; i < a.nkw(); ++i) {
    Value k = a.kwnames->m_items[i];
    if (str_view(k) == "metaclass") meta = a.kwvalues[i];
    else {
      kwnames.push_back(k);
      kwvalues.push_back(a.kwvalues[i]);
    }
  }
  if (meta.is_null()) {
    meta = bases.empty() ? Value(g_type_type) : Value(type_of(bases[0]));
    // The most derived metaclass among the bases.
    for (auto& b : bases) {
      TypeObject* mt = type_of(b);
      if (is_subtype(mt, meta.as<TypeObject>())) meta = Value(mt);
    }
  }
  Value ns = make_dict();
  static StrObject* s_prepare = intern("__prepare__");
  if (is_instance(meta, g_type_type) && meta.obj() != g_type_type) {
    Value prep = type_lookup(meta.as<TypeObject>(), s_prepare);
    if (!prep.is_null()) ns = call(getattr(meta, s_prepare), {name, make_tuple(bases)});
  }
  Value cell = run_class_body(func.as<FunctionObject>(), ns);
  std::vector<Value> argv{name, make_tuple(bases), ns};
  for (auto& v : kwvalues) argv.push_back(v);
  Value kwn = kwnames.empty() ? Value() : make_tuple(kwnames);
  CallArgs c{argv.data(), 3, argv.data() + 3, kwnames.empty() ? nullptr : kwn.as<TupleObject>()};
  Value cls = call(meta, c);
  if (cell.is_obj() && cell.obj()->m_type == g_cell_type && cell.as<CellObject>()->m_value.is_null())
    cell.as<CellObject>()->m_value = cls;
  return cls;
}

Value make_build_class_function() { return make_native_function("__build_class__", builtin_build_class); }

}  // namespace ls::lang
