# Context: copy_context() snapshots the current values; run() makes a context current;
# a Context is a read-only mapping of variables to values.
import contextvars

user = contextvars.ContextVar('user', default='nobody')
lang = contextvars.ContextVar('lang')

user.set('ada')
ctx = contextvars.copy_context()
print(len(ctx), user in ctx, lang in ctx)
print(ctx[user], ctx.get(user), ctx.get(lang), ctx.get(lang, 'en'))
print([v.name for v in ctx], [v.name for v in ctx.keys()], list(ctx.values()))
print([(v.name, value) for v, value in ctx.items()])


def work(new_user):
    user.set(new_user)
    lang.set('fr')
    return user.get() + '/' + lang.get()


print(ctx.run(work, 'grace'))
print(user.get(), lang.get('unset'))
print(ctx[user], ctx[lang], len(ctx))
print(sorted(v.name for v in ctx))

try:
    ctx[lang.__class__('other')]
except KeyError:
    print('KeyError')
try:
    ctx['user']
except TypeError as exc:
    print(exc)

empty = contextvars.Context()
print(len(empty), list(empty), empty.run(user.get))
print(contextvars.copy_context() == contextvars.copy_context(), empty == ctx)
copy = ctx.copy()
print(copy == ctx, copy is ctx, copy[lang])


def nested():
    return ctx.run(user.get)


try:
    ctx.run(nested)
except RuntimeError as exc:
    print('RuntimeError', str(exc).startswith('cannot enter context'))
print(ctx.run(lambda a, b=0: a + b, 1, b=2))
try:
    hash(ctx)
except TypeError as exc:
    print(exc)
try:
    contextvars.Context(1)
except TypeError as exc:
    print(exc)
