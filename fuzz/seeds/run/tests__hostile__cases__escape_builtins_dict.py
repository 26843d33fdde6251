# __builtins__ access: looking up 'open' or '__import__' through it fails.
print("looking")
bi = __builtins__
get = getattr
fn = get(bi, "__import__")
fn("os")
