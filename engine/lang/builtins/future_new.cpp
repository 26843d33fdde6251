// _loopscope.make_create_future(BaseEventLoop, futures, _py_create_future) -> create_future:
// BaseEventLoop.create_future as a native method, for engine/aio/base_events.py. Locks, queues,
// sleep and gather make a future each time a task has to wait, so this runs about as often as
// tasks suspend (CPython's loop calls its C Future here). The Python method is
//     def create_future(self): return futures.Future(loop=self)
// and Future.__init__(loop=loop) sets, in this order, _state = 'PENDING', _loop = loop,
// _callbacks = []. The native method builds that instance directly while `futures.Future` is
// still the Future class it was made with and that class still has its own __init__ and
// object's __new__; otherwise (a rebound name, a replaced __init__ or __new__, arguments) it
// runs _py_create_future. Nothing here reports to the recorder, so recorded runs use it too.
#include "engine/lang/builtins/builtins_internal.h"
#include "engine/lang/dict_object.h"
#include "engine/lang/exceptions.h"
#include "engine/lang/function_object.h"
#include "engine/lang/interp_state.h"
#include "engine/lang/list_object.h"
#include "engine/lang/module_object.h"
#include "engine/lang/native.h"
#include "engine/lang/protocol.h"
#include "engine/lang/str_object.h"
#include "engine/lang/type_object.h"

namespace ls::lang {

namespace {

struct Names {
  StrObject* future = intern("Future");
  StrObject* init = intern("__init__");
  StrObject* new_ = intern("__new__");
  StrObject* state = intern("_state");
  StrObject* loop = intern("_loop");
  StrObject* callbacks = intern("_callbacks");
  Value pending = Value(intern("PENDING"));
};
const Names& names() {
  static const Names n;
  return n;
}

// True while futures.Future(loop=...) would run exactly Future's own __new__ and __init__.
bool plain_future_class(InterpState::CreateFuture& h, const Names& n) {
  Value* bound = h.futures_dict.as<DictObject>()->find_str_hinted(n.future, n.future->m_attr_hint);
  if (!bound || !bound->is(h.future_type)) return false;
  if (h.checked_epoch == g_type_epoch) return true;  // no class has changed since the last check
  TypeObject* cls = h.future_type.as<TypeObject>();
  if (!type_lookup(cls, n.init).is(h.py_init) || !type_lookup(cls, n.new_).is(type_lookup(g_object_type, n.new_)))
    return false;
  h.checked_epoch = g_type_epoch;
  return true;
}

Value create_future(CallArgs& a) {
  InterpState::CreateFuture& h = g_state->m_create_future;
  const Names& n = names();
  if (a.nargs != 1 || a.nkw() != 0 || !plain_future_class(h, n)) return call(h.py_create_future, a);
  Value future = new_heap_instance(h.future_type.as<TypeObject>());  // object.__new__(Future)
  bi::init_future_fields(future.obj()->m_dict, a[0]);                // Future.__init__(loop=self)
  return future;
}

}  // namespace

void bi::init_future_fields(DictObject* d, const Value& loop) {
  const Names& n = names();
  d->set_str(n.state, n.pending);
  d->set_str(n.loop, loop);
  d->set_str(n.callbacks, make_list());
}

Value bi::ls_make_create_future(CallArgs& a) {
  a.check("make_create_future", 3, 3);
  TypeObject* loop = maker_class(a, "make_create_future", "the event loop class");
  if (!a[1].is_obj() || a[1].obj()->m_type != g_module_type || !a[1].obj()->m_dict)
    throw_type_error("make_create_future() expects the asyncio.futures module");
  const Names& n = names();
  InterpState::CreateFuture& h = g_state->m_create_future;
  h.futures_dict = Value(a[1].obj()->m_dict);
  h.future_type = a[1].obj()->m_dict->get(n.future);
  if (!is_instance(h.future_type, g_type_type) || !h.future_type.as<TypeObject>()->m_heap)
    throw_type_error("make_create_future() expects futures.Future to be a class");
  h.py_init = type_lookup(h.future_type.as<TypeObject>(), n.init);
  h.py_create_future = a[2];
  h.checked_epoch = ~uint64_t(0);
  return Value(new MethodDescriptorObject("create_future", create_future, MethodKind::Method, loop));
}

}  // namespace ls::lang
