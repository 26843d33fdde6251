# ContextVar: get() with and without defaults, set() returning a Token, reset() undoing it.
import contextvars

request_id = contextvars.ContextVar('request_id')
level = contextvars.ContextVar('level', default='info')

print(request_id.name, level.name)
print(level.get())
print(request_id.get('no id'))
try:
    request_id.get()
except LookupError as exc:
    print('LookupError', type(exc.args[0]).__name__, exc.args[0] is request_id)

token = request_id.set('abc')
print(request_id.get(), request_id.get('ignored'))
print(token.var is request_id, token.old_value is contextvars.Token.MISSING)
print(contextvars.Token.MISSING)

token2 = request_id.set('def')
print(token2.old_value, request_id.get())
request_id.reset(token2)
print(request_id.get())
request_id.reset(token)
print(request_id.get('gone'))

try:
    request_id.reset(token)
except RuntimeError as exc:
    print('RuntimeError', str(exc).endswith('has already been used once'))

t = level.set('debug')
try:
    request_id.reset(t)
except ValueError as exc:
    print('ValueError', str(exc).endswith('was created by a different ContextVar'))
try:
    level.reset('token')
except TypeError as exc:
    print(exc)
try:
    contextvars.ContextVar(42)
except TypeError as exc:
    print(exc)
try:
    contextvars.Token()
except RuntimeError as exc:
    print(exc)
try:
    level.name = 'other'
except AttributeError as exc:
    print('AttributeError')
print(type(level).__name__, type(t).__name__, type(level).__module__)
print(hash(level) == hash(level), level == level)
